#include "persistence/organisationrepository.h"

#include "persistence/database.h"

namespace samenplan {

QString OrganisationRepository::name() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT name FROM organisation ORDER BY id LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

void OrganisationRepository::setName(const QString &name) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM organisation ORDER BY id LIMIT 1"));
    if (q.next())
        m_db.exec(QStringLiteral("UPDATE organisation SET name = ? WHERE id = ?"), {name, q.value(0)});
    else
        m_db.insert(QStringLiteral("INSERT INTO organisation (name) VALUES (?)"), {name});
}

QString OrganisationRepository::databaseUid() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT uid FROM database_identity LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace samenplan
