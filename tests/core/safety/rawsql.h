#pragma once
// Changes a database file behind Samenplan's back, as another program (or a damaged disk) would:
// through a plain SQLite connection, with the CHECK rules switched off when asked.

#include "catch.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

inline void runRawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec(sql));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Everything in a folder, hidden files included, to see what an action left beside a file.
inline QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// The index on placements(child_id) made to claim it is on group_id: every page stays sound (so
// quick_check and reading find nothing), but every entry of the index is wrong; integrity_check
// finds it.
inline void damageIndex(const QString &path)
{
    runRawSql(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                     QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX placements_child ON placements(group_id)' "
                                    "WHERE name = 'placements_child'")});
}
