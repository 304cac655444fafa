#include "persistence/templaterepository.h"

#include "persistence/database.h"

#include <QHash>

namespace samenplan {

QList<roster::WeekTemplate> TemplateRepository::all() const
{
    QList<roster::WeekTemplate> result;
    QHash<Id, int> index;
    auto q = m_db.read(QStringLiteral("SELECT id, name, parity FROM week_templates ORDER BY name, id"));
    while (q.next()) {
        roster::WeekTemplate t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.parity = roster::weekParityFromCode(q.value(2).toString()).value_or(roster::WeekParity::Every);
        index.insert(t.id, int(result.size()));
        result.append(t);
    }
    auto shifts = m_db.read(QStringLiteral("SELECT template_id, staff_id, group_id, weekday, starts, ends, break_starts, "
                                           "break_ends FROM template_shifts ORDER BY template_id, weekday, starts, id"));
    while (shifts.next()) {
        const auto it = index.constFind(shifts.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        roster::TemplateShift s{shifts.value(1).toLongLong(), idFrom(shifts.value(2)), shifts.value(3).toInt(),
                                TimeRange{shifts.value(4).toInt(), shifts.value(5).toInt()}, std::nullopt};
        if (!shifts.value(6).isNull())
            s.pause = TimeRange{shifts.value(6).toInt(), shifts.value(7).toInt()};
        if (isWeekday(s.weekday) && s.hours.isValid()) // never a stored impossible day
            result[*it].shifts.append(s);
    }
    return result;
}

std::optional<roster::WeekTemplate> TemplateRepository::find(Id id) const
{
    for (const roster::WeekTemplate &t : all()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

void TemplateRepository::writeShifts(Id templateId, const QList<roster::TemplateShift> &shifts) const
{
    m_db.exec(QStringLiteral("DELETE FROM template_shifts WHERE template_id = ?"), {templateId});
    for (const roster::TemplateShift &s : shifts) {
        const QVariant none{QMetaType(QMetaType::Int)}; // braces: with parentheses Clang reads a function declaration
        m_db.exec(QStringLiteral("INSERT INTO template_shifts (template_id, staff_id, group_id, weekday, starts, ends, "
                                 "break_starts, break_ends) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {templateId, s.staffId, idValue(s.groupId), s.weekday, s.hours.from, s.hours.to,
                   s.pause ? QVariant(s.pause->from) : none, s.pause ? QVariant(s.pause->to) : none});
    }
}

Id TemplateRepository::insert(const roster::WeekTemplate &t) const
{
    const Id id = m_db.insert(QStringLiteral("INSERT INTO week_templates (name, parity) VALUES (?, ?)"),
                              {t.name, roster::weekParityCode(t.parity)});
    writeShifts(id, t.shifts);
    return id;
}

void TemplateRepository::update(const roster::WeekTemplate &t) const
{
    m_db.exec(QStringLiteral("UPDATE week_templates SET name = ?, parity = ? WHERE id = ?"),
              {t.name, roster::weekParityCode(t.parity), t.id});
    writeShifts(t.id, t.shifts);
}

void TemplateRepository::remove(Id id) const
{
    m_db.exec(QStringLiteral("DELETE FROM week_templates WHERE id = ?"), {id});
}

} // namespace samenplan
