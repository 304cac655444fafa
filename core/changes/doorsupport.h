#pragma once
// Small helpers the change layer's files share (internal to core/changes/).

#include "domain/entities.h"
#include "domain/outcome.h"

#include <QCoreApplication>

#include <optional>

namespace samenplan {
class Database;
}

namespace samenplan::changes {

class DoorText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::changes::DoorText)
};

// Refuses at once with one finding.
[[noreturn]] inline void refuse(const QString &rule, const QString &field, const QString &message)
{
    Outcome outcome;
    outcome.refuse(rule, field, message);
    throw ChangeRefused(outcome);
}

// Refuses a change made on a record another planner has changed (or removed) since it was read.
[[noreturn]] inline void refuseStale(const QString &field)
{
    refuse(doorrule::Stale, field,
           DoorText::tr("Another planner changed this meanwhile, so your change was not saved. The view now shows "
                        "the current state; make your change again if it is still needed."));
}

// The stored record, or a refusal that it no longer exists.
template <typename Record>
Record stored(const std::optional<Record> &record, const QString &field)
{
    if (!record)
        refuse(doorrule::NotFound, field, DoorText::tr("The record no longer exists; another change removed it."));
    return *record;
}

// Refuses a new birth date or new referrals of a child (not yet written) that make one of its
// placements take its place longer than its group has room for (longerplaces.cpp).
void checkLongerPlaces(const Database &db, Id childId, const QDate &birthDate, const QList<Referral> &referrals,
                       const QString &field);

} // namespace samenplan::changes
