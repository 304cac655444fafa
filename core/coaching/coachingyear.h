#pragma once
// The coaching year of an organisation (rules.md section 8): the legal minimum of coach hours for
// the organisation and each location, the hours planned and held, per pedagogue, the pedagogues
// not yet coached this year, and the coaching on the job by each youth-care provider.
// Only sessions by a qualified pedagogical coach count toward the legal hours.

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace samenplan {

class Database;

namespace coaching {

struct Hours {
    int requiredMinutes = 0;
    int plannedMinutes = 0; // planned, not yet held
    int heldMinutes = 0;
};

struct LocationYear {
    Id id = NoId;
    QString name;
    QString lrkNumber;
    Hours hours;
};

struct PedagogueYear {
    Id id = NoId;
    QString name;
    int plannedMinutes = 0;
    int heldMinutes = 0;
};

struct ProviderYear {
    QString provider;
    int onTheJobMinutes = 0; // planned and held coaching on the job by the provider's professionals
};

struct CoachingYear {
    int year = 0;
    QString organisation;
    Hours hours;
    QString explanation; // how the organisation's minimum is made up
    QList<LocationYear> locations;
    QList<PedagogueYear> pedagogues;
    QStringList withoutCoaching; // no coaching held this year
    QList<ProviderYear> providers;
};

// Staff count at their contract hours as recorded now (Samenplan keeps no contract history yet).
CoachingYear coachingYear(const Database &db, int year);

} // namespace coaching
} // namespace samenplan
