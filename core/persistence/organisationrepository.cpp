#include "persistence/organisationrepository.h"

#include "persistence/database.h"

namespace samenplan {

QString OrganisationRepository::name() const
{
    auto q = m_db.read(QStringLiteral("SELECT name FROM organisation ORDER BY id LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

void OrganisationRepository::setName(const QString &name) const
{
    Id id = NoId;
    {
        auto q = m_db.read(QStringLiteral("SELECT id FROM organisation ORDER BY id LIMIT 1"));
        if (q.next())
            id = q.id(0);
    } // the read ends before the row changes
    if (id != NoId)
        m_db.exec(QStringLiteral("UPDATE organisation SET name = ? WHERE id = ?"), {name, id});
    else
        m_db.insert(QStringLiteral("INSERT INTO organisation (name) VALUES (?)"), {name});
}

QString OrganisationRepository::databaseUid() const
{
    auto q = m_db.read(QStringLiteral("SELECT uid FROM database_identity LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace samenplan
