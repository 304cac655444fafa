#pragma once

#include "domain/weektemplate.h"

#include <QList>

#include <optional>

namespace samenplan {

class Database;

// Week templates with their shifts.
class TemplateRepository {
public:
    explicit TemplateRepository(const Database &db) : m_db(db) {}
    QList<roster::WeekTemplate> all() const; // by name
    std::optional<roster::WeekTemplate> find(Id id) const;
    Id insert(const roster::WeekTemplate &weekTemplate) const;
    void update(const roster::WeekTemplate &weekTemplate) const; // replaces the shifts
    void remove(Id id) const;

private:
    void writeShifts(Id templateId, const QList<roster::TemplateShift> &shifts) const;
    const Database &m_db;
};

} // namespace samenplan
