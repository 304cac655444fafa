// Transaction: one user action, one database transaction (declared in database.h).

#include "persistence/database.h"

#include "persistence/dberror.h"
#include "persistence/serverconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace samenplan {

Transaction::Transaction(const Database &db) : m_connection(db.connection())
{
    db.requireSoundContents();
    // SQLite: IMMEDIATE takes the write lock at the start, so a transaction that read first never
    // fails half-way on upgrading to a writer (SQLITE_BUSY) when something else writes meanwhile.
    if (!db.isPostgres()) {
        QSqlQuery begin(m_connection);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw DbError(Database::tr("The database could not start a change: %1").arg(begin.lastError().text()));
        return;
    }
    if (!m_connection.transaction())
        throw DbError(Database::tr("The database could not start a change: %1").arg(describeFailure(m_connection, m_connection.lastError())));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_connection.rollback();
}

void Transaction::commit()
{
    if (!m_connection.commit()) {
        const QString message = describeFailure(m_connection, m_connection.lastError());
        m_connection.rollback();
        m_done = true;
        throw DbError(Database::tr("The change could not be saved: %1").arg(message));
    }
    m_done = true;
}

} // namespace samenplan
