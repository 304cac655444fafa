#include "persistence/staffrepository.h"

#include "persistence/database.h"

namespace samenplan {

QList<Staff> StaffRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.read(QStringLiteral("SELECT id, name, role, employer_provider_id, counts_for_ratio, "
                                           "contract_minutes, qualified_preschool, qualified_coach, location_id "
                                           "FROM staff %1 ORDER BY name, id").arg(where),
                            values);
    QList<Staff> result;
    while (q.next()) {
        Staff s;
        s.id = q.integer(0);
        s.name = q.text(1);
        s.role = staffRoleFromCode(q.text(2)).value_or(StaffRole::Pedagogue);
        s.employerProviderId = q.id(3);
        if (!q.value(4).isNull())
            s.countsForRatio = int(q.integer(4)) != 0;
        s.contractMinutesPerWeek = int(q.integer(5));
        s.qualifiedPreschool = int(q.integer(6)) != 0;
        s.qualifiedCoach = int(q.integer(7)) != 0;
        s.locationId = q.id(8);
        result.append(s);
    }
    return result;
}

QList<Staff> StaffRepository::all() const
{
    return select({}, {});
}

QList<Staff> StaffRepository::workingAt(Id locationId, const QDate &from, const QDate &to) const
{
    return select(QStringLiteral("WHERE location_id = ? OR id IN (SELECT s.staff_id FROM shifts s "
                                 "JOIN care_groups g ON g.id = s.group_id "
                                 "WHERE g.location_id = ? AND s.shift_date >= ? AND s.shift_date <= ?)"),
                  {locationId, locationId, dateValue(from), dateValue(to)});
}

std::optional<Staff> StaffRepository::find(Id id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Staff>(found.first());
}

std::optional<Staff> StaffRepository::findByName(const QString &name) const
{
    const auto found = select(QStringLiteral("WHERE name = ?"), {name});
    return found.isEmpty() ? std::nullopt : std::optional<Staff>(found.first());
}

static QVariant countsValue(const Staff &s)
{
    return s.countsForRatio ? QVariant(int(*s.countsForRatio)) : QVariant(QMetaType(QMetaType::Int));
}

Id StaffRepository::insert(const Staff &s) const
{
    return m_db.insert(QStringLiteral("INSERT INTO staff (name, role, employer_provider_id, counts_for_ratio, "
                                      "contract_minutes, qualified_preschool, qualified_coach, location_id) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {s.name, staffRoleCode(s.role), idValue(s.employerProviderId), countsValue(s),
                        s.contractMinutesPerWeek, int(s.qualifiedPreschool), int(s.qualifiedCoach),
                        idValue(s.locationId)});
}

void StaffRepository::update(const Staff &s) const
{
    m_db.exec(QStringLiteral("UPDATE staff SET name = ?, role = ?, employer_provider_id = ?, counts_for_ratio = ?, "
                             "contract_minutes = ?, qualified_preschool = ?, qualified_coach = ?, location_id = ? "
                             "WHERE id = ?"),
              {s.name, staffRoleCode(s.role), idValue(s.employerProviderId), countsValue(s), s.contractMinutesPerWeek,
               int(s.qualifiedPreschool), int(s.qualifiedCoach), idValue(s.locationId), s.id});
}

void StaffRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM staff WHERE id = ?"), {id});
}

QList<Id> StaffRepository::fixedFacesOf(Id childId) const
{
    auto q = m_db.read(QStringLiteral("SELECT staff_id FROM fixed_faces WHERE child_id = ? ORDER BY staff_id"),
                            {childId});
    QList<Id> result;
    while (q.next())
        result.append(q.integer(0));
    return result;
}

void StaffRepository::setFixedFaces(Id childId, const QList<Id> &staffIds) const
{
    m_db.exec(QStringLiteral("DELETE FROM fixed_faces WHERE child_id = ?"), {childId});
    for (Id staffId : staffIds)
        m_db.exec(QStringLiteral("INSERT INTO fixed_faces (child_id, staff_id) VALUES (?, ?)"), {childId, staffId});
}

QList<Id> StaffRepository::fixedFaceChildrenOf(Id staffId) const
{
    auto q = m_db.read(QStringLiteral("SELECT child_id FROM fixed_faces WHERE staff_id = ? ORDER BY child_id"), {staffId});
    QList<Id> result;
    while (q.next())
        result.append(q.integer(0));
    return result;
}

void StaffRepository::setFixedFaceChildren(Id staffId, const QList<Id> &childIds) const
{
    m_db.exec(QStringLiteral("DELETE FROM fixed_faces WHERE staff_id = ?"), {staffId});
    for (Id childId : childIds)
        m_db.exec(QStringLiteral("INSERT INTO fixed_faces (child_id, staff_id) VALUES (?, ?)"), {childId, staffId});
}

QList<FixedFace> StaffRepository::allFixedFaces() const
{
    auto q = m_db.read(QStringLiteral("SELECT child_id, staff_id FROM fixed_faces ORDER BY child_id, staff_id"));
    QList<FixedFace> result;
    while (q.next())
        result.append({q.integer(0), q.integer(1)});
    return result;
}

} // namespace samenplan
