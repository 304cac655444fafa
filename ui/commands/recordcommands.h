#pragma once
// Generic undoable changes of one record through its repository: add, change, remove. Each is one
// database transaction (DatabaseCommand); the concrete commands are one line each where used.

#include "commands/databasecommand.h"
#include "domain/types.h"

namespace samenplan::ui {

template <typename Repository, typename Record>
class AddRecordCommand : public DatabaseCommand {
public:
    AddRecordCommand(Document *document, const QString &text, const Record &record)
        : DatabaseCommand(document, text), m_record(record) {}
    Id recordId() const { return m_record.id; }

protected:
    void applyRedo(const Database &db) override
    {
        m_record.id = NoId;
        m_record.id = Repository(db).insert(m_record);
    }
    void applyUndo(const Database &db) override { Repository(db).remove(m_record.id); }

private:
    Record m_record;
};

template <typename Repository, typename Record>
class ChangeRecordCommand : public DatabaseCommand {
public:
    ChangeRecordCommand(Document *document, const QString &text, const Record &before, const Record &after)
        : DatabaseCommand(document, text), m_before(before), m_after(after) {}

protected:
    void applyRedo(const Database &db) override { Repository(db).update(m_after); }
    void applyUndo(const Database &db) override { Repository(db).update(m_before); }

private:
    Record m_before;
    Record m_after;
};

// For records nothing else depends on (a waiting-list entry, a referral, an unused provider); the
// database refuses the removal, and the command reports it, when something still does.
template <typename Repository, typename Record>
class RemoveRecordCommand : public DatabaseCommand {
public:
    RemoveRecordCommand(Document *document, const QString &text, const Record &record)
        : DatabaseCommand(document, text), m_record(record) {}

protected:
    void applyRedo(const Database &db) override { Repository(db).remove(m_record.id); }
    void applyUndo(const Database &db) override
    {
        m_record.id = NoId;
        m_record.id = Repository(db).insert(m_record); // back, under a new id
    }

private:
    Record m_record;
};

} // namespace samenplan::ui

namespace samenplan::ui {

// Adds several records at once (a series), one undo step.
template <typename Repository, typename Record>
class AddRecordsCommand : public DatabaseCommand {
public:
    AddRecordsCommand(Document *document, const QString &text, const QList<Record> &records)
        : DatabaseCommand(document, text), m_records(records) {}

protected:
    void applyRedo(const Database &db) override
    {
        for (Record &record : m_records) {
            record.id = NoId;
            record.id = Repository(db).insert(record);
        }
    }
    void applyUndo(const Database &db) override
    {
        for (const Record &record : std::as_const(m_records))
            Repository(db).remove(record.id);
    }

private:
    QList<Record> m_records;
};

} // namespace samenplan::ui
