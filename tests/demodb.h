#pragma once

#include "catch.h"
#include "tempdir.h"

#include "demo/demodata.h"
#include "persistence/database.h"

// A demo database around Monday 23 November 2026 (ISO week 48) in a temporary folder.
inline const QDate DemoMonday(2026, 11, 23);

inline QString makeDemoDatabase(const TempDir &tmp, const QString &name = QStringLiteral("demo.samenplan"))
{
    const QString path = tmp.file(name);
    auto created = samenplan::Database::open(path, samenplan::Database::Mode::CreateNew);
    REQUIRE(created.database);
    samenplan::demo::populate(*created.database, DemoMonday);
    return path;
}
