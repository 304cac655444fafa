#include "domain/validation.h"

#include <QCoreApplication>

namespace samenplan {

namespace {
class Validation {
    Q_DECLARE_TR_FUNCTIONS(samenplan::Validation)
};
} // namespace

QString validateChild(const Child &child, const QDate &today)
{
    if (child.firstName.trimmed().isEmpty())
        return Validation::tr("The first name is empty.");
    if (child.lastName.trimmed().isEmpty())
        return Validation::tr("The last name is empty.");
    if (!child.birthDate.isValid())
        return Validation::tr("The birth date is not a valid date.");
    if (child.birthDate > today)
        return Validation::tr("The birth date lies in the future.");
    if (child.birthDate < today.addYears(-18))
        return Validation::tr("The birth date is more than 18 years ago; childcare ends at 13.");
    return {};
}

} // namespace samenplan
