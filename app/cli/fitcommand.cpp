// samenplan-cli fit FILE --birth-date YYYY-MM-DD --days ma,di [--times 08:00-17:30] [--from YYYY-MM-DD]
// [--group NAME] [--youth-care] [--json]: per group, the earliest date from which the wished days
// fit every week (capacity/earliestfit.h), or none within 24 months and why.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "capacity/earliestfit.h"
#include "io/importfields.h"
#include "persistence/dberror.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class FitCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::FitCliText)
};

QJsonObject toJson(const capacity::GroupFit &fit)
{
    return QJsonObject{{QStringLiteral("group"), fit.group},
                       {QStringLiteral("location"), fit.location},
                       {QStringLiteral("earliest_start"),
                        fit.earliestStart.isValid() ? QJsonValue(fit.earliestStart.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(fit.reasons)}};
}

} // namespace

int fitCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FitCliText::tr("When a child fits: per group the earliest start on the wished days."));
    parser.addPositionalArgument(QStringLiteral("FILE"), FitCliText::tr("The database file"));
    const QCommandLineOption birth(QStringLiteral("birth-date"), FitCliText::tr("The (expected) birth date"),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption days(QStringLiteral("days"), FitCliText::tr("The wished weekdays, e.g. ma,di"), QStringLiteral("DAYS"));
    const QCommandLineOption times(QStringLiteral("times"), FitCliText::tr("The hours on those days (default: opening hours)"),
                                   QStringLiteral("HH:MM-HH:MM"));
    const QCommandLineOption from(QStringLiteral("from"), FitCliText::tr("The wished start (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption group(QStringLiteral("group"), FitCliText::tr("Only this group"), QStringLiteral("NAME"));
    const QCommandLineOption youthCare(QStringLiteral("youth-care"), FitCliText::tr("A youth-care seat instead of a regular place"));
    const QCommandLineOption json(QStringLiteral("json"), FitCliText::tr("Answer as JSON"));
    parser.addOptions({birth, days, times, from, group, youthCare, json});
    if (!parseOptions(parser, QStringLiteral("fit"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, FitCliText::tr("fit: give exactly one database file"));
    if (!parser.isSet(birth) || !parser.isSet(days))
        return usageError(io, FitCliText::tr("fit: --birth-date YYYY-MM-DD and --days are required"));
    capacity::FitWish wish;
    const auto birthDate = parseIsoDate(parser.value(birth));
    if (!birthDate)
        return usageError(io, FitCliText::tr("fit: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(birth)));
    wish.birthDate = *birthDate;
    const auto mask = io::parseImportDays(parser.value(days));
    if (!mask)
        return usageError(io, FitCliText::tr("fit: %1 are not weekdays (ma,di,wo,do,vr,za,zo)").arg(parser.value(days)));
    TimeRange hours;
    if (parser.isSet(times)) {
        const auto range = parseRange(parser.value(times));
        if (!range)
            return usageError(io, FitCliText::tr("fit: %1 is not a time range (HH:MM-HH:MM)").arg(parser.value(times)));
        hours = *range;
    }
    for (int day = 1; day <= 7; ++day) {
        if (*mask & weekdayBit(day))
            wish.days.append({day, hours});
    }
    wish.from = QDate::currentDate();
    if (parser.isSet(from)) {
        const auto start = parseIsoDate(parser.value(from));
        if (!start)
            return usageError(io, FitCliText::tr("fit: %1 is not a valid date (YYYY-MM-DD)").arg(parser.value(from)));
        wish.from = *start;
    }
    wish.youthCare = parser.isSet(youthCare);
    auto db = openDatabase(QStringLiteral("fit"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    QList<capacity::GroupFit> fits;
    try {
        const capacity::CapacityData data = capacity::CapacityData::load(*db, std::min(wish.from, QDate::currentDate()));
        if (parser.isSet(group)) {
            const QString name = parser.value(group).trimmed();
            for (const Group &g : data.groupsInOrder()) {
                if (g.name.compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                wish.groupId = g.id;
                fits += capacity::earliestFits(data, wish);
            }
            if (wish.groupId == NoId)
                return usageError(io, FitCliText::tr("fit: there is no group called %1").arg(name));
        } else {
            fits = capacity::earliestFits(data, wish);
        }
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("fit: ") + error.message());
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const capacity::GroupFit &fit : std::as_const(fits))
            list.append(toJson(fit));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("fits"), list}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const capacity::GroupFit &fit : std::as_const(fits)) {
        io.out << fit.group << " (" << fit.location << "): "
               << (fit.earliestStart.isValid() ? FitCliText::tr("from %1").arg(fit.earliestStart.toString(Qt::ISODate))
                                               : FitCliText::tr("nothing fits within 24 months"))
               << '\n';
        for (const QString &reason : fit.reasons)
            io.out << "  " << reason << '\n';
    }
    return ExitOk;
}

} // namespace samenplan::cli
