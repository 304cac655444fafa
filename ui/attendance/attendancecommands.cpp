#include "attendance/attendancecommands.h"

#include "changes/attendancechanges.h"
#include "persistence/attendancerepository.h"
#include "persistence/database.h"

#include <QCoreApplication>

namespace samenplan::ui {
namespace {

class AttendanceCommandText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ui::AttendanceCommandText)
};

} // namespace

template <typename Record>
void AttendanceCommand<Record>::applyRedo(const Database &db)
{
    if (!m_before)
        m_after->id = changes::add(db, *m_after, m_reason);
    else if (!m_after)
        changes::remove(db, *m_before, m_reason);
    else {
        m_after->id = m_before->id;
        changes::update(db, *m_after, m_reason);
    }
}

template <typename Record>
void AttendanceCommand<Record>::applyUndo(const Database &db)
{
    if (!m_before)
        changes::remove(db, *m_after, m_reason);
    else if (!m_after)
        m_before->id = changes::add(db, *m_before, m_reason); // back, under a new id
    else
        changes::update(db, *m_before, m_reason);
}

template class AttendanceCommand<ChildAttendance>;
template class AttendanceCommand<StaffAttendance>;

TakeOverRosterCommand::TakeOverRosterCommand(Document *document, Id groupId, const QDate &date, QString reason)
    : DatabaseCommand(document, AttendanceCommandText::tr("Take over the roster")), m_groupId(groupId), m_date(date),
      m_reason(std::move(reason))
{
}

void TakeOverRosterCommand::applyRedo(const Database &db)
{
    changes::takeOverRoster(db, m_groupId, m_date, m_reason);
    m_added = AttendanceRepository(db).staff(m_date, m_date, m_groupId);
}

void TakeOverRosterCommand::applyUndo(const Database &db)
{
    for (const StaffAttendance &row : std::as_const(m_added))
        changes::remove(db, row, m_reason);
}

CloseDayCommand::CloseDayCommand(Document *document, Id groupId, const QDate &date, bool close, QString byOrReason)
    : DatabaseCommand(document, close ? AttendanceCommandText::tr("Close the day") : AttendanceCommandText::tr("Reopen the day")),
      m_groupId(groupId), m_date(date), m_close(close), m_text(std::move(byOrReason))
{
}

void CloseDayCommand::applyRedo(const Database &db)
{
    if (m_close)
        changes::closeDay(db, m_groupId, m_date, m_text);
    else
        changes::reopenDay(db, m_groupId, m_date, m_text);
}

void CloseDayCommand::applyUndo(const Database &db)
{
    if (m_close)
        changes::reopenDay(db, m_groupId, m_date, AttendanceCommandText::tr("closing undone"));
    else
        changes::closeDay(db, m_groupId, m_date, AttendanceCommandText::tr("reopening undone"));
}

} // namespace samenplan::ui
