// Property test (issue 11 item 5): for random location weeks, what the ratio items of
// `samenplan-cli check --json` say per quarter hour (present, required, severity) equals an
// independent count from the records: children's hours, shifts, breaks and absences.

#include "catch.h"
#include "clirunner.h"
#include "ratiooracle.h"

#include "persistence/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace samenplan;

namespace {

struct Item {
    QString rule;
    QString severity;
    TimeRange time;
    int required = -1;
    int present = -1;
    bool withinAllowance = false;
};

// The unit a ratio item belongs to: a group, or all out-of-school groups of a location.
struct Unit {
    QString key;
    QList<Id> groupIds;
    CareType care;
    Id locationId;
};

QList<Unit> unitsOf(const RandomWeek &w)
{
    QList<Unit> units;
    for (const Group &group : w.groups) {
        if (group.careType != CareType::OutOfSchool) {
            units.append({group.name, {group.id}, group.careType, group.locationId});
            continue;
        }
        const QString key = QStringLiteral("pool %1").arg(group.locationId);
        auto it = std::find_if(units.begin(), units.end(), [&](const Unit &u) { return u.key == key; });
        if (it == units.end())
            units.append({key, {group.id}, CareType::OutOfSchool, group.locationId});
        else
            it->groupIds.append(group.id);
    }
    return units;
}

QString unitKeyOf(const RandomWeek &w, const QString &groupName)
{
    for (const Group &group : w.groups) {
        if (group.name == groupName)
            return group.careType == CareType::OutOfSchool ? QStringLiteral("pool %1").arg(group.locationId) : group.name;
    }
    return {};
}

int minutesOf(const QString &text)
{
    return text.section(QLatin1Char(':'), 0, 0).toInt() * 60 + text.section(QLatin1Char(':'), 1, 1).toInt();
}

// The ratio items per unit and date, as the check command reports them.
QHash<QPair<QString, QDate>, QList<Item>> ratioItems(const RandomWeek &w, const QString &path)
{
    const CliRun run = runCliWith({QStringLiteral("check"), path, QStringLiteral("--week"), w.week.toString(),
                                   QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    QHash<QPair<QString, QDate>, QList<Item>> items;
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("violations")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        const QString rule = o.value(QStringLiteral("rule")).toString();
        if (rule != QStringLiteral("ratio") && rule != QStringLiteral("ratio-below-half")
            && rule != QStringLiteral("ratio-deviation-budget"))
            continue;
        Item item{rule, o.value(QStringLiteral("severity")).toString(), {}, o.value(QStringLiteral("required")).toInt(-1),
                  o.value(QStringLiteral("present")).toInt(-1), o.value(QStringLiteral("within_allowance")).toBool()};
        if (o.contains(QStringLiteral("from")))
            item.time = TimeRange{minutesOf(o.value(QStringLiteral("from")).toString()), minutesOf(o.value(QStringLiteral("to")).toString())};
        const QDate date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        items[{unitKeyOf(w, o.value(QStringLiteral("group")).toString()), date}].append(item);
    }
    return items;
}

QString describe(const Item &item)
{
    return QStringLiteral("%1 %2 %3-%4 %5/%6").arg(item.rule, item.severity, formatMinutes(item.time.from), formatMinutes(item.time.to))
        .arg(item.present).arg(item.required);
}

// Every quarter hour of one unit's day against the items reported for it.
void checkUnitDay(const QList<ExpectedSlot> &slots, int allowance, const QList<Item> &items)
{
    int minutesBelow = 0;
    for (const ExpectedSlot &slot : slots)
        minutesBelow += slot.below() ? slot.time.minutes() : 0;
    const bool exceeded = minutesBelow > allowance;
    auto covering = [&](const QString &rule, const ExpectedSlot &slot) {
        QList<Item> found;
        for (const Item &item : items) {
            if (item.rule == rule && item.time.from <= slot.time.from && slot.time.to <= item.time.to)
                found.append(item);
        }
        return found;
    };
    int coveredMinutes = 0;
    for (const ExpectedSlot &slot : slots) {
        INFO("quarter " << formatRange(slot.time).toStdString() << ": expected " << slot.present << " of " << slot.required
                        << (slot.allowed ? "" : " (not allowed)"));
        const QList<Item> ratio = covering(QStringLiteral("ratio"), slot);
        const QList<Item> half = covering(QStringLiteral("ratio-below-half"), slot);
        if (!slot.allowed) {
            REQUIRE(ratio.size() == 1);
            CHECK(ratio.first().required == -1);
            CHECK(ratio.first().severity == QStringLiteral("violation"));
        } else if (slot.below()) {
            REQUIRE(ratio.size() == 1);
            CHECK(ratio.first().present == slot.present);
            CHECK(ratio.first().required == slot.required);
            const bool covered = !exceeded && !slot.belowHalf();
            CHECK(ratio.first().withinAllowance == covered);
            CHECK(ratio.first().severity == (covered ? QStringLiteral("allowed") : QStringLiteral("violation")));
        } else {
            CHECK(ratio.isEmpty());
        }
        if (slot.belowHalf()) {
            REQUIRE(half.size() == 1);
            CHECK(half.first().present == slot.present);
            CHECK(half.first().required == slot.required);
            CHECK(half.first().severity == QStringLiteral("violation"));
        } else {
            CHECK(half.isEmpty());
        }
        coveredMinutes += int(ratio.size() + half.size()) * slot.time.minutes();
    }
    // Nothing reported outside the day's quarters, and a new item only where a number changes.
    int reportedMinutes = 0;
    for (const Item &item : items) {
        INFO(describe(item).toStdString());
        if (item.rule == QStringLiteral("ratio-deviation-budget"))
            continue;
        reportedMinutes += item.time.minutes();
        for (const Item &next : items) {
            if (next.rule == item.rule && next.time.from == item.time.to)
                CHECK_FALSE((next.required == item.required && next.present == item.present));
        }
    }
    CHECK(reportedMinutes == coveredMinutes);
    const auto budget = std::count_if(items.begin(), items.end(), [](const Item &i) { return i.rule == QStringLiteral("ratio-deviation-budget"); });
    CHECK(budget == (exceeded ? 1 : 0));
}

} // namespace

TEST_CASE("property: the ratio items' present and required match an independent count per quarter hour",
          "[roster][check][property]")
{
    constexpr quint32 Cases = 300;
    int checkedSlots = 0;
    int belowSlots = 0;
    int belowHalfSlots = 0;
    int notAllowedSlots = 0;
    const ScratchDatabases scratch;
    for (quint32 seed = 1; seed <= Cases; ++seed) {
        const QString path = scratch.fresh(QStringLiteral("random.samenplan"));
        REQUIRE_FALSE(path.isEmpty());
        RandomWeek w;
        {
            auto opened = Database::open(path, Database::Mode::OpenExisting);
            REQUIRE(opened.database);
            w = writeRandomWeek(seed, *opened.database);
        }
        const auto items = ratioItems(w, path);
        for (const Unit &unit : unitsOf(w)) {
            const Location *location = nullptr;
            for (const Location &l : w.locations)
                location = l.id == unit.locationId ? &l : location;
            for (int day = 1; day <= 7; ++day) {
                const QDate date = w.week.day(day);
                const auto opening = location->hoursOn(day);
                const QList<Item> reported = items.value({unit.key, date});
                INFO("seed " << seed << ", " << unit.key.toStdString() << ", " << date.toString(Qt::ISODate).toStdString());
                if (!opening || expectedClosed(date)) {
                    CHECK(reported.isEmpty());
                    continue;
                }
                const QList<ExpectedSlot> slots = expectedSlots(w, unit.groupIds, unit.care, date, *opening);
                checkUnitDay(slots, expectedAllowance(unit.care, *opening, date), reported);
                checkedSlots += int(slots.size());
                for (const ExpectedSlot &slot : slots) {
                    belowSlots += slot.below() ? 1 : 0;
                    belowHalfSlots += slot.belowHalf() ? 1 : 0;
                    notAllowedSlots += slot.allowed ? 0 : 1;
                }
            }
        }
    }
    // The generator must produce shortfalls as well as met quarters, or the property says little.
    INFO(checkedSlots << " quarters, " << belowSlots << " below the ratio, " << belowHalfSlots << " below half, "
                      << notAllowedSlots << " not allowed");
    CHECK(belowSlots > checkedSlots / 20);
    CHECK(belowSlots < checkedSlots / 2);
    CHECK(belowHalfSlots > 0);
    CHECK(belowSlots - belowHalfSlots > 0);
    CHECK(notAllowedSlots > 0);
}
