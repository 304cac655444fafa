#pragma once
// A page of the main window (Groups, Roster, Coaching, Children, Staff). It reads the open
// document and the week the toolbar shows, and reloads when either changes.

#include "shell/document.h"

#include <QDate>
#include <QIcon>
#include <QPointer>
#include <QWidget>

namespace samenplan::ui {



class PlannerView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString key() const = 0; // stable, for --view: "groups", "roster", ...
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    void setDocument(Document *document);
    void setDate(const QDate &date);
    Document *document() const { return m_document; }
    QDate date() const { return m_date; }

protected:
    // Re-read everything shown from the document; called with a document set.
    virtual void reload() = 0;
    // Called when no document is open: show nothing stale.
    virtual void clear() = 0;

private:
    void refresh();

    QPointer<Document> m_document;
    QDate m_date = QDate::currentDate();
};

} // namespace samenplan::ui
