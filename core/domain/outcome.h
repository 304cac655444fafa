#pragma once
// What the rules say about a change: the reasons it is refused, and what still deserves attention
// when it is allowed. Every finding names the field of the change it is about, so the GUI can point
// at the widget and the import at the CSV column.

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <stdexcept>

namespace samenplan {

struct Finding {
    QString rule;    // stable code, e.g. "youth-care-seats" (JSON output; never translated)
    QString field;   // the field of the change it is about, e.g. "days", "start", "group", "name"
    QString message; // one readable sentence in the interface language
    QDate date;      // the first date it concerns, when it is about a date
    Id childId = NoId;
};

struct Outcome {
    QList<Finding> refusals; // any refusal: the change is not written
    QList<Finding> warnings; // written, but worth telling the user

    bool allowed() const { return refusals.isEmpty(); }
    // The first refusal's message, or empty.
    QString reason() const { return refusals.isEmpty() ? QString() : refusals.first().message; }

    void refuse(const QString &rule, const QString &field, const QString &message, const QDate &date = {})
    {
        refusals.append({rule, field, message, date, NoId});
    }
    void warn(const QString &rule, const QString &field, const QString &message, const QDate &date = {}, Id childId = NoId)
    {
        warnings.append({rule, field, message, date, childId});
    }
    void add(const Outcome &other)
    {
        refusals += other.refusals;
        warnings += other.warnings;
    }
};

// Thrown by the change layer when a rule refuses a change. It is thrown inside the transaction that
// would write it, so the caller's rollback leaves the database as it was.
class ChangeRefused : public std::runtime_error {
public:
    explicit ChangeRefused(Outcome outcome)
        : std::runtime_error(outcome.reason().toStdString()), m_outcome(std::move(outcome)) {}
    const Outcome &outcome() const { return m_outcome; }
    QString message() const { return m_outcome.reason(); }

private:
    Outcome m_outcome;
};

// Stable rule codes of refusals and warnings at the door (JSON output; never translated).
namespace doorrule {
inline const QString Record = QStringLiteral("record");           // a field of the record itself
inline const QString TextLength = QStringLiteral("text-length");
inline const QString NotFound = QStringLiteral("not-found");
inline const QString Dates = QStringLiteral("dates");
inline const QString OpeningHours = QStringLiteral("opening-hours");
inline const QString AgeRange = QStringLiteral("age-range");
inline const QString Referral = QStringLiteral("referral");
inline const QString YouthCareSeats = QStringLiteral("youth-care-seats");
inline const QString RegularPlaces = QStringLiteral("regular-places");
inline const QString GroupSize = QStringLiteral("group-size");
inline const QString SeatOverride = QStringLiteral("seat-override");
inline const QString SecondGroup = QStringLiteral("second-group");
inline const QString InUse = QStringLiteral("in-use");
inline const QString Duplicate = QStringLiteral("duplicate");
inline const QString Archived = QStringLiteral("archived");
inline const QString Expected = QStringLiteral("expected");
inline const QString Stale = QStringLiteral("stale"); // another planner changed the record meanwhile
} // namespace doorrule

} // namespace samenplan
