// The fuzz targets' seed corpus and every input they found a crash with (kept in the corpus as
// crash-*), run through the same code in the normal test suite: the import of each CSV input as a
// dry run into the demo database, and the opening of each database input.

#include "catch.h"
#include "demodb.h"
#include "fuzz/fuzzinputs.h"

#include <QDir>

using namespace samenplan;

namespace {

QStringList inputs(const QString &kind)
{
    QStringList paths;
    const QDir folder(QStringLiteral(SAMENPLAN_FUZZ_DIR "/corpus/") + kind);
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name))
        paths << folder.filePath(name);
    return paths;
}

} // namespace

TEST_CASE("every CSV seed and finding of the fuzzer imports with one-line problems and no database error", "[safety][fuzz]")
{
    TempDir tmp;
    auto opened = Database::open(makeDemoDatabase(tmp), Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    const QStringList files = inputs(QStringLiteral("csv"));
    REQUIRE(files.size() >= 5);
    for (const QString &file : files) {
        INFO(file.toStdString());
        CHECK(fuzz::importCsv(*opened.database, file).isEmpty());
    }
}

TEST_CASE("every database seed and finding of the fuzzer opens or is refused, and reads without a crash", "[safety][fuzz]")
{
    TempDir tmp;
    const QStringList files = inputs(QStringLiteral("db"));
    REQUIRE(files.size() >= 2);
    const QString copy = tmp.file(QStringLiteral("input.samenplan"));
    for (const QString &file : files) {
        INFO(file.toStdString());
        fuzz::removeDatabaseFiles(copy);
        REQUIRE(QFile::copy(file, copy));
        REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        CHECK(fuzz::openDatabase(copy).isEmpty());
    }
}
