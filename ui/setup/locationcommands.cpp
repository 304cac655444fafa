#include "setup/locationcommands.h"

#include "changes/attendancechanges.h"
#include "changes/recordchanges.h"
#include "persistence/calendarrepository.h"

#include <algorithm>

namespace samenplan::ui {

LocationCommand::LocationCommand(Document *document, const QString &text, const std::optional<LocationState> &before,
                                 const std::optional<LocationState> &after)
    : DatabaseCommand(document, text), m_before(before), m_after(after), m_id(before ? before->location.id : NoId)
{
}

void LocationCommand::move(const Database &db, const std::optional<LocationState> &from,
                           const std::optional<LocationState> &to)
{
    if (!to) {
        setClosingDays(db, m_id, {});
        Location gone = from->location;
        gone.id = m_id;
        changes::remove(db, gone);
        m_id = NoId;
        return;
    }
    Location location = to->location;
    if (from) {
        location.id = m_id;
        changes::update(db, location);
    } else {
        location.id = NoId;
        m_id = changes::add(db, location);
    }
    setClosingDays(db, m_id, to->closingDays);
}

void setClosingDays(const Database &db, Id locationId, const QList<ClosingDay> &days)
{
    const QList<ClosingDay> stored = CalendarRepository(db).closingDays(locationId);
    for (const ClosingDay &day : stored) {
        const bool kept = std::any_of(days.begin(), days.end(), [&day](const ClosingDay &wanted) { return wanted.date == day.date; });
        if (!kept)
            changes::remove(db, day);
    }
    for (ClosingDay wanted : days) {
        wanted.locationId = locationId;
        const auto existing = std::find_if(stored.begin(), stored.end(),
                                           [&wanted](const ClosingDay &day) { return day.date == wanted.date; });
        if (existing == stored.end()) {
            wanted.id = NoId;
            changes::add(db, wanted);
        } else if (existing->reason != wanted.reason.simplified()) {
            wanted.id = existing->id;
            changes::update(db, wanted);
        }
    }
}

} // namespace samenplan::ui
