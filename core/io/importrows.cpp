#include "io/importrows.h"

#include "changes/recordchanges.h"
#include "domain/validation.h"
#include "io/csvtable.h"
#include "io/importfields.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/staffrepository.h"
#include "util/clock.h"

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

// Which column of each file a field of the change layer's findings belongs to.
const QHash<QString, QString> GroupColumns{{s("location"), s("location")}, {s("lrk"), s("lrk")},
                                           {s("group"), s("group")}, {s("max_age"), s("max_age")},
                                           {s("max_children"), s("max_children")},
                                           {s("youth_care_seats"), s("youth_care_seats")}, {s("opens"), s("opens")}};
const QHash<QString, QString> PlacementColumns{{s("first_name"), s("child")}, {s("last_name"), s("child")},
                                               {s("child"), s("child")}, {s("birth_date"), s("birth_date")},
                                               {s("group"), s("group")}, {s("start"), s("start")}, {s("end"), s("end")},
                                               {s("days"), s("days")}, {s("times"), s("times")},
                                               {s("kind"), s("youth_care_provider")},
                                               {s("provider"), s("youth_care_provider")},
                                               {s("name"), s("youth_care_provider")},
                                               {s("reference"), s("referral")}, {s("planned_end"), s("referral_end")}};
const QHash<QString, QString> StaffColumns{{s("name"), s("name")}, {s("contract_hours"), s("contract_hours")},
                                           {s("employer"), s("employer")}};
const QHash<QString, QString> ShiftColumns{{s("staff"), s("staff")}, {s("date"), s("date")}, {s("end"), s("end")},
                                           {s("break"), s("break")}, {s("group"), s("group")}};

} // namespace

ImportContext::ImportContext(const Database &db, ImportReport &report) : m_db(db), m_report(report), m_placements(db)
{
    for (const Location &l : LocationRepository(db).all()) {
        m_locationsByLrk.insert(l.lrkNumber, l.id);
        m_locations.insert(l.id, l);
    }
    for (const Group &g : GroupRepository(db).all())
        m_groupsByName.insert(g.name.toLower(), g);
    for (const Child &c : ChildRepository(db).all())
        m_childrenByKey.insert(c.displayName().toLower() + QLatin1Char('|') + QString::number(c.birthDate.toJulianDay()), c.id);
    for (const YouthCareProvider &p : ProviderRepository(db).all())
        m_providersByName.insert(p.name.toLower(), p.id);
    for (const Staff &st : StaffRepository(db).all())
        m_staffByName.insert(st.name.toLower(), st);
}

void ImportContext::rowDone()
{
    ++m_done;
    if (m_progress && (m_done % 200 == 0 || m_done == m_total))
        m_progress(m_done, m_total);
}

void ImportContext::problem(const QString &file, const CsvRecord &row, const QString &column, const QString &reason)
{
    m_report.problems.append({file, row.line, column, reason});
}

void ImportContext::noteWarnings(const QString &file, const CsvRecord &row, const QHash<QString, QString> &columns,
                                 const QString &fallbackColumn, const Outcome &outcome)
{
    for (const Finding &warning : outcome.warnings)
        m_report.notes << ImportProblem{file, row.line, columns.value(warning.field, fallbackColumn), warning.message}.text();
}

void ImportContext::reportRefusals(const QString &file, const CsvRecord &row, const QHash<QString, QString> &columns,
                                   const QString &fallbackColumn, const Outcome &outcome)
{
    for (const Finding &refusal : outcome.refusals)
        problem(file, row, columns.value(refusal.field, fallbackColumn), refusal.message);
}

bool ImportContext::mapColumns(const QString &file, const CsvTable &table, const QList<QStringList> &names, int required,
                               QList<int> *columns)
{
    bool complete = true;
    for (int i = 0; i < names.size(); ++i) {
        const int column = table.column(names.at(i));
        columns->append(column);
        if (column < 0 && i < required) {
            m_report.problems.append({file, 1, names.at(i).first(), ImportText::tr("missing column")});
            complete = false;
        }
    }
    for (const QString &header : table.header) {
        bool known = false;
        for (const QStringList &alternatives : names)
            known = known || alternatives.contains(header, Qt::CaseInsensitive);
        if (!known)
            m_report.notes << ImportText::tr("%1: column %2 is not used and was ignored").arg(file, header);
    }
    return complete;
}

void ImportContext::groups(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{s("location"), s("locatie")}, {s("lrk")}, {s("group"), s("groep")},
                                  {s("care_type"), s("opvangsoort")}, {s("min_age"), s("min_leeftijd")},
                                  {s("max_age"), s("max_leeftijd")}, {s("max_children"), s("max_kinderen")},
                                  {s("youth_care_seats"), s("jeugdhulpplekken")}, {s("opens"), s("open")},
                                  {s("closes"), s("sluit")}},
                    10, &c))
        return;
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const auto careType = careTypeFromCode(field(row, c[3]));
        if (!careType)
            problem(file, row, s("care_type"), ImportText::tr("'%1' is not dagopvang, bso or peutergroep").arg(field(row, c[3])));
        const auto minAge = parseAgeMonths(field(row, c[4]));
        const auto maxAge = parseAgeMonths(field(row, c[5]));
        if (!minAge)
            problem(file, row, s("min_age"), ImportText::tr("'%1' is not an age in years").arg(field(row, c[4])));
        if (!maxAge || (minAge && *maxAge <= *minAge))
            problem(file, row, s("max_age"), ImportText::tr("'%1' is not an age above the minimum").arg(field(row, c[5])));
        bool ok = false;
        const int maxChildren = field(row, c[6]).toInt(&ok);
        if (!ok)
            problem(file, row, s("max_children"), ImportText::tr("'%1' is not a group size of 1 to 30").arg(field(row, c[6])));
        const QString seatsText = field(row, c[7]);
        const int seats = seatsText.isEmpty() ? 4 : seatsText.toInt(&ok);
        if (!ok)
            problem(file, row, s("youth_care_seats"), ImportText::tr("'%1' is not a number of seats within the group size").arg(seatsText));
        const auto opens = parseMinutes(field(row, c[8]));
        const auto closes = parseMinutes(field(row, c[9]));
        if (!opens)
            problem(file, row, s("opens"), ImportText::tr("'%1' is not a time (HH:MM)").arg(field(row, c[8])));
        if (!closes || (opens && *closes <= *opens))
            problem(file, row, s("closes"), ImportText::tr("'%1' is not a closing time after the opening").arg(field(row, c[9])));
        const QString name = field(row, c[2]);
        if (m_groupsByName.contains(name.toLower()))
            problem(file, row, s("group"), ImportText::tr("a group called %1 already exists").arg(name));
        // A new location: its own fields checked with the row's others, by the door's own check.
        const QString lrk = field(row, c[1]);
        Id locationId = m_locationsByLrk.value(lrk);
        Location location;
        if (locationId == NoId) {
            location.name = field(row, c[0]).isEmpty() ? lrk : field(row, c[0]);
            location.lrkNumber = lrk;
            for (int day = 1; day <= 5; ++day)
                location.openingHours[day - 1] = TimeRange{opens.value_or(0), closes.value_or(1)};
            for (const Finding &finding : checkLocation(location).refusals) {
                if (finding.field != QLatin1String("opens"))
                    problem(file, row, GroupColumns.value(finding.field, s("location")), finding.message);
            }
        }
        if (int(m_report.problems.size()) != before)
            continue;
        if (locationId == NoId) {
            if (!through(file, row, GroupColumns, s("location"), [&] {
                    location.id = changes::add(m_db, location);
                    return Outcome{};
                }))
                continue;
            locationId = location.id;
            m_locationsByLrk.insert(lrk, locationId);
            m_locations.insert(locationId, location);
        }
        Group group;
        group.locationId = locationId;
        group.name = name;
        group.careType = *careType;
        group.minAgeMonths = *minAge;
        group.maxAgeMonths = *maxAge;
        group.maxChildren = maxChildren;
        group.youthCareSeats = seats;
        group.preschoolEducation = *careType == CareType::Preschool;
        if (!through(file, row, GroupColumns, s("group"), [&] {
                group.id = changes::add(m_db, group);
                return Outcome{};
            }))
            continue;
        m_groupsByName.insert(name.toLower(), group);
        ++m_report.groups;
    }
}

Id ImportContext::providerNamed(const QString &name, const QString &file, const CsvRecord &row, const QString &column)
{
    Id providerId = m_providersByName.value(name.toLower());
    if (providerId != NoId)
        return providerId;
    YouthCareProvider provider;
    provider.name = name;
    const QHash<QString, QString> columns{{s("name"), column}};
    if (!through(file, row, columns, column, [&] {
            providerId = changes::add(m_db, provider);
            return Outcome{};
        }))
        return NoId;
    m_providersByName.insert(name.toLower(), providerId);
    return providerId;
}

void ImportContext::placements(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{s("child"), s("kind")}, {s("birth_date"), s("geboortedatum")}, {s("group"), s("groep")},
                                  {s("start"), s("begin")}, {s("days"), s("dagen")}, {s("end"), s("eind")},
                                  {s("times"), s("tijden")}, {s("youth_care_provider"), s("jeugdhulpaanbieder")},
                                  {s("referral"), s("beschikking")}, {s("referral_end"), s("einde_beschikking")}},
                    5, &c))
        return;
    QHash<QString, int> seen; // child|group|start -> line
    seen.reserve(table.records.size());
    m_childrenByKey.reserve(m_childrenByKey.size() + table.records.size());
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const QString name = field(row, c[0]);
        const auto birth = parseImportDate(field(row, c[1]));
        if (name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 2)
            problem(file, row, s("child"), ImportText::tr("give the child's first and last name"));
        if (!birth)
            problem(file, row, s("birth_date"), ImportText::tr("'%1' is not a date (YYYY-MM-DD or DD-MM-YYYY)").arg(field(row, c[1])));
        const QString groupKey = lowerCase(field(row, c[2]));
        const auto group = m_groupsByName.constFind(groupKey);
        if (group == m_groupsByName.constEnd())
            problem(file, row, s("group"), ImportText::tr("unknown group %1").arg(field(row, c[2])));
        const auto start = parseImportDate(field(row, c[3]));
        if (!start)
            problem(file, row, s("start"), ImportText::tr("'%1' is not a date").arg(field(row, c[3])));
        const auto days = parseImportDays(field(row, c[4]));
        if (!days)
            problem(file, row, s("days"), ImportText::tr("'%1' are not days such as ma,di,wo or mon,tue").arg(field(row, c[4])));
        std::optional<QDate> end;
        if (!field(row, c[5]).isEmpty() && !(end = parseImportDate(field(row, c[5]))))
            problem(file, row, s("end"), ImportText::tr("'%1' is not a date").arg(field(row, c[5])));
        std::optional<TimeRange> times;
        if (!field(row, c[6]).isEmpty() && !(times = parseRange(field(row, c[6]))))
            problem(file, row, s("times"), ImportText::tr("'%1' is not a time range such as 07:30-18:30").arg(field(row, c[6])));
        std::optional<QDate> referralEnd;
        if (!field(row, c[9]).isEmpty() && !(referralEnd = parseImportDate(field(row, c[9]))))
            problem(file, row, s("referral_end"), ImportText::tr("'%1' is not a date").arg(field(row, c[9])));
        if (int(m_report.problems.size()) != before)
            continue;
        const QString nameKey = lowerCase(name);
        const QString key = nameKey + QLatin1Char('|') + groupKey + QLatin1Char('|') + QString::number(start->toJulianDay());
        if (seen.contains(key)) {
            problem(file, row, s("child"), ImportText::tr("duplicate row (the same as line %1)").arg(seen.value(key)));
            continue;
        }
        seen.insert(key, row.line);
        // The child: found by name and birth date, or added.
        const QString childKey = nameKey + QLatin1Char('|') + QString::number(birth->toJulianDay());
        Id childId = m_childrenByKey.value(childKey);
        if (childId == NoId) {
            Child child;
            child.firstName = name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            child.lastName = name.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty);
            child.birthDate = *birth;
            if (!through(file, row, PlacementColumns, QStringLiteral("child"), [&] {
                    childId = changes::add(m_db, child);
                    return Outcome{};
                }))
                continue;
            m_childrenByKey.insert(childKey, childId);
            ++m_report.children;
        }
        Placement placement;
        placement.childId = childId;
        placement.groupId = group->id;
        placement.start = *start;
        placement.end = end.value_or(QDate());
        static const Location noLocation;
        const auto found = m_locations.constFind(group->locationId);
        const Location &location = found != m_locations.constEnd() ? *found : noLocation;
        for (int day = 1; day <= 7; ++day) {
            if (*days & weekdayBit(day))
                placement.days.append({day, times.value_or(location.hoursOn(day).value_or(TimeRange{450, 1110}))});
        }
        const QString providerName = field(row, c[7]);
        placement.kind = providerName.isEmpty() ? PlacementKind::Regular : PlacementKind::YouthCare;
        if (placement.kind == PlacementKind::YouthCare) {
            const Id providerId = providerNamed(providerName, file, row, s("youth_care_provider"));
            if (providerId == NoId)
                continue;
            Referral referral;
            referral.childId = childId;
            referral.providerId = providerId;
            referral.reference = field(row, c[8]).isEmpty() ? ImportText::tr("imported") : field(row, c[8]);
            referral.start = *start;
            referral.plannedEnd = referralEnd.value_or(start->addMonths(9));
            if (!through(file, row, PlacementColumns, s("referral"), [&] {
                    changes::add(m_db, referral);
                    return Outcome{};
                }))
                continue;
        }
        planning::PlacementProposal proposal;
        proposal.placement = placement;
        if (through(file, row, PlacementColumns, QStringLiteral("group"), [&] { return m_placements.place(proposal); }))
            ++m_report.placements;
    }
}

void ImportContext::staff(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{s("name"), s("naam")}, {s("role"), s("functie")}, {s("employer"), s("werkgever")},
                                  {s("contract_hours"), s("contracturen")}, {s("counts_for_ratio"), s("telt_mee")},
                                  {s("qualifications"), s("kwalificaties")}},
                    2, &c))
        return;
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        Staff member;
        member.name = field(row, c[0]);
        const auto role = parseImportRole(field(row, c[1]));
        if (!role)
            problem(file, row, s("role"), ImportText::tr("'%1' is not a role such as pedagogue or pedagogisch-medewerker").arg(field(row, c[1])));
        bool ok = true;
        const double hours = field(row, c[3]).isEmpty() ? 0 : QString(field(row, c[3])).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || hours < 0 || hours > 60)
            problem(file, row, s("contract_hours"), ImportText::tr("'%1' is not a number of hours a week").arg(field(row, c[3])));
        const QString counts = field(row, c[4]).toLower();
        if (!counts.isEmpty() && counts != QLatin1String("yes") && counts != QLatin1String("no") && counts != QLatin1String("ja")
            && counts != QLatin1String("nee"))
            problem(file, row, s("counts_for_ratio"), ImportText::tr("'%1' is not yes, no or empty").arg(field(row, c[4])));
        if (int(m_report.problems.size()) != before)
            continue;
        member.role = *role;
        member.contractMinutesPerWeek = int(hours * 60 + 0.5);
        if (!counts.isEmpty())
            member.countsForRatio = counts == QLatin1String("yes") || counts == QLatin1String("ja");
        const QString employer = field(row, c[2]);
        if (!employer.isEmpty() && employer.toLower() != QLatin1String("own") && employer.toLower() != QLatin1String("eigen")) {
            member.employerProviderId = providerNamed(employer, file, row, s("employer"));
            if (member.employerProviderId == NoId)
                continue;
        }
        const QString qualificationsText = field(row, c[5]);
        for (const QStringView qualification : splitWords(qualificationsText)) {
            if (qualification.compare(QLatin1String("ve"), Qt::CaseInsensitive) == 0)
                member.qualifiedPreschool = true;
            else if (qualification.compare(QLatin1String("coach"), Qt::CaseInsensitive) == 0)
                member.qualifiedCoach = true;
        }
        if (!through(file, row, StaffColumns, QStringLiteral("name"), [&] {
                member.id = changes::add(m_db, member);
                return Outcome{};
            }))
            continue;
        m_staffByName.insert(member.name.toLower(), member);
        ++m_report.staff;
    }
}

void ImportContext::shifts(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{s("staff"), s("medewerker")}, {s("date"), s("datum")}, {s("start"), s("begin")},
                                  {s("end"), s("eind")}, {s("group"), s("groep")}, {s("break"), s("pauze")},
                                  {s("role"), s("functie")}, {s("hours"), s("uren")}},
                    4, &c))
        return;
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const auto person = m_staffByName.constFind(lowerCase(field(row, c[0])));
        if (person == m_staffByName.constEnd())
            problem(file, row, s("staff"), ImportText::tr("unknown staff member %1").arg(field(row, c[0])));
        const auto date = parseImportDate(field(row, c[1]));
        if (!date)
            problem(file, row, s("date"), ImportText::tr("'%1' is not a date").arg(field(row, c[1])));
        const auto from = parseMinutes(field(row, c[2]));
        const auto to = parseMinutes(field(row, c[3]));
        if (!from)
            problem(file, row, s("start"), ImportText::tr("'%1' is not a time (HH:MM)").arg(field(row, c[2])));
        if (!to || (from && *to <= *from))
            problem(file, row, s("end"), ImportText::tr("'%1' is not an end after the start").arg(field(row, c[3])));
        Id groupId = NoId;
        if (!field(row, c[4]).isEmpty()) {
            const auto group = m_groupsByName.constFind(lowerCase(field(row, c[4])));
            if (group == m_groupsByName.constEnd())
                problem(file, row, s("group"), ImportText::tr("unknown group %1").arg(field(row, c[4])));
            else
                groupId = group->id;
        }
        std::optional<TimeRange> pause;
        if (!field(row, c[5]).isEmpty() && !(pause = parseRange(field(row, c[5]))))
            problem(file, row, s("break"), ImportText::tr("'%1' is not a break such as 12:30-13:00").arg(field(row, c[5])));
        if (int(m_report.problems.size()) != before)
            continue;
        Shift shift;
        shift.staffId = person->id;
        shift.groupId = groupId;
        shift.date = *date;
        shift.hours = TimeRange{*from, *to};
        if (pause)
            shift.breaks.append(*pause);
        if (through(file, row, ShiftColumns, QStringLiteral("break"), [&] {
                changes::add(m_db, shift);
                return Outcome{};
            }))
            ++m_report.shifts;
    }
}

} // namespace samenplan::io
