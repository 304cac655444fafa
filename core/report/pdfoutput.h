#pragma once
// Sends a laid-out document or a painted layout to a PDF file through QSaveFile: the file is written
// whole or not at all.

#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace samenplan::report {

// Asked after the PDF is written and before it replaces the file: an error sentence keeps the file
// as it was (the PDF is thrown away) and is returned; empty lets it through. The roster command
// renders while the database file's check still runs and lets the PDF appear only after it.
using PdfGate = std::function<QString()>;

// Returns an error sentence, or empty when the PDF was written.
QString writeDocumentPdf(const QString &path, QTextDocument &document, QPageLayout::Orientation orientation,
                         const QString &title, const PdfGate &gate = {});
// The same for a layout painted with QPainter on an A4 page with 10 mm margins.
QString writePaintedPdf(const QString &path, QPageLayout::Orientation orientation, const QString &title,
                        const std::function<void(QPagedPaintDevice &)> &paint, const PdfGate &gate = {});
// The documents one after another in one PDF, each starting on a new page.
QString writeDocumentsPdf(const QString &path, const QList<QTextDocument *> &documents,
                          QPageLayout::Orientation orientation, const QString &title, const PdfGate &gate = {});

} // namespace samenplan::report
