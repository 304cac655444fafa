#include "views/staffview.h"

#include "persistence/providerrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/searchabletable.h"

#include <QHash>
#include <QStandardItem>
#include <QStyle>

namespace samenplan::ui {

StaffView::StaffView(QWidget *parent) : TablePlannerView(parent)
{
    table()->setHeading(tr("Staff"));
    table()->setSearchPlaceholder(tr("Search by name, role or employer..."));
    table()->setColumns({tr("Name"), tr("Role"), tr("Employer"), tr("Contract (h/week)"),
                         tr("Rostered this week (h)"), tr("Counts for the ratio"), tr("Qualifications")});
    table()->setEmptyText(tr("No staff yet"));
}

QString StaffView::title() const
{
    return tr("Staff");
}

QIcon StaffView::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

static QString hours(int minutes)
{
    return QString::number(minutes / 60.0, 'f', minutes % 60 ? 1 : 0);
}

void StaffView::reload()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    QHash<Id, QString> providers;
    for (const YouthCareProvider &provider : ProviderRepository(db).all())
        providers.insert(provider.id, provider.name);
    QHash<Id, int> rostered;
    for (const Shift &shift : ShiftRepository(db).between(week.monday(), week.day(7)))
        rostered[shift.staffId] += shift.workedMinutes();
    QList<QList<QStandardItem *>> rows;
    for (const Staff &member : StaffRepository(db).all()) {
        QStringList qualifications;
        if (member.qualifiedPreschool)
            qualifications << tr("VE");
        if (member.qualifiedCoach)
            qualifications << tr("coach");
        const QString employer = member.employerProviderId == NoId ? tr("own organisation")
                                                                   : providers.value(member.employerProviderId);
        const int weekMinutes = rostered.value(member.id);
        rows.append({SearchableTable::cell(member.name, member.name, member.id),
                     SearchableTable::cell(staffRoleName(member.role)),
                     SearchableTable::cell(employer),
                     SearchableTable::cell(hours(member.contractMinutesPerWeek), member.contractMinutesPerWeek),
                     SearchableTable::cell(hours(weekMinutes), weekMinutes),
                     SearchableTable::cell(member.countsTowardRatio() ? tr("yes") : tr("no")),
                     SearchableTable::cell(qualifications.join(QStringLiteral(", ")))});
    }
    table()->setRows(rows);
}

} // namespace samenplan::ui
