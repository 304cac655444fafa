#include "persistence/childrepository.h"

#include "persistence/database.h"
#include "persistence/placementrepository.h"

namespace samenplan {

static const auto columns = QStringLiteral(
    "id, first_name, last_name, birth_date, parent_name, parent_phone, parent_email, notes, expected");

static Child readChild(const Database::Rows &q)
{
    Child c;
    c.id = q.integer(0);
    c.firstName = q.text(1);
    c.lastName = q.text(2);
    c.birthDate = q.date(3);
    c.parentName = q.text(4);
    c.parentPhone = q.text(5);
    c.parentEmail = q.text(6);
    c.notes = q.text(7);
    c.expected = int(q.integer(8)) != 0;
    return c;
}

QList<Child> ChildRepository::all() const
{
    auto q = m_db.read(QStringLiteral("SELECT %1 FROM children ORDER BY last_name, first_name, id").arg(columns));
    QList<Child> result;
    while (q.next())
        result.append(readChild(q));
    return result;
}

QList<Child> ChildRepository::forBoard(Id locationId, const QDate &from, const QDate &to) const
{
    // The children never placed: the placements' child index read once (a set difference against
    // the placements running in the span read the whole table, half the board's reading at 160
    // locations, and listed every child who had left as one to place). Three sets joined, each
    // read by its own index: one condition of three ORed tested every child of the organisation
    // against all three (7-9 ms at 160 locations, 3 ms as a union, on every switch of week).
    auto q = m_db.read(QStringLiteral("SELECT %1 FROM children WHERE id IN (%2) "
                                      "UNION SELECT %1 FROM children WHERE id NOT IN (SELECT child_id FROM placements) "
                                      "UNION SELECT %1 FROM children WHERE id IN (SELECT child_id FROM waiting_list) "
                                      "ORDER BY last_name, first_name, id")
                           .arg(columns, PlacementRepository::childrenPlacedAtSql()),
                       {locationId, dateValue(to), dateValue(from)});
    QList<Child> result;
    while (q.next())
        result.append(readChild(q));
    return result;
}

std::optional<Child> ChildRepository::find(Id id) const
{
    auto q = m_db.read(QStringLiteral("SELECT %1 FROM children WHERE id = ?").arg(columns), {id});
    if (!q.next())
        return std::nullopt;
    return readChild(q);
}

QHash<Id, QString> ChildRepository::displayNames(const QList<Id> &ids) const
{
    QHash<Id, QString> names;
    names.reserve(ids.size());
    constexpr qsizetype Chunk = 500; // bound values a statement, well within SQLite's and the server's limits
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<Id> chunk = ids.mid(from, Chunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QVariantList values;
        values.reserve(chunk.size());
        for (const Id id : chunk)
            values.append(id);
        auto q = m_db.read(QStringLiteral("SELECT id, first_name, last_name FROM children WHERE id IN (%1)")
                               .arg(marks.join(QLatin1Char(','))),
                           values);
        while (q.next()) {
            Child child;
            child.firstName = q.text(1);
            child.lastName = q.text(2);
            names.insert(q.id(0), child.displayName());
        }
    }
    return names;
}

QHash<Id, QDate> ChildRepository::birthDatesInGroup(Id groupId) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, birth_date FROM children WHERE id IN "
                                      "(SELECT child_id FROM placements WHERE group_id = ?)"),
                       {groupId});
    QHash<Id, QDate> result;
    while (q.next())
        result.insert(q.integer(0), q.date(1));
    return result;
}

Id ChildRepository::insert(const Child &c) const
{
    return m_db.insert(QStringLiteral("INSERT INTO children (first_name, last_name, birth_date, parent_name, "
                                      "parent_phone, parent_email, notes, expected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c.firstName, c.lastName, dateValue(c.birthDate), c.parentName, c.parentPhone,
                        c.parentEmail, c.notes, int(c.expected)});
}

void ChildRepository::update(const Child &c) const
{
    m_db.exec(QStringLiteral("UPDATE children SET first_name = ?, last_name = ?, birth_date = ?, parent_name = ?, "
                             "parent_phone = ?, parent_email = ?, notes = ?, expected = ? WHERE id = ?"),
              {c.firstName, c.lastName, dateValue(c.birthDate), c.parentName, c.parentPhone, c.parentEmail,
               c.notes, int(c.expected), c.id});
}

void ChildRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM children WHERE id = ?"), {id});
}

} // namespace samenplan
