// The attendance file of the import: `child;date;arrived;left` (and optionally `group`), one row per
// child and day, for locations that register attendance elsewhere. Each row goes through the day
// records' door (changes/attendancechanges.h), so a closed day refuses it like the GUI would.

#include "changes/attendancechanges.h"
#include "io/csvtable.h"
#include "io/importfields.h"
#include "io/importrows.h"
#include "persistence/placementrepository.h"

#include <QCoreApplication>

namespace samenplan::io {
namespace {

class ImportText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::io::ImportText)
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const QHash<QString, QString> AttendanceColumns{{s("child"), s("child")},   {s("date"), s("date")},
                                                {s("arrived"), s("arrived")}, {s("left"), s("left")},
                                                {s("group"), s("group")},   {s("reason"), s("date")},
                                                {s("attendance"), s("child")}};

} // namespace

void ImportContext::attendance(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{s("child"), s("kind")}, {s("date"), s("datum")}, {s("arrived"), s("gebracht"), s("aankomst")},
                                  {s("left"), s("gehaald"), s("vertrek")}, {s("group"), s("groep")}},
                    4, &c))
        return;
    QHash<QString, QList<Id>> childrenByName;
    for (auto it = m_childrenByKey.constBegin(); it != m_childrenByKey.constEnd(); ++it)
        childrenByName[it.key().section(QLatin1Char('|'), 0, 0)].append(it.value());
    const PlacementRepository placements(m_db);
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const QList<Id> children = childrenByName.value(field(row, c[0]).simplified().toLower());
        if (children.isEmpty())
            problem(file, row, s("child"), ImportText::tr("unknown child %1").arg(field(row, c[0])));
        else if (children.size() > 1)
            problem(file, row, s("child"), ImportText::tr("%1 children are called %2").arg(children.size()).arg(field(row, c[0])));
        const auto date = parseImportDate(field(row, c[1]));
        if (!date)
            problem(file, row, s("date"), ImportText::tr("'%1' is not a date").arg(field(row, c[1])));
        const auto arrived = parseMinutes(field(row, c[2]));
        if (!arrived || *arrived >= 24 * 60)
            problem(file, row, s("arrived"), ImportText::tr("'%1' is not a time (HH:MM)").arg(field(row, c[2])));
        std::optional<int> left;
        if (!field(row, c[3]).isEmpty()) {
            left = parseMinutes(field(row, c[3]));
            if (!left || (arrived && *left <= *arrived))
                problem(file, row, s("left"), ImportText::tr("'%1' is not a time after the arrival").arg(field(row, c[3])));
        }
        Id groupId = NoId;
        if (!field(row, c[4]).isEmpty()) {
            const auto group = m_groupsByName.constFind(field(row, c[4]).toLower());
            if (group == m_groupsByName.constEnd())
                problem(file, row, s("group"), ImportText::tr("unknown group %1").arg(field(row, c[4])));
            else
                groupId = group->id;
        }
        if (int(m_report.problems.size()) != before)
            continue;
        if (groupId == NoId) {
            for (const Placement &placement : placements.ofChild(children.first())) {
                if (placement.activeOn(*date))
                    groupId = placement.groupId;
            }
            if (groupId == NoId) {
                problem(file, row, s("group"),
                        ImportText::tr("%1 has no placement on %2; give the group").arg(field(row, c[0]), date->toString(Qt::ISODate)));
                continue;
            }
        }
        const ChildAttendance attendance{NoId, groupId, children.first(), *date, *arrived, left};
        if (through(file, row, AttendanceColumns, s("date"), [&] {
                changes::add(m_db, attendance);
                return Outcome{};
            }))
            ++m_report.attendance;
    }
}

} // namespace samenplan::io
