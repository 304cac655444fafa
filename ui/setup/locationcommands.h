#pragma once
// A location added, edited or removed together with its closing days, as one undo step. The closing
// days are written through the calendar's door (changes/attendancechanges.h), the location through
// its own (changes/recordchanges.h), which refuses to remove a location that still has groups.

#include "commands/databasecommand.h"
#include "domain/calendar.h"
#include "domain/entities.h"

#include <optional>

namespace samenplan::ui {

struct LocationState {
    Location location;
    QList<ClosingDay> closingDays;
};

class LocationCommand : public DatabaseCommand {
public:
    // before: nullopt for a new location; after: nullopt to remove it.
    LocationCommand(Document *document, const QString &text, const std::optional<LocationState> &before,
                    const std::optional<LocationState> &after);
    Id locationId() const { return m_id; }

protected:
    void applyRedo(const Database &db) override { move(db, m_before, m_after); }
    void applyUndo(const Database &db) override { move(db, m_after, m_before); }

private:
    void move(const Database &db, const std::optional<LocationState> &from, const std::optional<LocationState> &to);

    std::optional<LocationState> m_before;
    std::optional<LocationState> m_after;
    Id m_id; // the location's id now: a removed location comes back under a new one
};

// Makes the location's stored closing days these, matched by date: the others are removed, a changed
// reason is updated, the new ones are added.
void setClosingDays(const Database &db, Id locationId, const QList<ClosingDay> &days);

} // namespace samenplan::ui
