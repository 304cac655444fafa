#include "search/recordsearch.h"

#include "coaching/coachingkindname.h"
#include "persistence/childrepository.h"
#include "persistence/coachingrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "persistence/staffrepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace samenplan::search {
namespace {

class SearchText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::search::SearchText)
};

// 2: every typed word starts a word of the text; 1: every typed word occurs in it; 0: no match.
int matchQuality(const QStringList &typed, const QString &folded)
{
    if (typed.isEmpty())
        return 0;
    int quality = 2;
    for (const QString &word : typed) {
        const qsizetype at = folded.indexOf(word);
        if (at < 0)
            return 0;
        bool startsWord = false;
        for (qsizetype from = at; from >= 0; from = folded.indexOf(word, from + 1)) {
            if (from == 0 || !folded.at(from - 1).isLetterOrNumber()) {
                startsWord = true;
                break;
            }
        }
        if (!startsWord)
            quality = 1;
    }
    return quality;
}

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("d-M-yyyy"));
}

struct Ranked {
    Hit hit;
    int quality = 0;
};

} // namespace

QString foldedText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toCaseFolded());
    }
    return result;
}

QList<Hit> findRecords(const Database &db, const QString &text, int limit)
{
    const QStringList typed = foldedText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (typed.isEmpty() || limit <= 0)
        return {};
    QList<Ranked> found;
    auto consider = [&](Hit hit, const QString &searchable) {
        if (const int quality = matchQuality(typed, foldedText(searchable)))
            found.append({std::move(hit), quality});
    };

    QHash<Id, QString> locationNames;
    for (const Location &l : LocationRepository(db).all())
        locationNames.insert(l.id, l.name);
    QHash<Id, Group> groups;
    for (const Group &g : GroupRepository(db).all()) {
        groups.insert(g.id, g);
        consider({Hit::Kind::Group, g.id, g.name,
                  QStringList{careTypeName(g.careType), locationNames.value(g.locationId)}.join(QStringLiteral(" · ")),
                  {}},
                 g.name + QLatin1Char(' ') + g.room);
    }

    const QDate today = QDate::currentDate();
    QHash<Id, Id> groupToday; // child -> the group of today's (or the next) placement
    for (const Placement &p : PlacementRepository(db).all()) {
        if (p.end.isValid() && p.end < today)
            continue;
        const auto it = groupToday.constFind(p.childId);
        if (it == groupToday.cend() || p.activeOn(today))
            groupToday.insert(p.childId, p.groupId);
    }
    for (const Child &c : ChildRepository(db).all()) {
        QStringList detail{SearchText::tr("born %1").arg(shortDate(c.birthDate))};
        if (const Id group = groupToday.value(c.id, NoId); group != NoId)
            detail << groups.value(group).name;
        consider({Hit::Kind::Child, c.id, c.displayName(), detail.join(QStringLiteral(" · ")), {}}, c.displayName());
    }

    for (const Staff &s : StaffRepository(db).all()) {
        QStringList detail{staffRoleName(s.role)};
        if (s.locationId != NoId)
            detail << locationNames.value(s.locationId);
        consider({Hit::Kind::Staff, s.id, s.name, detail.join(QStringLiteral(" · ")), {}}, s.name);
    }

    const CoachingRepository coaching(db);
    QHash<Id, QString> coachNames;
    for (const Staff &s : StaffRepository(db).all())
        coachNames.insert(s.id, s.name);
    QHash<Id, QString> externalNames;
    for (const ExternalCoach &c : coaching.externalCoaches())
        externalNames.insert(c.id, c.name);
    const QLocale locale;
    for (const CoachingSession &s : coaching.sessionsBetween(QDate(1900, 1, 1), QDate(9999, 12, 31))) {
        const QString group = groups.value(s.groupId).name;
        const QString coach = s.coachStaffId != NoId ? coachNames.value(s.coachStaffId) : externalNames.value(s.externalCoachId);
        QString title = coaching::coachingKindName(s.kind);
        if (!group.isEmpty())
            title += QStringLiteral(" – ") + group;
        const QString detail = QStringLiteral("%1 %2 %3 · %4")
                                   .arg(locale.dayName(s.date.dayOfWeek(), QLocale::ShortFormat), shortDate(s.date),
                                        formatRange(s.hours), coach);
        consider({Hit::Kind::Session, s.id, title, detail, s.date},
                 QStringList{title, coach, s.goal, s.date.toString(Qt::ISODate), shortDate(s.date)}.join(QLatin1Char(' ')));
    }

    std::stable_sort(found.begin(), found.end(), [](const Ranked &a, const Ranked &b) {
        if (a.quality != b.quality)
            return a.quality > b.quality;
        if (a.hit.kind != b.hit.kind)
            return a.hit.kind < b.hit.kind;
        if (a.hit.kind == Hit::Kind::Session && a.hit.date != b.hit.date)
            return a.hit.date < b.hit.date;
        return QString::localeAwareCompare(a.hit.title, b.hit.title) < 0;
    });
    QList<Hit> result;
    for (const Ranked &r : std::as_const(found)) {
        if (result.size() >= limit)
            break;
        result.append(r.hit);
    }
    return result;
}

} // namespace samenplan::search
