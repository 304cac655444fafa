#pragma once
// Base of every undoable edit: redo and undo each run in one database transaction, writing through
// the change layer (core/changes/), which checks the rules against what is stored. A refusal or a
// failure rolls the transaction back, tells the document (changeFailed) and drops the command from
// the stack, so the stack never claims a change the file does not hold.

#include <QUndoCommand>

namespace samenplan {
class Database;
namespace ui {

class Document;

class DatabaseCommand : public QUndoCommand {
public:
    DatabaseCommand(Document *document, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void applyRedo(const Database &db) = 0; // throws DbError
    virtual void applyUndo(const Database &db) = 0; // throws DbError
    Document *document() const { return m_document; }

private:
    bool run(bool forward);

    Document *m_document;
};

} // namespace ui
} // namespace samenplan
