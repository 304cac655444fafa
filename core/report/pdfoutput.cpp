#include "report/pdfoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace samenplan::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samenplan::report", text);
}

// Opens the file, lets write() fill a PDF writer with the given margins, and commits it.
QString writePdf(const QString &path, QPageLayout::Orientation orientation, double marginMm, const QString &title,
                 const std::function<void(QPdfWriter &)> &write)
{
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Samenplan"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                         QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
        writer.setResolution(300);
        write(writer);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

QString writeDocumentPdf(const QString &path, QTextDocument &document, QPageLayout::Orientation orientation,
                         const QString &title)
{
    return writePdf(path, orientation, 15, title, [&document](QPdfWriter &writer) {
        // QTextDocument lays out in pixels of 96 per inch; the page is measured in points (72 per inch).
        document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0));
        document.print(&writer);
    });
}

QString writePaintedPdf(const QString &path, QPageLayout::Orientation orientation, const QString &title,
                        const std::function<void(QPagedPaintDevice &)> &paint)
{
    return writePdf(path, orientation, 10, title, [&paint](QPdfWriter &writer) { paint(writer); });
}

} // namespace samenplan::report
