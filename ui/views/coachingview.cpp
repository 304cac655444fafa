#include "views/coachingview.h"

#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStandardItem>
#include <QStyle>

namespace samenplan::ui {

CoachingView::CoachingView(QWidget *parent) : TablePlannerView(parent)
{
    table()->setHeading(tr("Coaching this week"));
    table()->setSearchPlaceholder(tr("Search by coach, pedagogue or group..."));
    table()->setColumns({tr("Day"), tr("Time"), tr("Coach"), tr("Pedagogues"), tr("Group"), tr("Kind"),
                         tr("Goal"), tr("Status")});
    table()->setEmptyText(tr("No coaching sessions this week"));
    table()->setStretchColumns({6});
}

QString CoachingView::title() const
{
    return tr("Coaching");
}

QIcon CoachingView::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogHelpButton);
}

static QString coachingKindName(CoachingKind kind)
{
    switch (kind) {
    case CoachingKind::OnTheJob:
        return CoachingView::tr("Coaching on the job");
    case CoachingKind::Pedagogical:
        return CoachingView::tr("Pedagogical coaching");
    case CoachingKind::Observation:
        return CoachingView::tr("Observation");
    case CoachingKind::TeamMeeting:
        return CoachingView::tr("Team meeting");
    }
    return {};
}

static QString coachingStatusName(const CoachingSession &session)
{
    switch (session.status) {
    case CoachingStatus::Planned:
        return CoachingView::tr("planned");
    case CoachingStatus::Held:
        return CoachingView::tr("held");
    case CoachingStatus::Cancelled:
        return CoachingView::tr("cancelled: %1").arg(session.cancelReason);
    }
    return {};
}

void CoachingView::reload()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    QHash<Id, QString> staffNames;
    for (const Staff &member : StaffRepository(db).all())
        staffNames.insert(member.id, member.name);
    QHash<Id, QString> groupNames;
    for (const Group &group : GroupRepository(db).all())
        groupNames.insert(group.id, group.name);
    const CoachingRepository coaching(db);
    QHash<Id, QString> externalNames;
    for (const ExternalCoach &coach : coaching.externalCoaches())
        externalNames.insert(coach.id, coach.organisation.isEmpty() ? coach.name
                                                                    : tr("%1 (%2)").arg(coach.name, coach.organisation));
    QList<QList<QStandardItem *>> rows;
    for (const CoachingSession &session : coaching.sessionsBetween(week.monday(), week.day(7))) {
        QStringList coachees;
        for (Id id : session.coacheeIds)
            coachees << staffNames.value(id);
        const QString coach = session.coachStaffId != NoId ? staffNames.value(session.coachStaffId)
                                                           : externalNames.value(session.externalCoachId);
        QString group = session.groupId == NoId ? QString() : groupNames.value(session.groupId);
        if (session.offFloor)
            group += QLatin1Char(' ') + tr("(off the floor)");
        rows.append({SearchableTable::cell(dayHeader(session.date), session.date, session.id),
                     SearchableTable::cell(formatRange(session.hours), session.hours.from),
                     SearchableTable::cell(coach),
                     SearchableTable::cell(coachees.join(QStringLiteral(", "))),
                     SearchableTable::cell(group.trimmed()),
                     SearchableTable::cell(coachingKindName(session.kind)),
                     SearchableTable::cell(session.goal),
                     SearchableTable::cell(coachingStatusName(session))});
    }
    table()->setRows(rows);
    table()->proxy()->sort(0);
}

} // namespace samenplan::ui
