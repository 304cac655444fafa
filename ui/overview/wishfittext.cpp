#include "overview/wishfittext.h"

#include <QCoreApplication>
#include <QLocale>

namespace samenplan::ui {
namespace {

class WishFitText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ui::WishFitText)
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

QString fitsText(const overview::WaitingWish &wish)
{
    QString fits = WishFitText::tr("not within two years");
    if (wish.wishedEarliest)
        fits = shortDate(*wish.wishedEarliest);
    if (wish.earliest && wish.fitGroupId != wish.entry.preferredGroupId
        && (!wish.wishedEarliest || *wish.earliest < *wish.wishedEarliest))
        fits = wish.entry.preferredGroupId == NoId
            ? WishFitText::tr("%1 in %2").arg(shortDate(*wish.earliest), wish.fitGroup)
            : WishFitText::tr("%1; %2 from %3").arg(fits, wish.fitGroup, shortDate(*wish.earliest));
    return fits;
}

QString notAtStartText(const overview::WaitingWish &wish)
{
    return wish.reason.isEmpty() ? QString() : WishFitText::tr("Not on the wished start: %1").arg(wish.reason);
}

} // namespace samenplan::ui
