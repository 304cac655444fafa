// samenplan-cli dayrecord FILE --date YYYY-MM-DD [--group NAME] [--json] [--pdf OUT.pdf]: the day
// record per group for the inspector: children present, staff on the floor, and the ratio per
// quarter hour from who was really there (or the plan, marked as plan, where nothing was registered).

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "attendance/dayrecord.h"
#include "changes/attendancechanges.h"
#include "persistence/dberror.h"
#include "planning/planningdata.h"
#include "report/dayrecordreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class DayRecordCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::DayRecordCliText)
};

QJsonObject toJson(const attendance::DayRecord &r)
{
    QJsonArray children;
    for (const attendance::RecordChild &c : r.children)
        children.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("arrived"), formatMinutes(c.arrived)},
                                    {QStringLiteral("left"), c.left ? QJsonValue(formatMinutes(*c.left)) : QJsonValue()}});
    QJsonArray staff;
    for (const attendance::RecordStaff &s : r.staff)
        staff.append(QJsonObject{{QStringLiteral("name"), s.name},
                                 {QStringLiteral("from"), formatMinutes(s.hours.from)},
                                 {QStringLiteral("to"), formatMinutes(s.hours.to)}});
    QJsonArray quarters;
    for (const attendance::RecordQuarter &q : r.quarters)
        quarters.append(QJsonObject{{QStringLiteral("from"), formatMinutes(q.from)},
                                    {QStringLiteral("children"), q.children},
                                    {QStringLiteral("required"), q.required},
                                    {QStringLiteral("present"), q.present},
                                    {QStringLiteral("state"), attendance::quarterStateCode(q.state)}});
    return QJsonObject{{QStringLiteral("group"), r.group.name},
                       {QStringLiteral("location"), r.location},
                       {QStringLiteral("closed"), r.day.closed()},
                       {QStringLiteral("children"), children},
                       {QStringLiteral("staff"), staff},
                       {QStringLiteral("quarters"), quarters},
                       {QStringLiteral("deviation_minutes"), r.deviationMinutes},
                       {QStringLiteral("allowance_minutes"), r.allowanceMinutes},
                       {QStringLiteral("source"), r.registered ? QStringLiteral("record") : QStringLiteral("plan")},
                       {QStringLiteral("staff_source"), r.staffRegistered ? QStringLiteral("record") : QStringLiteral("plan")},
                       {QStringLiteral("day"), calendar::dayKindCode(r.dayInfo.kind)}};
}

// Sets how long records are kept and/or removes the expired ones, in one transaction.
int retentionCommand(const QString &path, const QString &months, bool expire, Streams io)
{
    bool ok = true;
    const int value = months.isEmpty() ? 0 : months.toInt(&ok);
    if (!ok)
        return usageError(io, DayRecordCliText::tr("dayrecord: %1 is not a number of months").arg(months));
    auto db = openDatabase(QStringLiteral("dayrecord"), path, io);
    if (!db)
        return ExitUsage;
    try {
        Transaction transaction(*db);
        if (!months.isEmpty())
            changes::setRecordRetentionMonths(*db, value);
        const int removed = expire ? changes::removeExpiredRecords(*db, QDate::currentDate()) : 0;
        transaction.commit();
        io.out << DayRecordCliText::tr("Day records are kept %1 months.").arg(changes::recordRetentionMonths(*db)) << '\n';
        if (expire)
            io.out << DayRecordCliText::tr("Removed %1 rows of expired day records.").arg(removed) << '\n';
    } catch (const ChangeRefused &refused) {
        return usageError(io, QStringLiteral("dayrecord: ") + refused.message());
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("dayrecord: ") + error.message());
    }
    return ExitOk;
}

} // namespace

int dayRecordCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DayRecordCliText::tr("The day record per group: who was there and the staff-child ratio per quarter hour."));
    parser.addPositionalArgument(QStringLiteral("FILE"), DayRecordCliText::tr("The database file"));
    const QCommandLineOption date(QStringLiteral("date"), DayRecordCliText::tr("The day, e.g. 2026-11-23"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption group(QStringLiteral("group"), DayRecordCliText::tr("Only this group"), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), DayRecordCliText::tr("Answer as JSON"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), DayRecordCliText::tr("Write the record as PDF (A4, one group a page)"), QStringLiteral("OUT.pdf"));
    const QCommandLineOption retention(QStringLiteral("retention-months"), DayRecordCliText::tr("Keep day records this many months (12 to 120; default 24)"), QStringLiteral("N"));
    const QCommandLineOption expire(QStringLiteral("remove-expired"), DayRecordCliText::tr("Remove the day records older than the retention"));
    parser.addOptions({date, group, json, pdf, retention, expire});
    if (!parseOptions(parser, QStringLiteral("dayrecord"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, DayRecordCliText::tr("dayrecord: give exactly one database file"));
    if (parser.isSet(retention) || parser.isSet(expire))
        return retentionCommand(parser.positionalArguments().first(), parser.isSet(retention) ? parser.value(retention) : QString(),
                                parser.isSet(expire), io);
    const auto day = parseIsoDate(parser.value(date));
    if (!parser.isSet(date) || !day)
        return usageError(io, DayRecordCliText::tr("dayrecord: --date YYYY-MM-DD is required"));
    if (!checkOutputs(QStringLiteral("dayrecord"), {parser.value(pdf)}, parser.positionalArguments().first(), io))
        return ExitUsage;
    auto db = openDatabase(QStringLiteral("dayrecord"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    try {
        const planning::PlanningData data = planning::PlanningData::load(*db, *day, *day);
        const attendance::AttendanceData attendance = attendance::AttendanceData::load(*db, *day, *day);
        QList<attendance::DayRecord> records;
        QStringList names;
        for (const Group &g : data.groupsInOrder()) {
            names << g.name;
            if (!parser.isSet(group) || g.name.compare(parser.value(group), Qt::CaseInsensitive) == 0)
                records.append(attendance::buildDayRecord(data, attendance, g, *day));
        }
        if (parser.isSet(group) && records.isEmpty())
            return usageError(io, DayRecordCliText::tr("dayrecord: no group called %1 (groups: %2)")
                                      .arg(parser.value(group), names.join(QStringLiteral(", "))));
        if (parser.isSet(pdf)) {
            const QString error = report::writeDayRecordPdf(parser.value(pdf), records, QDateTime::currentDateTime());
            if (!error.isEmpty())
                return usageError(io, QStringLiteral("dayrecord: ") + error);
        }
        if (parser.isSet(json)) {
            QJsonArray groups;
            for (const attendance::DayRecord &r : std::as_const(records))
                groups.append(toJson(r));
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("date"), day->toString(Qt::ISODate)}, {QStringLiteral("groups"), groups}})
                          .toJson(QJsonDocument::Indented);
        } else if (parser.isSet(pdf)) {
            io.out << DayRecordCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(pdf))) << '\n';
        } else {
            for (const attendance::DayRecord &r : std::as_const(records))
                io.out << r.group.name.leftJustified(16) << ' '
                       << (r.registered ? DayRecordCliText::tr("record") : DayRecordCliText::tr("plan")).leftJustified(7) << ' '
                       << DayRecordCliText::tr("%1 children, %2 staff, %3 min below the ratio (%4 allowed)%5")
                              .arg(r.children.size()).arg(r.staff.size()).arg(r.deviationMinutes).arg(r.allowanceMinutes)
                              .arg(r.violation() ? DayRecordCliText::tr(", violation") : QString())
                       << '\n';
        }
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("dayrecord: ") + error.message());
    }
    return ExitOk;
}

} // namespace samenplan::cli
