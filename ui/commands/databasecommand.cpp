#include "commands/databasecommand.h"

#include "domain/outcome.h"
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
    } catch (const ChangeRefused &refused) {
        Q_EMIT m_document->changeFailed(refused.message());
        for (const Finding &finding : refused.outcome().refusals) {
            if (finding.rule == doorrule::Stale) { // another planner was first: show what is stored now
                m_document->notifyChanged();
                break;
            }
        }
        return false;
    }
    m_document->notifyChanged();
    return true;
}

// A change the database or the rules refuse (another planner changed the data meanwhile, or the
// disk is full) leaves the file as it was; the command becomes obsolete, so QUndoStack removes it
// and never claims a state the file does not hold.
void DatabaseCommand::redo()
{
    if (!run(true))
        setObsolete(true);
}

void DatabaseCommand::undo()
{
    if (!run(false))
        setObsolete(true);
}

} // namespace samenplan::ui
