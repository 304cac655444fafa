#pragma once
// Generic undoable changes of one record through the change layer (changes/recordchanges.h): add,
// change, remove. Each is one database transaction (DatabaseCommand) in which the change layer checks
// the rules before it writes; the concrete commands are one line each where used.

#include "changes/recordchanges.h"
#include "commands/databasecommand.h"
#include "domain/types.h"

namespace samenplan::ui {

// Records with a row version (placements, shifts): each write through the door moves the stored
// version on by one, so a command knows the version its own last write left and checks it on the
// next undo or redo. A change another planner made in between is then refused, not overwritten.
template <typename Record>
void followWrite(const Record &written, Record &next)
{
    if constexpr (requires { written.rowVersion; }) {
        if (written.rowVersion != 0)
            next.rowVersion = written.rowVersion + 1;
    }
}

template <typename Record>
void markInserted(Record &record)
{
    if constexpr (requires { record.rowVersion; })
        record.rowVersion = 1; // a new row starts at version 1
}

template <typename Record>
class AddRecordCommand : public DatabaseCommand {
public:
    AddRecordCommand(Document *document, const QString &text, const Record &record)
        : DatabaseCommand(document, text), m_record(record) {}
    Id recordId() const { return m_record.id; }

protected:
    void applyRedo(const Database &db) override
    {
        m_record.id = NoId;
        m_record.id = changes::add(db, m_record);
        markInserted(m_record);
    }
    void applyUndo(const Database &db) override { changes::remove(db, m_record); }

private:
    Record m_record;
};

template <typename Record>
class ChangeRecordCommand : public DatabaseCommand {
public:
    ChangeRecordCommand(Document *document, const QString &text, const Record &before, const Record &after)
        : DatabaseCommand(document, text), m_before(before), m_after(after) {}

protected:
    void applyRedo(const Database &db) override
    {
        changes::update(db, m_after);
        followWrite(m_after, m_before);
    }
    void applyUndo(const Database &db) override
    {
        changes::update(db, m_before);
        followWrite(m_before, m_after);
    }

private:
    Record m_before;
    Record m_after;
};

// The change layer refuses the removal of a record something still depends on (a provider with
// referrals, a referral a youth-care seat relies on), and the command reports it.
template <typename Record>
class RemoveRecordCommand : public DatabaseCommand {
public:
    RemoveRecordCommand(Document *document, const QString &text, const Record &record)
        : DatabaseCommand(document, text), m_record(record) {}

protected:
    void applyRedo(const Database &db) override { changes::remove(db, m_record); }
    void applyUndo(const Database &db) override
    {
        m_record.id = changes::add(db, m_record); // back, under a new id
        markInserted(m_record);
    }

private:
    Record m_record;
};

} // namespace samenplan::ui

namespace samenplan::ui {

// Adds several records at once (a series), one undo step.
template <typename Record>
class AddRecordsCommand : public DatabaseCommand {
public:
    AddRecordsCommand(Document *document, const QString &text, const QList<Record> &records)
        : DatabaseCommand(document, text), m_records(records) {}

protected:
    void applyRedo(const Database &db) override
    {
        for (Record &record : m_records) {
            record.id = changes::add(db, record);
            markInserted(record);
        }
    }
    void applyUndo(const Database &db) override
    {
        for (const Record &record : std::as_const(m_records))
            changes::remove(db, record);
    }

private:
    QList<Record> m_records;
};

} // namespace samenplan::ui
