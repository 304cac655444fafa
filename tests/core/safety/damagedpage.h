#pragma once
// A file damaged after it was opened and checked: a demo organisation with many children, and one
// of the pages of their table, half-way through it, overwritten with bytes that are no page.

#include "catch.h"
#include "demodb.h"

#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/grouprepository.h"
#include "persistence/placementrepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <utility>

inline constexpr int ChildCount = 2000;

// The demo organisation with ChildCount more children, so that their table spans many pages, each
// placed on Wednesdays in the demo's first group (what reads a day's children reads their pages).
inline QString fileWithManyChildren(const TempDir &tmp)
{
    const QString path = makeDemoDatabase(tmp, QStringLiteral("many.samenplan"));
    auto opened = samenplan::Database::open(path, samenplan::Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    samenplan::Transaction transaction(*opened.database);
    const samenplan::ChildRepository children(*opened.database);
    const samenplan::Id group = samenplan::GroupRepository(*opened.database).all().first().id;
    for (int i = 0; i < ChildCount; ++i) {
        samenplan::Child child;
        child.firstName = QStringLiteral("Kind %1").arg(i);
        child.lastName = QStringLiteral("Achternaam");
        child.birthDate = QDate(2024, 1, 1).addDays(i % 700);
        child.notes = QString(80, QLatin1Char('x'));
        samenplan::Placement placement;
        placement.childId = children.insert(child);
        placement.groupId = group;
        placement.start = QDate(2026, 1, 5);
        placement.days = {{3, samenplan::TimeRange{480, 720}}};
        samenplan::PlacementRepository(*opened.database).insert(placement);
    }
    transaction.commit();
    return path;
}

// A leaf page of the table half-way through it, and the file's page size.
inline std::pair<qint64, qint64> middlePage(const QString &path, const QString &table)
{
    qint64 page = 0, pageSize = 0;
    const QString name = QStringLiteral("find-page");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' "
                                          "ORDER BY pageno").arg(table)));
        QList<qint64> pages;
        while (query.next())
            pages.append(query.value(0).toLongLong());
        REQUIRE(pages.size() > 4);
        page = pages.at(pages.size() / 2);
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return {page, pageSize};
}

// Overwrites a leaf page of the table half-way through it with bytes that are no page.
inline void damagePage(const QString &path, const QString &table)
{
    const auto [page, pageSize] = middlePage(path, table);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    REQUIRE(file.write(QByteArray(int(pageSize), '\x5a')) == pageSize);
}

inline void damageChildrenPage(const QString &path)
{
    damagePage(path, QStringLiteral("children"));
}
