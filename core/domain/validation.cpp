#include "domain/validation.h"

#include <QCoreApplication>

namespace samenplan {

static QString tr(const char *text)
{
    return QCoreApplication::translate("samenplan::Validation", text);
}

QString validateChild(const Child &child, const QDate &today)
{
    if (child.firstName.trimmed().isEmpty())
        return tr("The first name is empty.");
    if (child.lastName.trimmed().isEmpty())
        return tr("The last name is empty.");
    if (!child.birthDate.isValid())
        return tr("The birth date is not a valid date.");
    if (child.birthDate > today)
        return tr("The birth date lies in the future.");
    if (child.birthDate < today.addYears(-18))
        return tr("The birth date is more than 18 years ago; childcare ends at 13.");
    return {};
}

} // namespace samenplan
