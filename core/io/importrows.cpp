#include "io/importrows.h"

#include "domain/validation.h"
#include "io/csvtable.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "placement/placementcheck.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace samenplan::io {
namespace {

class ImportText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::io::ImportText)
};

std::optional<QDate> parseDate(const QString &text)
{
    if (const auto iso = parseIsoDate(text))
        return iso;
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"));
    const auto match = dutch.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<WeekdayMask> parseDays(const QString &text)
{
    static const QStringList dutch{QStringLiteral("ma"), QStringLiteral("di"), QStringLiteral("wo"), QStringLiteral("do"),
                                   QStringLiteral("vr"), QStringLiteral("za"), QStringLiteral("zo")};
    static const QStringList english{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                     QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    WeekdayMask mask = 0;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QString day = part.toLower();
        int index = dutch.indexOf(day);
        if (index < 0)
            index = english.indexOf(day);
        if (index < 0)
            return std::nullopt;
        mask |= weekdayBit(index + 1);
    }
    return mask ? std::optional<WeekdayMask>(mask) : std::nullopt;
}

std::optional<int> parseAgeMonths(const QString &text)
{
    bool ok = false;
    const double years = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).trimmed().toDouble(&ok);
    if (!ok || years < 0 || years > 13)
        return std::nullopt;
    return int(years * 12 + 0.5);
}

std::optional<StaffRole> parseRole(const QString &text)
{
    static const QHash<QString, StaffRole> dutch{
        {QStringLiteral("pedagogisch-medewerker"), StaffRole::Pedagogue}, {QStringLiteral("in-opleiding"), StaffRole::Trainee},
        {QStringLiteral("jeugdhulp-pedagoog"), StaffRole::YouthCarePedagogue}, {QStringLiteral("ambulant-hulpverlener"), StaffRole::OutreachWorker},
        {QStringLiteral("gedragswetenschapper"), StaffRole::BehaviouralScientist}, {QStringLiteral("coach"), StaffRole::Coach},
        {QStringLiteral("vrijwilliger"), StaffRole::Volunteer}};
    const QString code = text.trimmed().toLower();
    if (dutch.contains(code))
        return dutch.value(code);
    return staffRoleFromCode(code);
}

QString field(const CsvRecord &row, int column)
{
    return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
}

} // namespace

ImportContext::ImportContext(const Database &db, ImportReport &report) : m_db(db), m_report(report)
{
    for (const Location &l : LocationRepository(db).all()) {
        m_locationsByLrk.insert(l.lrkNumber, l.id);
        m_locations.insert(l.id, l);
    }
    for (const Group &g : GroupRepository(db).all())
        m_groupsByName.insert(g.name.toLower(), g);
    for (const Child &c : ChildRepository(db).all())
        m_childrenByKey.insert(c.displayName().toLower() + QLatin1Char('|') + c.birthDate.toString(Qt::ISODate), c.id);
    for (const YouthCareProvider &p : ProviderRepository(db).all())
        m_providersByName.insert(p.name.toLower(), p.id);
    for (const Staff &s : StaffRepository(db).all())
        m_staffByName.insert(s.name.toLower(), s);
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
    if (!mapColumns(file, table, {{QStringLiteral("location"), QStringLiteral("locatie")}, {QStringLiteral("lrk")},
                                  {QStringLiteral("group"), QStringLiteral("groep")}, {QStringLiteral("care_type"), QStringLiteral("opvangsoort")},
                                  {QStringLiteral("min_age"), QStringLiteral("min_leeftijd")}, {QStringLiteral("max_age"), QStringLiteral("max_leeftijd")},
                                  {QStringLiteral("max_children"), QStringLiteral("max_kinderen")},
                                  {QStringLiteral("youth_care_seats"), QStringLiteral("jeugdhulpplekken")},
                                  {QStringLiteral("opens"), QStringLiteral("open")}, {QStringLiteral("closes"), QStringLiteral("sluit")}},
                    10, &c))
        return;
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const QString lrk = field(row, c[1]);
        if (!QRegularExpression(QStringLiteral("^\\d{6,12}$")).match(lrk).hasMatch())
            problem(file, row, QStringLiteral("lrk"), ImportText::tr("'%1' is not an LRK number").arg(lrk));
        const auto careType = careTypeFromCode(field(row, c[3]));
        if (!careType)
            problem(file, row, QStringLiteral("care_type"), ImportText::tr("'%1' is not dagopvang, bso or peutergroep").arg(field(row, c[3])));
        const auto minAge = parseAgeMonths(field(row, c[4]));
        const auto maxAge = parseAgeMonths(field(row, c[5]));
        if (!minAge)
            problem(file, row, QStringLiteral("min_age"), ImportText::tr("'%1' is not an age in years").arg(field(row, c[4])));
        if (!maxAge || (minAge && *maxAge <= *minAge))
            problem(file, row, QStringLiteral("max_age"), ImportText::tr("'%1' is not an age above the minimum").arg(field(row, c[5])));
        bool ok = false;
        const int maxChildren = field(row, c[6]).toInt(&ok);
        if (!ok || maxChildren < 1 || maxChildren > 30)
            problem(file, row, QStringLiteral("max_children"), ImportText::tr("'%1' is not a group size of 1 to 30").arg(field(row, c[6])));
        const QString seatsText = field(row, c[7]);
        const int seats = seatsText.isEmpty() ? 4 : seatsText.toInt(&ok);
        if (!seatsText.isEmpty() && (!ok || seats < 0 || seats > maxChildren))
            problem(file, row, QStringLiteral("youth_care_seats"), ImportText::tr("'%1' is not a number of seats within the group size").arg(seatsText));
        const auto opens = parseMinutes(field(row, c[8]));
        const auto closes = parseMinutes(field(row, c[9]));
        if (!opens)
            problem(file, row, QStringLiteral("opens"), ImportText::tr("'%1' is not a time (HH:MM)").arg(field(row, c[8])));
        if (!closes || (opens && *closes <= *opens))
            problem(file, row, QStringLiteral("closes"), ImportText::tr("'%1' is not a closing time after the opening").arg(field(row, c[9])));
        const QString name = field(row, c[2]);
        if (name.isEmpty())
            problem(file, row, QStringLiteral("group"), ImportText::tr("the group has no name"));
        else if (m_groupsByName.contains(name.toLower()))
            problem(file, row, QStringLiteral("group"), ImportText::tr("a group called %1 already exists").arg(name));
        if (int(m_report.problems.size()) != before)
            continue;
        Id locationId = m_locationsByLrk.value(lrk);
        if (locationId == NoId) {
            Location location;
            location.name = field(row, c[0]).isEmpty() ? lrk : field(row, c[0]);
            location.lrkNumber = lrk;
            for (int day = 1; day <= 5; ++day)
                location.openingHours[day - 1] = TimeRange{*opens, *closes};
            locationId = LocationRepository(m_db).insert(location);
            location.id = locationId;
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
        group.id = GroupRepository(m_db).insert(group);
        m_groupsByName.insert(name.toLower(), group);
        ++m_report.groups;
    }
}

void ImportContext::placements(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{QStringLiteral("child"), QStringLiteral("kind")}, {QStringLiteral("birth_date"), QStringLiteral("geboortedatum")},
                                  {QStringLiteral("group"), QStringLiteral("groep")}, {QStringLiteral("start"), QStringLiteral("begin")},
                                  {QStringLiteral("days"), QStringLiteral("dagen")}, {QStringLiteral("end"), QStringLiteral("eind")},
                                  {QStringLiteral("times"), QStringLiteral("tijden")},
                                  {QStringLiteral("youth_care_provider"), QStringLiteral("jeugdhulpaanbieder")},
                                  {QStringLiteral("referral"), QStringLiteral("beschikking")},
                                  {QStringLiteral("referral_end"), QStringLiteral("einde_beschikking")}},
                    5, &c))
        return;
    QHash<QString, int> seen; // child|group|start -> line
    QHash<QPair<Id, int>, int> youthCarePerDay;
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const QString name = field(row, c[0]);
        const auto birth = parseDate(field(row, c[1]));
        if (name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 2)
            problem(file, row, QStringLiteral("child"), ImportText::tr("give the child's first and last name"));
        if (!birth)
            problem(file, row, QStringLiteral("birth_date"), ImportText::tr("'%1' is not a date (YYYY-MM-DD or DD-MM-YYYY)").arg(field(row, c[1])));
        else if (*birth > QDate::currentDate())
            problem(file, row, QStringLiteral("birth_date"), ImportText::tr("the birth date lies in the future"));
        const auto group = m_groupsByName.constFind(field(row, c[2]).toLower());
        if (group == m_groupsByName.constEnd())
            problem(file, row, QStringLiteral("group"), ImportText::tr("unknown group %1").arg(field(row, c[2])));
        const auto start = parseDate(field(row, c[3]));
        if (!start)
            problem(file, row, QStringLiteral("start"), ImportText::tr("'%1' is not a date").arg(field(row, c[3])));
        const auto days = parseDays(field(row, c[4]));
        if (!days)
            problem(file, row, QStringLiteral("days"), ImportText::tr("'%1' are not days such as ma,di,wo or mon,tue").arg(field(row, c[4])));
        std::optional<QDate> end;
        if (!field(row, c[5]).isEmpty() && !(end = parseDate(field(row, c[5]))))
            problem(file, row, QStringLiteral("end"), ImportText::tr("'%1' is not a date").arg(field(row, c[5])));
        std::optional<TimeRange> times;
        if (!field(row, c[6]).isEmpty() && !(times = parseRange(field(row, c[6]))))
            problem(file, row, QStringLiteral("times"), ImportText::tr("'%1' is not a time range such as 07:30-18:30").arg(field(row, c[6])));
        if (int(m_report.problems.size()) != before)
            continue;
        const QString key = name.toLower() + QLatin1Char('|') + field(row, c[2]).toLower() + QLatin1Char('|') + start->toString(Qt::ISODate);
        if (seen.contains(key)) {
            problem(file, row, QStringLiteral("child"), ImportText::tr("duplicate row (the same as line %1)").arg(seen.value(key)));
            continue;
        }
        seen.insert(key, row.line);
        // The child: found by name and birth date, or added.
        const QString childKey = name.toLower() + QLatin1Char('|') + birth->toString(Qt::ISODate);
        Id childId = m_childrenByKey.value(childKey);
        Child child;
        child.firstName = name.section(QLatin1Char(' '), 0, 0);
        child.lastName = name.section(QLatin1Char(' '), 1);
        child.birthDate = *birth;
        Placement placement;
        placement.groupId = group->id;
        placement.start = *start;
        placement.end = end.value_or(QDate());
        const Location location = m_locations.value(group->locationId);
        for (int day = 1; day <= 7; ++day) {
            if (*days & weekdayBit(day))
                placement.days.append({day, times.value_or(location.hoursOn(day).value_or(TimeRange{450, 1110}))});
        }
        const QString providerName = field(row, c[7]);
        placement.kind = providerName.isEmpty() ? PlacementKind::Regular : PlacementKind::YouthCare;
        const QString reason = planning::validatePlacement(placement, *group, child, &location);
        if (!reason.isEmpty()) {
            problem(file, row, QStringLiteral("group"), reason);
            continue;
        }
        if (placement.kind == PlacementKind::YouthCare) {
            bool full = false;
            for (const PlacementDay &day : placement.days) {
                int &count = youthCarePerDay[{group->id, day.weekday}];
                full = full || ++count > group->youthCareSeats;
            }
            if (full) {
                problem(file, row, QStringLiteral("youth_care_provider"),
                        ImportText::tr("one youth-care child too many: %1 keeps %2 youth-care seats on a day").arg(group->name).arg(group->youthCareSeats));
                continue;
            }
        }
        if (childId == NoId) {
            childId = ChildRepository(m_db).insert(child);
            m_childrenByKey.insert(childKey, childId);
            ++m_report.children;
        }
        placement.childId = childId;
        if (placement.kind == PlacementKind::YouthCare) {
            Id providerId = m_providersByName.value(providerName.toLower());
            if (providerId == NoId) {
                YouthCareProvider provider;
                provider.name = providerName;
                providerId = ProviderRepository(m_db).insert(provider);
                m_providersByName.insert(providerName.toLower(), providerId);
            }
            Referral referral;
            referral.childId = childId;
            referral.providerId = providerId;
            referral.reference = field(row, c[8]).isEmpty() ? ImportText::tr("imported") : field(row, c[8]);
            referral.start = *start;
            referral.plannedEnd = parseDate(field(row, c[9])).value_or(start->addMonths(9));
            ReferralRepository(m_db).insert(referral);
        }
        PlacementRepository(m_db).insert(placement);
        ++m_report.placements;
    }
}

void ImportContext::staff(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{QStringLiteral("name"), QStringLiteral("naam")}, {QStringLiteral("role"), QStringLiteral("functie")},
                                  {QStringLiteral("employer"), QStringLiteral("werkgever")},
                                  {QStringLiteral("contract_hours"), QStringLiteral("contracturen")},
                                  {QStringLiteral("counts_for_ratio"), QStringLiteral("telt_mee")},
                                  {QStringLiteral("qualifications"), QStringLiteral("kwalificaties")}},
                    2, &c))
        return;
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        Staff s;
        s.name = field(row, c[0]);
        if (s.name.isEmpty())
            problem(file, row, QStringLiteral("name"), ImportText::tr("the name is empty"));
        else if (m_staffByName.contains(s.name.toLower()))
            problem(file, row, QStringLiteral("name"), ImportText::tr("%1 is already on the staff list").arg(s.name));
        const auto role = parseRole(field(row, c[1]));
        if (!role)
            problem(file, row, QStringLiteral("role"), ImportText::tr("'%1' is not a role such as pedagogue or pedagogisch-medewerker").arg(field(row, c[1])));
        bool ok = true;
        const double hours = field(row, c[3]).isEmpty() ? 0 : QString(field(row, c[3])).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || hours < 0 || hours > 60)
            problem(file, row, QStringLiteral("contract_hours"), ImportText::tr("'%1' is not a number of hours a week").arg(field(row, c[3])));
        const QString counts = field(row, c[4]).toLower();
        if (!counts.isEmpty() && counts != QLatin1String("yes") && counts != QLatin1String("no") && counts != QLatin1String("ja")
            && counts != QLatin1String("nee"))
            problem(file, row, QStringLiteral("counts_for_ratio"), ImportText::tr("'%1' is not yes, no or empty").arg(field(row, c[4])));
        if (int(m_report.problems.size()) != before)
            continue;
        s.role = *role;
        s.contractMinutesPerWeek = int(hours * 60 + 0.5);
        if (!counts.isEmpty())
            s.countsForRatio = counts == QLatin1String("yes") || counts == QLatin1String("ja");
        const QString employer = field(row, c[2]);
        if (!employer.isEmpty() && employer.toLower() != QLatin1String("own") && employer.toLower() != QLatin1String("eigen")) {
            Id providerId = m_providersByName.value(employer.toLower());
            if (providerId == NoId) {
                YouthCareProvider provider;
                provider.name = employer;
                providerId = ProviderRepository(m_db).insert(provider);
                m_providersByName.insert(employer.toLower(), providerId);
            }
            s.employerProviderId = providerId;
        }
        const QStringList qualifications = field(row, c[5]).toLower().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        s.qualifiedPreschool = qualifications.contains(QStringLiteral("ve"));
        s.qualifiedCoach = qualifications.contains(QStringLiteral("coach"));
        s.id = StaffRepository(m_db).insert(s);
        m_staffByName.insert(s.name.toLower(), s);
        ++m_report.staff;
    }
}

void ImportContext::shifts(const QString &file, const CsvTable &table)
{
    QList<int> c;
    if (!mapColumns(file, table, {{QStringLiteral("staff"), QStringLiteral("medewerker")}, {QStringLiteral("date"), QStringLiteral("datum")},
                                  {QStringLiteral("start"), QStringLiteral("begin")}, {QStringLiteral("end"), QStringLiteral("eind")},
                                  {QStringLiteral("group"), QStringLiteral("groep")}, {QStringLiteral("break"), QStringLiteral("pauze")},
                                  {QStringLiteral("role"), QStringLiteral("functie")}, {QStringLiteral("hours"), QStringLiteral("uren")}},
                    4, &c))
        return;
    const ShiftRepository repository(m_db);
    for (const CsvRecord &row : table.records) {
        rowDone();
        const int before = int(m_report.problems.size());
        const auto person = m_staffByName.constFind(field(row, c[0]).toLower());
        if (person == m_staffByName.constEnd())
            problem(file, row, QStringLiteral("staff"), ImportText::tr("unknown staff member %1").arg(field(row, c[0])));
        const auto date = parseDate(field(row, c[1]));
        if (!date)
            problem(file, row, QStringLiteral("date"), ImportText::tr("'%1' is not a date").arg(field(row, c[1])));
        const auto from = parseMinutes(field(row, c[2]));
        const auto to = parseMinutes(field(row, c[3]));
        if (!from)
            problem(file, row, QStringLiteral("start"), ImportText::tr("'%1' is not a time (HH:MM)").arg(field(row, c[2])));
        if (!to || (from && *to <= *from))
            problem(file, row, QStringLiteral("end"), ImportText::tr("'%1' is not an end after the start").arg(field(row, c[3])));
        Id groupId = NoId;
        if (!field(row, c[4]).isEmpty()) {
            const auto group = m_groupsByName.constFind(field(row, c[4]).toLower());
            if (group == m_groupsByName.constEnd())
                problem(file, row, QStringLiteral("group"), ImportText::tr("unknown group %1").arg(field(row, c[4])));
            else
                groupId = group->id;
        }
        std::optional<TimeRange> pause;
        if (!field(row, c[5]).isEmpty() && !(pause = parseRange(field(row, c[5]))))
            problem(file, row, QStringLiteral("break"), ImportText::tr("'%1' is not a break such as 12:30-13:00").arg(field(row, c[5])));
        if (int(m_report.problems.size()) != before)
            continue;
        Shift shift;
        shift.staffId = person->id;
        shift.groupId = groupId;
        shift.date = *date;
        shift.hours = TimeRange{*from, *to};
        if (pause)
            shift.breaks.append(*pause);
        if (const QString reason = validateShift(shift); !reason.isEmpty()) {
            problem(file, row, QStringLiteral("break"), reason);
            continue;
        }
        repository.insert(shift);
        ++m_report.shifts;
    }
}

} // namespace samenplan::io
