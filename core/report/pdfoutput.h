#pragma once
// Sends a laid-out document to a PDF file through QSaveFile: the file is written whole or not at all.

#include <QPageLayout>
#include <QString>

class QTextDocument;

namespace samenplan::report {

// Returns an error sentence, or empty when the PDF was written.
QString writeDocumentPdf(const QString &path, QTextDocument &document, QPageLayout::Orientation orientation,
                         const QString &title);

} // namespace samenplan::report
