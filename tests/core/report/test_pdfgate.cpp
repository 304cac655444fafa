// A PDF is rendered first and replaces its file only when the gate lets it (issue 12: the roster
// command renders while the database file's check runs, and writes nothing for a damaged file).

#include "catch.h"
#include "tempdir.h"

#include "report/pdfoutput.h"

#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace samenplan;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void paintSomething(QPagedPaintDevice &device)
{
    QPainter painter(&device);
    painter.drawText(QPointF(100, 100), QStringLiteral("Rooster"));
}

} // namespace

TEST_CASE("a gate that refuses keeps the file as it was, one that agrees lets the PDF in", "[report][pdf]")
{
    TempDir tmp;
    const QString path = tmp.file(QStringLiteral("roster.pdf"));
    {
        QFile before(path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("an older roster");
    }
    int asked = 0;
    const QString refused = report::writePaintedPdf(path, QPageLayout::Landscape, QStringLiteral("t"), paintSomething, [&] {
        ++asked;
        return QStringLiteral("The file is damaged.");
    });
    CHECK(refused == QStringLiteral("The file is damaged."));
    CHECK(asked == 1);
    CHECK(contents(path) == "an older roster");
    CHECK(QDir(tmp.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("roster.pdf")});

    const QString written = report::writePaintedPdf(path, QPageLayout::Landscape, QStringLiteral("t"), paintSomething,
                                                    [] { return QString(); });
    CHECK(written.isEmpty());
    CHECK(contents(path).startsWith("%PDF-"));
}
