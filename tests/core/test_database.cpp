#include "catch.h"
#include "tempdir.h"

#include "persistence/database.h"
#include "persistence/dberror.h"
#include "persistence/migrations.h"

#include <QFile>
#include <QSqlQuery>

using namespace samenplan;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString createDatabase(const TempDir &tmp, const QString &name = QStringLiteral("org.samenplan"))
{
    const QString path = tmp.file(name);
    auto result = Database::open(path, Database::Mode::CreateNew);
    REQUIRE(result.database);
    return path;
}

} // namespace

TEST_CASE("a new database has the current schema, foreign keys and WAL", "[database]")
{
    TempDir tmp;
    auto result = Database::open(tmp.file(QStringLiteral("new.samenplan")), Database::Mode::CreateNew);
    REQUIRE(result.database);
    const Database &db = *result.database;
    CHECK(db.schemaVersion() == currentSchemaVersion());
    QSqlQuery fk = db.exec(QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(fk.next());
    CHECK(fk.value(0).toInt() == 1);
    QSqlQuery wal = db.exec(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(wal.next());
    CHECK(wal.value(0).toString() == QStringLiteral("wal"));
    QSqlQuery app = db.exec(QStringLiteral("PRAGMA application_id"));
    REQUIRE(app.next());
    CHECK(app.value(0).toInt() == Database::ApplicationId);
    // Foreign keys are enforced.
    CHECK_THROWS_AS(db.exec(QStringLiteral("INSERT INTO care_groups (location_id, name, care_type, "
                                           "min_age_months, max_age_months, max_children) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            {42, QStringLiteral("Ghost"), QStringLiteral("dagopvang"), 0, 48, 16}),
                    DbError);
}

TEST_CASE("a created database reopens, creating over an existing file is refused", "[database]")
{
    TempDir tmp;
    const QString path = createDatabase(tmp);
    const QByteArray before = fileHash(path);
    auto again = Database::open(path, Database::Mode::CreateNew);
    CHECK_FALSE(again.database);
    CHECK(again.error.contains(QStringLiteral("already exists")));
    CHECK(fileHash(path) == before);
    auto reopened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(reopened.database);
    CHECK(reopened.database->schemaVersion() == currentSchemaVersion());
}

TEST_CASE("files that are not usable Samenplan databases are refused and left unchanged", "[database]")
{
    TempDir tmp;
    SECTION("missing file")
    {
        auto result = Database::open(tmp.file(QStringLiteral("nope.samenplan")), Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("does not exist")));
    }
    SECTION("a folder")
    {
        auto result = Database::open(tmp.dir.path(), Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("folder")));
    }
    SECTION("a text file")
    {
        const QString path = tmp.file(QStringLiteral("notes.txt"));
        writeFile(path, "Groep Vlinders: 12 kinderen\n");
        const QByteArray before = fileHash(path);
        auto result = Database::open(path, Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("not a Samenplan database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("an empty file")
    {
        const QString path = tmp.file(QStringLiteral("empty.samenplan"));
        writeFile(path, QByteArray());
        auto result = Database::open(path, Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(QFile(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = tmp.file(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto result = Database::open(path, Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("not a Samenplan database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a database of a newer Samenplan")
    {
        const QString path = createDatabase(tmp);
        {
            auto db = Database::open(path, Database::Mode::OpenExisting);
            REQUIRE(db.database);
            db.database->exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1));
        }
        const QByteArray before = fileHash(path);
        auto result = Database::open(path, Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("newer Samenplan")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a corrupt database")
    {
        const QString path = createDatabase(tmp);
        {
            // Fill it so that it has pages past the first, then checkpoint the WAL into the file.
            auto db = Database::open(path, Database::Mode::OpenExisting);
            REQUIRE(db.database);
            for (int i = 0; i < 200; ++i)
                db.database->exec(QStringLiteral("INSERT INTO children (first_name, last_name, birth_date) "
                                                 "VALUES (?, ?, ?)"),
                                  {QStringLiteral("Kind %1").arg(i), QStringLiteral("Achternaam"),
                                   QStringLiteral("2024-01-01")});
            db.database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        file.seek(4096);
        file.write(QByteArray(int(size - 4096), '\x5a'));
        file.close();
        const QByteArray before = fileHash(path);
        auto result = Database::open(path, Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a read-only file")
    {
        const QString path = createDatabase(tmp);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        const QByteArray before = fileHash(path);
        auto result = Database::open(path, Database::Mode::OpenExisting);
        CHECK_FALSE(result.database);
        CHECK(result.error.contains(QStringLiteral("read-only")));
        CHECK(fileHash(path) == before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

TEST_CASE("a file open in another running Samenplan is refused", "[database]")
{
    TempDir tmp;
    const QString path = createDatabase(tmp);
    const QByteArray before = fileHash(path);
    // The lock file names the holder's process; a second open is refused while it lives.
    auto first = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(first.database);
    auto second = Database::open(path, Database::Mode::OpenExisting);
    CHECK_FALSE(second.database);
    CHECK(second.error.contains(QStringLiteral("already open")));
    first.database.reset();
    CHECK(fileHash(path) == before);
    auto third = Database::open(path, Database::Mode::OpenExisting);
    CHECK(third.database);
}

TEST_CASE("a failing migration rolls back and keeps the version", "[database]")
{
    TempDir tmp;
    const QString path = createDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    const int version = currentSchemaVersion();
    std::vector<Migration> list = schemaMigrations();
    list.push_back({version + 1, QStringLiteral("adds a table, then fails"), [](const Database &d) {
                        d.exec(QStringLiteral("CREATE TABLE half_done (x INTEGER)"));
                        d.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                    }});
    CHECK_THROWS_AS(migrate(db, list), DbError);
    CHECK(db.schemaVersion() == version);
    QSqlQuery tables = db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
    REQUIRE(tables.next());
    CHECK(tables.value(0).toInt() == 0);
}

TEST_CASE("save a copy writes a complete Samenplan database and refuses bad targets", "[database]")
{
    TempDir tmp;
    const QString path = createDatabase(tmp);
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const Database &db = *opened.database;
    db.exec(QStringLiteral("INSERT INTO children (first_name, last_name, birth_date) VALUES (?, ?, ?)"),
            {QStringLiteral("Noor"), QStringLiteral("de Vries"), QStringLiteral("2024-05-01")});

    const QString copy = tmp.file(QStringLiteral("kopie.samenplan"));
    CHECK(db.saveCopy(copy).isEmpty());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    {
        auto reopened = Database::open(copy, Database::Mode::OpenExisting);
        REQUIRE(reopened.database);
        CHECK(reopened.database->schemaVersion() == currentSchemaVersion());
        QSqlQuery query = reopened.database->exec(QStringLiteral("SELECT first_name FROM children"));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("Noor"));
    }
    CHECK_FALSE(db.saveCopy(path).isEmpty());                    // itself
    CHECK_FALSE(db.saveCopy(tmp.dir.path()).isEmpty());          // a folder
    CHECK_FALSE(db.saveCopy(tmp.file(QStringLiteral("no/such/x.samenplan"))).isEmpty());
}
