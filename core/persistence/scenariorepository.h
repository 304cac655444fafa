#pragma once
// Storage of the named what-if scenarios (schema version 7, capacity/scenarioplan.h): a scenario and
// its changes in order, written and read as one. Plain storage: the rules are in
// changes/scenariochanges.h.

#include "capacity/scenarioplan.h"

namespace samenplan {

class Database;

class ScenarioRepository {
public:
    explicit ScenarioRepository(const Database &db) : m_db(db) {}
    // By name; with their changes.
    QList<capacity::Scenario> all() const;
    // The scenarios about the location and those about the whole organisation; with NoId, every one.
    QList<capacity::Scenario> ofLocation(Id locationId) const;
    std::optional<capacity::Scenario> byId(Id id) const;
    // The scenario of that name, whatever its case and the spaces around it (names are unique so).
    std::optional<capacity::Scenario> byName(const QString &name) const;
    // A new scenario, or with its id set one removed before, back under that id.
    Id insert(const capacity::Scenario &scenario) const;
    // The scenario's fields and its whole list of changes.
    void update(const capacity::Scenario &scenario) const;
    void remove(Id id) const;
    // Erasure: the places a scenario gives the child go (the rest of each scenario stays).
    void removeChangesOfChild(Id childId) const;

private:
    QList<capacity::Scenario> read(const QString &where, const QVariantList &values) const;
    void writeChanges(const capacity::Scenario &scenario) const;

    const Database &m_db;
};

} // namespace samenplan
