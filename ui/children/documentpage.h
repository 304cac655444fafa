#pragma once
// A RecordPage that reads and edits the open document.

#include "children/recordpage.h"

#include <QPointer>

namespace samenplan::ui {

class Document;

class DocumentPage : public RecordPage {
    Q_OBJECT
public:
    using RecordPage::RecordPage;
    void setDocument(Document *document) { m_document = document; }
    Document *document() const { return m_document; }
    virtual void reload(const QDate &date) = 0; // with a document set

private:
    QPointer<Document> m_document;
};

} // namespace samenplan::ui
