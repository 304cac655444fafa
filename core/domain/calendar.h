#pragma once
// The calendar a location lives by: school holidays per region (shipped, editable, importable) and
// the location's own closing days. Public holidays are computed (calendar/publicholidays.h).

#include "domain/types.h"

#include <QDate>
#include <QString>

namespace samenplan {

// One school holiday of a region, both days included (the government writes Saturday to Sunday).
struct SchoolHoliday {
    Id id = NoId;
    HolidayRegion region = HolidayRegion::Midden;
    QString schoolYear; // "2026-2027"
    QString name;       // "Herfstvakantie", or a school-free day's name
    QDate from;
    QDate to;
    bool confirmed = true; // false: expected dates not yet checked against the government's list
    QString source;

    bool contains(const QDate &date) const { return date >= from && date <= to; }
};

// A day a location is closed (a team day, a bridge day), with why.
struct ClosingDay {
    Id id = NoId;
    Id locationId = NoId;
    QDate date;
    QString reason;
};

// "2026-2027" for dates from 1 August 2026 to 31 July 2027.
QString schoolYearOf(const QDate &date);
// Whether text is a school year such as "2026-2027" (second year the first plus one).
bool isSchoolYear(const QString &text);

} // namespace samenplan
