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

// Returns an error sentence, or empty when the PDF was written.
QString writeDocumentPdf(const QString &path, QTextDocument &document, QPageLayout::Orientation orientation,
                         const QString &title);
// The same for a layout painted with QPainter on an A4 page with 10 mm margins.
QString writePaintedPdf(const QString &path, QPageLayout::Orientation orientation, const QString &title,
                        const std::function<void(QPagedPaintDevice &)> &paint);
// The documents one after another in one PDF, each starting on a new page.
QString writeDocumentsPdf(const QString &path, const QList<QTextDocument *> &documents,
                          QPageLayout::Orientation orientation, const QString &title);

} // namespace samenplan::report
