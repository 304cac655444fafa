#include "catch.h"
#include "clirunner.h"
#include "cli/commands.h"
#include "tempdir.h"

#include "persistence/database.h"
#include "persistence/migrations.h"

#include <QFile>
#include <QFileInfo>

using namespace samenplan;

TEST_CASE("samenplan-cli --version and unknown input", "[cli]")
{
    const CliRun version = runCliWith({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("samenplan-cli ")));

    const CliRun unknownOption = runCliWith({QStringLiteral("--frobnicate")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.contains(QStringLiteral("--frobnicate")));
    CHECK(unknownOption.err.count(QLatin1Char('\n')) == 1);

    const CliRun unknownCommand = runCliWith({QStringLiteral("frobnicate")});
    CHECK(unknownCommand.exitCode == 2);

    const CliRun nothing = runCliWith({});
    CHECK(nothing.exitCode == 2);
}

TEST_CASE("every command of the table runs, the document commands too", "[cli]")
{
    // The document commands are listed in the table and run by runDocumentCommand() (a list of
    // their own in documentcommands.cpp): each must answer its --help, wherever it runs.
    int documents = 0;
    for (const cli::Command &command : cli::commands()) {
        INFO(command.name.toStdString());
        documents += command.runs == cli::Runs::Documents ? 1 : 0;
        CHECK((command.runs == cli::Runs::Documents) == !command.run);
        const CliRun help = runCliWith({command.name, QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: samenplan-cli %1 ").arg(command.name)));
    }
    CHECK(documents == 7);
    // Asked for another command, it refuses in one line.
    QString in, out, err;
    QTextStream inStream(&in), outStream(&out), errStream(&err);
    CHECK(cli::runDocumentCommand(QStringLiteral("occupancy"), {}, {inStream, outStream, errStream}) == cli::ExitUsage);
    errStream.flush();
    CHECK(err == QStringLiteral("samenplan-cli: unknown command occupancy (see samenplan-cli --help)\n"));
}

TEST_CASE("samenplan-cli init makes an empty database", "[cli]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("leeg.samenplan"));
    const CliRun run = runCliWith({QStringLiteral("init"), path});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.database);
    CHECK(opened.database->schemaVersion() == currentSchemaVersion());
    QSqlQuery children = opened.database->exec(QStringLiteral("SELECT count(*) FROM children"));
    REQUIRE(children.next());
    CHECK(children.value(0).toInt() == 0);
}

TEST_CASE("samenplan-cli init refuses bad input and writes nothing", "[cli]")
{
    TempDir tmp;
    SECTION("unknown option")
    {
        const QString path = tmp.file(QStringLiteral("x.samenplan"));
        const CliRun run = runCliWith({QStringLiteral("init"), path, QStringLiteral("--colour")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("colour")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("no file")
    {
        const CliRun run = runCliWith({QStringLiteral("init")});
        CHECK(run.exitCode == 2);
    }
    SECTION("a folder")
    {
        const CliRun run = runCliWith({QStringLiteral("init"), tmp.dir.path()});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("folder")));
    }
    SECTION("an existing file")
    {
        const QString path = tmp.file(QStringLiteral("bestaat.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const CliRun run = runCliWith({QStringLiteral("init"), path});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("already exists")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("keep me"));
    }
    SECTION("a folder that does not exist")
    {
        const QString path = tmp.file(QStringLiteral("no/such/folder/x.samenplan"));
        const CliRun run = runCliWith({QStringLiteral("init"), path});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(path));
    }
}
