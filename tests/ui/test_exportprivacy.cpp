// File > Export and the personal-data request from the interface write what the CLI's core functions
// write: youth-care fields only when ticked (with the warning shown), never over the database, and a
// child's record as JSON and PDF.

#include "catch.h"
#include "demodb.h"

#include "children/privacyactions.h"
#include "io/exportdialog.h"
#include "persistence/childrepository.h"
#include "shell/document.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>

using namespace samenplan;
using namespace samenplan::ui;

namespace {

QString firstLine(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readLine()).trimmed();
}

} // namespace

TEST_CASE("the export writes youth-care fields only when ticked, with the warning, and never over the database",
          "[gui][export]")
{
    TempDir tmp;
    QString error;
    auto document = Document::open(makeDemoDatabase(tmp), false, &error);
    REQUIRE(document);
    ExportDialog dialog(document.get(), DemoMonday);
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("warning"));

    dialog.setChoice(QStringLiteral("placements"), false, false);
    CHECK(warning->isHidden());
    const QString plain = tmp.file(QStringLiteral("plaatsingen.csv"));
    REQUIRE(dialog.exportTo(plain).isEmpty());
    CHECK_FALSE(firstLine(plain).contains(QStringLiteral("referral")));

    dialog.setChoice(QStringLiteral("placements"), false, true);
    CHECK_FALSE(warning->isHidden());
    const QString withYouthCare = tmp.file(QStringLiteral("plaatsingen-jeugdhulp.csv"));
    REQUIRE(dialog.exportTo(withYouthCare).isEmpty());
    CHECK(firstLine(withYouthCare).contains(QStringLiteral("referral")));

    dialog.setChoice(QString(), true, false); // all tables: a workbook
    const QString workbook = tmp.file(QStringLiteral("alles.xlsx"));
    REQUIRE(dialog.exportTo(workbook).isEmpty());
    CHECK(firstLine(workbook).startsWith(QStringLiteral("PK")));

    // Bad input: the database itself as the output is refused, and the database stays whole.
    const qint64 size = QFileInfo(document->path()).size();
    CHECK_FALSE(dialog.exportTo(document->path()).isEmpty());
    CHECK(QFileInfo(document->path()).size() == size);
}

TEST_CASE("a personal-data request writes the child's record as JSON and PDF", "[gui][privacy]")
{
    TempDir tmp;
    QString error;
    auto document = Document::open(makeDemoDatabase(tmp), false, &error);
    REQUIRE(document);
    const Child child = ChildRepository(document->database()).all().first();
    QWidget parent;
    PrivacyActions privacy(&parent);
    privacy.setDocument(document.get());
    const QString json = tmp.file(QStringLiteral("inzage.json"));
    const QString pdf = tmp.file(QStringLiteral("inzage.pdf"));
    REQUIRE(privacy.writeRecord(child.id, json, pdf).isEmpty());
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(record.value(QStringLiteral("child")).toObject().value(QStringLiteral("first_name")).toString() == child.firstName);
    CHECK(firstLine(pdf).startsWith(QStringLiteral("%PDF")));
    // Bad input: a path onto the database is refused.
    CHECK_FALSE(privacy.writeRecord(child.id, document->path(), pdf).isEmpty());
}
