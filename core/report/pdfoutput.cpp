#include "report/pdfoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
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
                 const std::function<void(QPdfWriter &)> &write, const PdfGate &gate)
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
    if (gate) {
        if (const QString refused = gate(); !refused.isEmpty()) {
            file.cancelWriting();
            return refused;
        }
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

QString writeDocumentPdf(const QString &path, QTextDocument &document, QPageLayout::Orientation orientation,
                         const QString &title, const PdfGate &gate)
{
    return writePdf(path, orientation, 15, title, [&document](QPdfWriter &writer) {
        // QTextDocument lays out in pixels of 96 per inch; the page is measured in points (72 per inch).
        document.setPageSize(writer.pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0));
        document.print(&writer);
    }, gate);
}

QString writePaintedPdf(const QString &path, QPageLayout::Orientation orientation, const QString &title,
                        const std::function<void(QPagedPaintDevice &)> &paint, const PdfGate &gate)
{
    return writePdf(path, orientation, 10, title, [&paint](QPdfWriter &writer) { paint(writer); }, gate);
}

QString writeDocumentsPdf(const QString &path, const QList<QTextDocument *> &documents,
                          QPageLayout::Orientation orientation, const QString &title, const PdfGate &gate)
{
    return writePdf(path, orientation, 15, title, [&documents](QPdfWriter &writer) {
        // As QTextDocument::print does for a paginated document: lay out in pixels of 96 per inch
        // on the page measured in points (72 per inch), draw each page scaled to the writer.
        const QSizeF page = writer.pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0);
        QPainter painter(&writer);
        painter.scale(writer.logicalDpiX() / 96.0, writer.logicalDpiY() / 96.0);
        bool first = true;
        for (QTextDocument *document : documents) {
            document->setPageSize(page);
            QAbstractTextDocumentLayout *layout = document->documentLayout();
            for (int index = 0; index < document->pageCount(); ++index) {
                if (!first)
                    writer.newPage();
                first = false;
                const QRectF view(0, index * page.height(), page.width(), page.height());
                painter.save();
                painter.translate(0, -view.top());
                painter.setClipRect(view);
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = view;
                context.palette.setColor(QPalette::Text, Qt::black);
                layout->draw(&painter, context);
                painter.restore();
            }
        }
    }, gate);
}

} // namespace samenplan::report
