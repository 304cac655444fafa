#include "commands/databasecommand.h"

#include "persistence/database.h"
#include "persistence/dberror.h"
#include "shell/document.h"

namespace samenplan::ui {

DatabaseCommand::DatabaseCommand(Document *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

bool DatabaseCommand::run(bool forward)
{
    const Database &db = m_document->database();
    try {
        Transaction transaction(db);
        if (forward)
            applyRedo(db);
        else
            applyUndo(db);
        transaction.commit();
    } catch (const DbError &error) {
        Q_EMIT m_document->changeFailed(error.message());
        return false;
    }
    m_document->notifyChanged();
    return true;
}

void DatabaseCommand::redo()
{
    const bool ok = run(true);
    if (!ok && !m_pushed)
        setObsolete(true); // QUndoStack::push deletes it again
    m_pushed = true;
}

void DatabaseCommand::undo()
{
    run(false);
}

} // namespace samenplan::ui
