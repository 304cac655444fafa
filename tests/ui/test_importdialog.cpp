#include "catch.h"
#include "tempdir.h"

#include "io/importdialog.h"
#include "persistence/grouprepository.h"
#include "shell/document.h"

#include <QFile>
#include <QTabWidget>
#include <QTableWidget>

using namespace samenplan;
using namespace samenplan::ui;

namespace {
QString write(const TempDir &tmp, const QString &name, const QByteArray &bytes)
{
    QFile file(tmp.file(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}
} // namespace

TEST_CASE("the import wizard previews the rows, highlights problems, then imports with a backup", "[gui][import]")
{
    TempDir tmp;
    QString error;
    auto document = Document::open(tmp.file(QStringLiteral("leeg.samenplan")), true, &error);
    REQUIRE(document);
    ImportDialog dialog(document.get());
    dialog.setFile(QStringLiteral("groups"),
                   write(tmp, QStringLiteral("groepen.csv"),
                         "location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes\n"
                         "De Linde;123456789012;Egeltjes;dagopvang;0;4;16;4;07:30;18:30\n"
                         "De Linde;123456789012;Fout;creche;0;4;16;4;07:30;18:30\n"));
    CHECK_FALSE(dialog.check());
    CHECK(dialog.problemRows() == 1);
    auto *preview = qobject_cast<QTableWidget *>(dialog.findChild<QTabWidget *>()->widget(0));
    REQUIRE(preview);
    CHECK(preview->rowCount() == 2);
    CHECK(preview->item(1, 0)->background().color() == QColor(0xf8, 0xd0, 0xd0));
    CHECK(preview->item(1, 1)->toolTip().contains(QStringLiteral("care_type")));
    CHECK(GroupRepository(document->database()).all().isEmpty());

    dialog.setFile(QStringLiteral("groups"),
                   write(tmp, QStringLiteral("goed.csv"),
                         "location;lrk;group;care_type;min_age;max_age;max_children;youth_care_seats;opens;closes\n"
                         "De Linde;123456789012;Egeltjes;dagopvang;0;4;16;4;07:30;18:30\n"));
    REQUIRE(dialog.check());
    REQUIRE(dialog.importNow());
    CHECK(GroupRepository(document->database()).all().size() == 1);
    CHECK(QFile::exists(document->path() + QStringLiteral(".before-import")));
}
