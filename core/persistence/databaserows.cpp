// Database::Rows: the rows of a kept read. On a file they are stepped on the SQLite statement itself
// and a column is read when it is asked for; on a server through the QSqlQuery.

#include "persistence/database.h"

#include "persistence/dberror.h"
#include "persistence/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace samenplan {

Database::Rows::~Rows()
{
    end();
}

Database::Rows &Database::Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        end();
        m_query = std::move(other.m_query);
        m_statement = other.m_statement;
        m_ended = other.m_ended;
        m_utf8 = std::move(other.m_utf8);
    }
    return *this;
}

void Database::Rows::end()
{
    if (!m_query)
        return; // moved from
    if (m_statement)
        resetSqlite(m_statement); // a kept statement holds no lock while it waits
    else
        m_query->finish();
    m_query.reset();
}

// A read that fails part-way (a page damaged since the file was opened, a disk or network error,
// a server gone) throws instead of ending the rows early: what is shown or printed is never a
// silently shortened list.
bool Database::Rows::next()
{
    if (!m_statement) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            throw DbError(tr("The database could not be read: %1").arg(m_query->lastError().text()));
        return false;
    }
    if (m_ended)
        return false;
    SqliteFailure failure;
    m_ended = !stepSqlite(m_statement, &failure);
    if (failure.code != 0)
        throw DbError(tr("The database could not be read: %1").arg(readFailureText(failure)));
    return !m_ended;
}

QString Database::readFailureText(const SqliteFailure &failure)
{
    QString reason;
    switch (failure.kind()) {
    case SqliteFailure::Kind::Damaged:
        reason = tr("the file is damaged");
        break;
    case SqliteFailure::Kind::ReadError:
        reason = tr("the disk or the network gave a read error");
        break;
    case SqliteFailure::Kind::Locked:
        reason = tr("another program keeps the file locked");
        break;
    case SqliteFailure::Kind::NoMemory:
        reason = tr("there is not enough memory");
        break;
    case SqliteFailure::Kind::Other:
        return failure.text;
    }
    return tr("%1 (%2)").arg(reason, failure.text);
}

QVariant Database::Rows::value(int column) const
{
    return m_statement ? sqliteValue(m_statement, column) : m_query->value(column);
}

qint64 Database::Rows::integer(int column) const
{
    return m_statement ? sqliteInteger(m_statement, column) : m_query->value(column).toLongLong();
}

Id Database::Rows::id(int column) const
{
    if (m_statement)
        return sqliteIsNull(m_statement, column) ? NoId : sqliteInteger(m_statement, column);
    return idFrom(m_query->value(column));
}

QString Database::Rows::text(int column) const
{
    return m_statement ? sqliteText(m_statement, column) : m_query->value(column).toString();
}

QDate Database::Rows::date(int column) const
{
    return m_statement ? sqliteDate(m_statement, column) : dateFrom(m_query->value(column));
}

QByteArrayView Database::Rows::utf8(int column) const
{
    if (m_statement)
        return sqliteUtf8(m_statement, column);
    m_utf8 = m_query->value(column).toString().toUtf8();
    return m_utf8;
}

} // namespace samenplan
