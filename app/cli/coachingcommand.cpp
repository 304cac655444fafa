// samenplan-cli coaching FILE --year 2026 [--json]: the coaching year (required, planned and held
// coach hours); samenplan-cli coaching FILE --ics OUT.ics [--coach NAME]: the sessions as iCalendar.

#include "cli/commands.h"
#include "cli/databaseoption.h"

#include "coaching/coachingyear.h"
#include "coaching/icsexport.h"
#include "persistence/dberror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace samenplan::cli {
namespace {

class CoachingCliText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::cli::CoachingCliText)
};

double hours(int minutes)
{
    return qRound(minutes / 60.0 * 100) / 100.0;
}

QJsonObject hoursObject(const coaching::Hours &h)
{
    return {{QStringLiteral("required_hours"), hours(h.requiredMinutes)},
            {QStringLiteral("planned_hours"), hours(h.plannedMinutes)},
            {QStringLiteral("held_hours"), hours(h.heldMinutes)}};
}

QJsonObject toJson(const coaching::CoachingYear &year)
{
    QJsonObject organisation = hoursObject(year.hours);
    organisation.insert(QStringLiteral("name"), year.organisation);
    organisation.insert(QStringLiteral("explanation"), year.explanation);
    QJsonArray locations;
    for (const coaching::LocationYear &l : year.locations) {
        QJsonObject item = hoursObject(l.hours);
        item.insert(QStringLiteral("name"), l.name);
        item.insert(QStringLiteral("lrk"), l.lrkNumber);
        locations.append(item);
    }
    QJsonArray pedagogues;
    for (const coaching::PedagogueYear &p : year.pedagogues)
        pedagogues.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("planned_hours"), hours(p.plannedMinutes)},
                                      {QStringLiteral("held_hours"), hours(p.heldMinutes)}});
    QJsonArray providers;
    for (const coaching::ProviderYear &p : year.providers)
        providers.append(QJsonObject{{QStringLiteral("provider"), p.provider}, {QStringLiteral("hours"), hours(p.onTheJobMinutes)}});
    return {{QStringLiteral("year"), year.year},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("locations"), locations},
            {QStringLiteral("pedagogues"), pedagogues},
            {QStringLiteral("without_coaching"), QJsonArray::fromStringList(year.withoutCoaching)},
            {QStringLiteral("on_the_job_by_provider"), providers}};
}

} // namespace

int coachingCommand(const QStringList &arguments, Streams io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CoachingCliText::tr("The coaching year, or the coaching sessions as an iCalendar file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CoachingCliText::tr("The database file"));
    const QCommandLineOption year(QStringLiteral("year"), CoachingCliText::tr("The year"), QStringLiteral("YYYY"));
    const QCommandLineOption json(QStringLiteral("json"), CoachingCliText::tr("Answer as JSON"));
    const QCommandLineOption ics(QStringLiteral("ics"), CoachingCliText::tr("Write the sessions to this iCalendar file"), QStringLiteral("OUT.ics"));
    const QCommandLineOption coach(QStringLiteral("coach"), CoachingCliText::tr("Only this coach's sessions"), QStringLiteral("NAME"));
    const QCommandLineOption focus(QStringLiteral("with-focus-child"), CoachingCliText::tr("Include the focus child's name (private: only when asked)"));
    parser.addOptions({year, json, ics, coach, focus});
    if (!parseOptions(parser, QStringLiteral("coaching"), arguments, io))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, CoachingCliText::tr("coaching: give exactly one database file"));
    int chosenYear = 0;
    if (parser.isSet(year)) {
        bool ok = false;
        chosenYear = parser.value(year).toInt(&ok);
        if (!ok || chosenYear < 2000 || chosenYear > 2100)
            return usageError(io, CoachingCliText::tr("coaching: %1 is not a year").arg(parser.value(year)));
    }
    if (!parser.isSet(ics) && chosenYear == 0)
        return usageError(io, CoachingCliText::tr("coaching: give --year YYYY, or --ics OUT.ics"));
    if ((parser.isSet(coach) || parser.isSet(focus)) && !parser.isSet(ics))
        return usageError(io, CoachingCliText::tr("coaching: --coach and --with-focus-child go with --ics"));
    if (!checkOutputs(QStringLiteral("coaching"), {parser.value(ics)}, parser.positionalArguments().first(), io))
        return ExitUsage;
    auto db = openDatabase(QStringLiteral("coaching"), parser.positionalArguments().first(), io);
    if (!db)
        return ExitUsage;
    try {
        if (parser.isSet(ics)) {
            coaching::IcsOptions options;
            options.from = chosenYear ? QDate(chosenYear, 1, 1) : QDate(2000, 1, 1);
            options.to = chosenYear ? QDate(chosenYear, 12, 31) : QDate(2100, 12, 31);
            options.coachName = parser.value(coach);
            options.includeFocusChild = parser.isSet(focus);
            const QString error = coaching::writeCoachingIcs(parser.value(ics), *db, options);
            if (!error.isEmpty())
                return usageError(io, QStringLiteral("coaching: ") + error);
            io.out << CoachingCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(ics))) << '\n';
            if (chosenYear == 0 || !parser.isSet(json))
                return ExitOk;
        }
        const coaching::CoachingYear overview = coaching::coachingYear(*db, chosenYear);
        if (parser.isSet(json)) {
            io.out << QJsonDocument(toJson(overview)).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        io.out << CoachingCliText::tr("Coaching %1: required %2 h, planned %3 h, held %4 h")
                      .arg(overview.year)
                      .arg(hours(overview.hours.requiredMinutes))
                      .arg(hours(overview.hours.plannedMinutes))
                      .arg(hours(overview.hours.heldMinutes))
               << '\n' << overview.explanation << '\n';
        if (!overview.withoutCoaching.isEmpty())
            io.out << CoachingCliText::tr("No coaching yet: %1").arg(overview.withoutCoaching.join(QStringLiteral(", "))) << '\n';
    } catch (const DbError &error) {
        return usageError(io, QStringLiteral("coaching: ") + error.message());
    }
    return ExitOk;
}

} // namespace samenplan::cli
