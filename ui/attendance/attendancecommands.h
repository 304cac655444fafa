#pragma once
// Undoable changes of the day records through their door (changes/attendancechanges.h): a child's
// or a staff member's attendance added, changed or removed, the roster taken over, a day closed or
// reopened. A closed day's changes carry the reason the user gave; undoing one is itself a logged
// change with the same reason (the record keeps what happened).

#include "commands/databasecommand.h"
#include "domain/attendance.h"

#include <QList>

#include <optional>

namespace samenplan::ui {

// before empty: an addition; after empty: a removal.
template <typename Record>
class AttendanceCommand : public DatabaseCommand {
public:
    AttendanceCommand(Document *document, const QString &text, std::optional<Record> before, std::optional<Record> after,
                      QString reason)
        : DatabaseCommand(document, text), m_before(std::move(before)), m_after(std::move(after)), m_reason(std::move(reason)) {}

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    QString m_reason;
};

class TakeOverRosterCommand : public DatabaseCommand {
public:
    TakeOverRosterCommand(Document *document, Id groupId, const QDate &date, QString reason);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Id m_groupId;
    QDate m_date;
    QString m_reason;
    QList<StaffAttendance> m_added;
};

class CloseDayCommand : public DatabaseCommand {
public:
    // close false: reopen with the reason.
    CloseDayCommand(Document *document, Id groupId, const QDate &date, bool close, QString byOrReason);

protected:
    void applyRedo(const Database &db) override;
    void applyUndo(const Database &db) override;

private:
    Id m_groupId;
    QDate m_date;
    bool m_close;
    QString m_text;
};

} // namespace samenplan::ui
