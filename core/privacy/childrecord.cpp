#include "privacy/childrecord.h"

#include "persistence/absencerepository.h"
#include "persistence/attendancerepository.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/referralrepository.h"
#include "persistence/staffrepository.h"
#include "persistence/scenariorepository.h"
#include "persistence/waitinglistrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextDocument>

namespace samenplan::privacy {
namespace {

class PrivacyText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::privacy::PrivacyText)
};

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject childRecord(const Database &db, Id childId)
{
    const auto child = ChildRepository(db).find(childId);
    if (!child)
        return {};
    QHash<Id, QString> groups, providers, staff;
    for (const Group &g : GroupRepository(db).all())
        groups.insert(g.id, g.name);
    for (const YouthCareProvider &p : ProviderRepository(db).all())
        providers.insert(p.id, p.name);
    for (const Staff &s : StaffRepository(db).all())
        staff.insert(s.id, s.name);
    QJsonArray placements;
    for (const Placement &p : PlacementRepository(db).ofChild(childId)) {
        QJsonArray days;
        for (const PlacementDay &d : p.days)
            days.append(QJsonObject{{QStringLiteral("weekday"), d.weekday}, {QStringLiteral("hours"), formatRange(d.hours)}});
        placements.append(QJsonObject{{QStringLiteral("group"), groups.value(p.groupId)}, {QStringLiteral("start"), isoDate(p.start)},
                                      {QStringLiteral("end"), isoDate(p.end)}, {QStringLiteral("kind"), placementKindCode(p.kind)},
                                      {QStringLiteral("seat_override_reason"), p.seatOverrideReason}, {QStringLiteral("days"), days}});
    }
    QJsonArray referrals;
    for (const Referral &r : ReferralRepository(db).ofChild(childId))
        referrals.append(QJsonObject{{QStringLiteral("provider"), providers.value(r.providerId)}, {QStringLiteral("reference"), r.reference},
                                     {QStringLiteral("start"), isoDate(r.start)}, {QStringLiteral("planned_end"), isoDate(r.plannedEnd)},
                                     {QStringLiteral("outreach_worker"), staff.value(r.outreachWorkerId)},
                                     {QStringLiteral("behavioural_scientist"), staff.value(r.behaviouralScientistId)},
                                     {QStringLiteral("follow_up_note"), r.followUpNote}});
    QJsonArray waiting;
    for (const WaitingListEntry &e : WaitingListRepository(db).all()) {
        if (e.childId == childId)
            waiting.append(QJsonObject{{QStringLiteral("wished_start"), isoDate(e.wishedStart)}, {QStringLiteral("preferred_group"), groups.value(e.preferredGroupId)},
                                       {QStringLiteral("priority"), e.priority}, {QStringLiteral("note"), e.note}});
    }
    QJsonArray faces;
    for (Id id : StaffRepository(db).fixedFacesOf(childId))
        faces.append(staff.value(id));
    QJsonArray absences;
    for (const ChildAbsence &a : AbsenceRepository(db).childAbsencesBetween(QDate(1900, 1, 1), QDate(2999, 12, 31))) {
        if (a.childId == childId)
            absences.append(QJsonObject{{QStringLiteral("date"), isoDate(a.date)}, {QStringLiteral("note"), a.note}});
    }
    // The day records: when the child was really there (kept for the inspector, see retention).
    QJsonArray attendance;
    for (const ChildAttendance &a : AttendanceRepository(db).childrenOf(childId))
        attendance.append(QJsonObject{{QStringLiteral("date"), isoDate(a.date)}, {QStringLiteral("group"), groups.value(a.groupId)},
                                      {QStringLiteral("arrived"), formatMinutes(a.arrived)},
                                      {QStringLiteral("left"), a.departed ? formatMinutes(*a.departed) : QString()}});
    QJsonArray coaching;
    for (const CoachingSession &s : CoachingRepository(db).sessionsBetween(QDate(1900, 1, 1), QDate(2999, 12, 31))) {
        if (s.focusChildId == childId)
            coaching.append(QJsonObject{{QStringLiteral("date"), isoDate(s.date)}, {QStringLiteral("goal"), s.goal},
                                        {QStringLiteral("group"), groups.value(s.groupId)}, {QStringLiteral("notes"), s.notes}});
    }
    // What-if scenarios that place the child or move its trajectory's end (not the plan, but held).
    QSet<Id> ownReferrals;
    for (const Referral &r : ReferralRepository(db).ofChild(childId))
        ownReferrals.insert(r.id);
    QJsonArray scenarios;
    for (const capacity::Scenario &s : ScenarioRepository(db).all()) {
        for (const capacity::ScenarioChange &c : s.changes) {
            if (c.kind == capacity::ScenarioChangeKind::Place && c.childId == childId)
                scenarios.append(QJsonObject{{QStringLiteral("scenario"), s.name}, {QStringLiteral("change"), capacity::scenarioChangeKindCode(c.kind)},
                                             {QStringLiteral("group"), c.newGroup >= 0 ? s.changes.value(c.newGroup).group.name : groups.value(c.groupId)},
                                             {QStringLiteral("start"), isoDate(c.date)}, {QStringLiteral("youth_care"), c.youthCare}});
            else if (c.kind == capacity::ScenarioChangeKind::TrajectoryEnd && ownReferrals.contains(c.referralId))
                scenarios.append(QJsonObject{{QStringLiteral("scenario"), s.name}, {QStringLiteral("change"), capacity::scenarioChangeKindCode(c.kind)},
                                             {QStringLiteral("planned_end"), isoDate(c.date)}});
        }
    }
    return {{QStringLiteral("child"), QJsonObject{{QStringLiteral("first_name"), child->firstName}, {QStringLiteral("last_name"), child->lastName},
                                                  {QStringLiteral("birth_date"), isoDate(child->birthDate)},
                                                  {QStringLiteral("parent"), child->parentName}, {QStringLiteral("phone"), child->parentPhone},
                                                  {QStringLiteral("email"), child->parentEmail}, {QStringLiteral("notes"), child->notes}}},
            {QStringLiteral("placements"), placements},
            {QStringLiteral("referrals"), referrals},
            {QStringLiteral("waiting_list"), waiting},
            {QStringLiteral("fixed_faces"), faces},
            {QStringLiteral("absences"), absences},
            {QStringLiteral("attendance"), attendance},
            {QStringLiteral("coaching_focus"), coaching},
            {QStringLiteral("scenarios"), scenarios},
            {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

void buildChildRecordDocument(QTextDocument &document, const QJsonObject &record)
{
    const QJsonObject child = record.value(QStringLiteral("child")).toObject();
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(PrivacyText::tr("Data held about %1 %2").arg(child.value(QStringLiteral("first_name")).toString().toHtmlEscaped(),
                                                                  child.value(QStringLiteral("last_name")).toString().toHtmlEscaped()),
                     PrivacyText::tr("Exported %1").arg(record.value(QStringLiteral("exported_at")).toString()));
    // Each part as a small table of its fields, in the order they are stored.
    auto section = [&html](const QString &title, const QJsonArray &items) {
        html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        if (items.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(PrivacyText::tr("None."));
            return;
        }
        for (const QJsonValue &item : items) {
            if (!item.isObject()) {
                html += QStringLiteral("<p>%1</p>").arg(item.toString().toHtmlEscaped());
                continue;
            }
            html += QStringLiteral("<table cellpadding=\"2\">");
            const QJsonObject object = item.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString value = it.value().isArray() ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
                                                           : it.value().toVariant().toString();
                html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(it.key().toHtmlEscaped(), value.toHtmlEscaped());
            }
            html += QStringLiteral("</table><br>");
        }
    };
    section(PrivacyText::tr("Child"), QJsonArray{child});
    section(PrivacyText::tr("Placements"), record.value(QStringLiteral("placements")).toArray());
    section(PrivacyText::tr("Referrals (youth care)"), record.value(QStringLiteral("referrals")).toArray());
    section(PrivacyText::tr("Waiting list"), record.value(QStringLiteral("waiting_list")).toArray());
    section(PrivacyText::tr("Fixed faces"), record.value(QStringLiteral("fixed_faces")).toArray());
    section(PrivacyText::tr("Absences"), record.value(QStringLiteral("absences")).toArray());
    section(PrivacyText::tr("Attendance (day records)"), record.value(QStringLiteral("attendance")).toArray());
    section(PrivacyText::tr("Coaching sessions about the child"), record.value(QStringLiteral("coaching_focus")).toArray());
    section(PrivacyText::tr("What-if scenarios (not the plan)"), record.value(QStringLiteral("scenarios")).toArray());
    document.setHtml(html + QStringLiteral("</body></html>"));
}

} // namespace samenplan::privacy
