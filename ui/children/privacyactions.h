#pragma once
// A parent's personal data request about their child, from the Children page: everything held about
// the child as JSON and as a readable PDF (core/privacy), written where the planner chooses but never
// onto the open database; and erasure on request, after a confirmation that names what is removed and
// what the location's records keep. Erasure cannot be undone, so it is no undo step: it clears the
// undo history, which would otherwise still hold the child's details.

#include "domain/types.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace samenplan::ui {

class Document;

class PrivacyActions : public QObject {
    Q_OBJECT
public:
    explicit PrivacyActions(QWidget *dialogParent);
    void setDocument(Document *document) { m_document = document; }

    // Asks for the JSON file's name; the PDF goes beside it with the same name. False when cancelled,
    // refused or failed (the reason was shown).
    bool exportRecord(Id childId);
    // Writes both without asking: errors as one sentence, empty when both were written.
    QString writeRecord(Id childId, const QString &jsonPath, const QString &pdfPath) const;
    // Asks for confirmation, then erases. False when cancelled or failed.
    bool erase(Id childId);
    // Erases without asking; an error sentence, or empty.
    QString eraseNow(Id childId);

    // What the confirmation says is removed and kept.
    static QString erasureText(const QString &childName);

private:
    QWidget *m_parent;
    QPointer<Document> m_document;
};

} // namespace samenplan::ui
