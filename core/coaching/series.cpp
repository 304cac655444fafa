#include "coaching/series.h"

#include <QCoreApplication>

namespace samenplan::coaching {
namespace {
class SeriesText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::coaching::SeriesText)
};
} // namespace

QList<CoachingSession> seriesFrom(const CoachingSession &first, int intervalWeeks, int count)
{
    QList<CoachingSession> sessions;
    for (int i = 0; i < std::max(1, count); ++i) {
        CoachingSession session = first;
        session.id = NoId;
        session.date = first.date.addDays(qint64(i) * 7 * std::max(1, intervalWeeks));
        sessions.append(session);
    }
    return sessions;
}

QString validateSession(const CoachingSession &session, const QHash<Id, Staff> &staff)
{
    if (!session.date.isValid())
        return SeriesText::tr("The session's date is not a valid date.");
    if (session.hours.to <= session.hours.from)
        return SeriesText::tr("The session ends at %1, before it starts at %2.")
            .arg(formatMinutes(session.hours.to), formatMinutes(session.hours.from));
    if (session.coachStaffId == NoId && session.externalCoachId == NoId)
        return SeriesText::tr("Choose the coach.");
    if (session.coacheeIds.isEmpty())
        return SeriesText::tr("Choose at least one pedagogue to coach.");
    for (Id id : session.coacheeIds) {
        const Staff person = staff.value(id);
        if (person.role != StaffRole::Pedagogue && person.role != StaffRole::Trainee)
            return SeriesText::tr("%1 is not a pedagogue, so cannot be coached as one.").arg(person.name);
    }
    if (session.coacheeIds.contains(session.coachStaffId))
        return SeriesText::tr("The coach cannot coach themselves.");
    if (session.status == CoachingStatus::Cancelled && session.cancelReason.trimmed().isEmpty())
        return SeriesText::tr("Give the reason for the cancellation.");
    return {};
}

} // namespace samenplan::coaching
