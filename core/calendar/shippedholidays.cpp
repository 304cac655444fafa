#include "calendar/shippedholidays.h"

#include "io/csvtable.h"
#include "util/clock.h"

#include <QFile>

#include <stdexcept>

namespace samenplan::calendar {

QList<SchoolHoliday> shippedSchoolHolidays()
{
    QFile file(QStringLiteral(":/calendar/schoolvakanties.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the shipped school holidays are missing from this build");
    io::CsvError error;
    const auto table = io::parseCsv(file.readAll(), &error);
    if (!table)
        throw std::runtime_error(error.text().toStdString());
    const int region = table->column({QStringLiteral("region")});
    const int year = table->column({QStringLiteral("school_year")});
    const int name = table->column({QStringLiteral("name")});
    const int from = table->column({QStringLiteral("from")});
    const int to = table->column({QStringLiteral("to")});
    const int confirmed = table->column({QStringLiteral("confirmed")});
    const int source = table->column({QStringLiteral("source")});
    QList<SchoolHoliday> result;
    for (const io::CsvRecord &row : table->records) {
        const auto value = [&row](int column) { return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString(); };
        SchoolHoliday holiday;
        const auto parsedRegion = holidayRegionFromCode(value(region));
        const auto first = parseIsoDate(value(from));
        const auto last = parseIsoDate(value(to));
        if (!parsedRegion || !first || !last || *last < *first || !isSchoolYear(value(year)))
            throw std::runtime_error(QStringLiteral("schoolvakanties.csv line %1 is not a school holiday").arg(row.line).toStdString());
        holiday.region = *parsedRegion;
        holiday.schoolYear = value(year);
        holiday.name = value(name);
        holiday.from = *first;
        holiday.to = *last;
        holiday.confirmed = value(confirmed) == QLatin1String("yes");
        holiday.source = value(source);
        result.append(holiday);
    }
    return result;
}

} // namespace samenplan::calendar
