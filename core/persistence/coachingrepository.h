#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samenplan {

class Database;

// Coaching sessions with their coachees, and the external coaches who are not rostered staff.
class CoachingRepository {
public:
    explicit CoachingRepository(const Database &db) : m_db(db) {}
    QList<CoachingSession> sessionsBetween(const QDate &from, const QDate &to) const; // by date, start
    std::optional<CoachingSession> find(Id id) const;
    Id insert(const CoachingSession &session) const;
    void update(const CoachingSession &session) const; // replaces the coachees
    void remove(Id id) const;
    // Each session's sequence number: how often it changed since it was made (calendars' SEQUENCE).
    QHash<Id, int> sequences() const;

    Id nextSeriesId() const;

    QList<ExternalCoach> externalCoaches() const; // by name
    Id insert(const ExternalCoach &coach) const;
    void update(const ExternalCoach &coach) const;
    void removeExternalCoach(Id id) const;

private:
    QList<CoachingSession> select(const QString &where, const QVariantList &values) const;
    void writeCoachees(Id sessionId, const QList<Id> &coachees) const;
    const Database &m_db;
};

// External coaches through the generic record commands (insert, update, remove).
class ExternalCoachRepository {
public:
    explicit ExternalCoachRepository(const Database &db) : m_coaching(db) {}
    Id insert(const ExternalCoach &coach) const { return m_coaching.insert(coach); }
    void update(const ExternalCoach &coach) const { m_coaching.update(coach); }
    void remove(Id id) const { m_coaching.removeExternalCoach(id); }

private:
    CoachingRepository m_coaching;
};

} // namespace samenplan
