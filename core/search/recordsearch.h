#pragma once
// Find anything: children, staff, groups and coaching sessions whose words start with what was
// typed, accents and case ignored ("zoe" finds Zoë). Shows names, groups and dates only: never a
// child's youth-care status or referral.

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace samenplan {

class Database;

namespace search {

struct Hit {
    enum class Kind { Child, Staff, Group, Session };
    Kind kind = Kind::Child;
    Id id = NoId;
    QString title;  // "Zoë Lammers", "Rupsjes", "Coaching on the job – Rupsjes"
    QString detail; // "born 3-2-2024", "Pedagogue · De Zonnestraal", "Monday 23-11-2026 10:00–11:00"
    QDate date;     // a session's date (the week to show it in)
};

// Up to `limit` hits for the text, best first: a whole-word or name-start match before a match
// inside a word, then children, staff, groups, sessions, then by title. Empty text finds nothing.
QList<Hit> findRecords(const Database &db, const QString &text, int limit = 50);

// Lower case without accents, for matching.
QString foldedText(const QString &text);

} // namespace search
} // namespace samenplan
