#pragma once
// Coaching sessions as an iCalendar file (RFC 5545) for the coaches' own agendas, through libical:
// times in Europe/Amsterdam with the time zone included; no focus-child names unless asked.

#include "domain/types.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace samenplan {

class Database;

namespace coaching {

struct IcsOptions {
    QDate from;
    QDate to;
    QString coachName; // empty: every coach; else one staff coach or external coach by name
    bool includeFocusChild = false;
};

// The calendar text; sets *error (and returns empty) when a named coach does not exist.
QByteArray coachingCalendar(const Database &db, const IcsOptions &options, QString *error);
// Writes it through QSaveFile; returns an error sentence or empty.
QString writeCoachingIcs(const QString &path, const Database &db, const IcsOptions &options);

} // namespace coaching
} // namespace samenplan
