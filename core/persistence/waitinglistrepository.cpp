#include "persistence/waitinglistrepository.h"

#include "persistence/database.h"

namespace samenplan {

QList<WaitingListEntry> WaitingListRepository::all() const
{
    auto q = m_db.read(QStringLiteral("SELECT id, child_id, wished_start, weekdays, preferred_group_id, priority, note "
                                      "FROM waiting_list ORDER BY priority DESC, wished_start, id"));
    QList<WaitingListEntry> result;
    while (q.next()) {
        WaitingListEntry e;
        e.id = q.value(0).toLongLong();
        e.childId = q.value(1).toLongLong();
        e.wishedStart = dateFrom(q.value(2));
        e.days = q.value(3).toInt();
        e.preferredGroupId = idFrom(q.value(4));
        e.priority = q.value(5).toInt();
        e.note = q.value(6).toString();
        result.append(e);
    }
    return result;
}

std::optional<WaitingListEntry> WaitingListRepository::find(Id id) const
{
    for (const WaitingListEntry &entry : all()) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

Id WaitingListRepository::insert(const WaitingListEntry &e) const
{
    return m_db.insert(QStringLiteral("INSERT INTO waiting_list (child_id, wished_start, weekdays, preferred_group_id, "
                                      "priority, note) VALUES (?, ?, ?, ?, ?, ?)"),
                       {e.childId, dateValue(e.wishedStart), e.days, idValue(e.preferredGroupId), e.priority, e.note});
}

void WaitingListRepository::update(const WaitingListEntry &e) const
{
    m_db.exec(QStringLiteral("UPDATE waiting_list SET child_id = ?, wished_start = ?, weekdays = ?, "
                             "preferred_group_id = ?, priority = ?, note = ? WHERE id = ?"),
              {e.childId, dateValue(e.wishedStart), e.days, idValue(e.preferredGroupId), e.priority, e.note, e.id});
}

void WaitingListRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM waiting_list WHERE id = ?"), {id});
}

} // namespace samenplan
