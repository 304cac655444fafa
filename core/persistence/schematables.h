#pragma once
// The tables of a Samenplan database in an order where every table comes after the tables it refers
// to: the order a whole-database copy writes them in. The audit log comes first: on a server, the
// triggers that attribute every change (servertriggers.cpp) add rows to it while the other tables are
// copied, numbered after the copied history. A test checks the list against the schema, so a table
// added by a later migration cannot be left out.

#include <QStringList>

namespace samenplan {

inline const QStringList &samenplanTables()
{
    static const QStringList tables{
        QStringLiteral("audit_log"),
        QStringLiteral("organisation"),       QStringLiteral("locations"),
        QStringLiteral("opening_hours"),      QStringLiteral("care_groups"),
        QStringLiteral("children"),           QStringLiteral("youth_care_providers"),
        QStringLiteral("staff"),              QStringLiteral("placements"),
        QStringLiteral("placement_days"),     QStringLiteral("referrals"),
        QStringLiteral("waiting_list"),       QStringLiteral("fixed_faces"),
        QStringLiteral("shifts"),             QStringLiteral("shift_breaks"),
        QStringLiteral("absences"),           QStringLiteral("child_absences"),
        QStringLiteral("external_coaches"),   QStringLiteral("coaching_sessions"),
        QStringLiteral("coaching_coachees"),  QStringLiteral("week_templates"),
        QStringLiteral("template_shifts"),    QStringLiteral("school_holidays"),
        QStringLiteral("closing_days"),       QStringLiteral("child_attendance"),
        QStringLiteral("staff_attendance"),   QStringLiteral("attendance_days"),
        QStringLiteral("attendance_log"),     QStringLiteral("settings"),
        QStringLiteral("database_identity"),  QStringLiteral("scenarios"),
        QStringLiteral("scenario_changes"),
    };
    return tables;
}

// Tables a migration fills (the school holidays shipped with Samenplan, the database's identity): a
// new database is "empty" with them, and a copy replaces them with the source's own, so that an
// organisation moved to a server keeps its calendar UIDs.
inline const QStringList &seededTables()
{
    static const QStringList tables{QStringLiteral("school_holidays"), QStringLiteral("database_identity")};
    return tables;
}

} // namespace samenplan
