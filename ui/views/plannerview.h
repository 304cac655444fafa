#pragma once
// A page of the main window (Overview, Groups, Roster, Coaching, Children, Staff). It reads the open
// document and the week the toolbar shows, and reloads when either changes.

#include "shell/document.h"
#include "views/recordlink.h"

#include <QDate>
#include <QIcon>
#include <QPointer>
#include <QWidget>

class QLabel;

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
    // A page of the main window loads only while it is the page shown: a change of document or
    // date while it is hidden marks it stale, and ensureLoaded() (called when it is shown) reads
    // it then. Off by default: a view on its own loads at once.
    void setLoadsOnlyWhenShown(bool on) { m_onlyWhenShown = on; }
    void ensureLoaded();
    // While held (the window is opening a file and has not settled on a page yet), a change only
    // marks the page stale, shown or not, and ensureLoaded() waits: the window then loads the one
    // page it ends up on, once.
    void setHeld(bool held) { m_held = held; }
    // Whether what the page shows is read from the current document and date (true without one).
    bool isLoaded() const { return !m_document || !m_stale; }
    // Whether the page's last read failed: it then shows nothing but a note that says so.
    bool isUnreadable() const;
    Document *document() const { return m_document; }
    QDate date() const { return m_date; }

    // Other ways of showing this page with their own key (for --view): the roster's "timeline".
    virtual QStringList modeKeys() const { return {}; }
    virtual void showMode(const QString &key) { Q_UNUSED(key); }

    // Whether this page shows records of the kind, and selecting one (after the window made the
    // page current and set the link's week); false when the record is not there.
    virtual bool handles(RecordLink::Kind kind) const
    {
        Q_UNUSED(kind);
        return false;
    }
    virtual bool showRecord(const RecordLink &link)
    {
        Q_UNUSED(link);
        return false;
    }

Q_SIGNALS:
    // Asks the window to open a record on the page that shows it.
    void recordRequested(const samenplan::ui::RecordLink &link);
    // Asks the window to show another day (a page of one day chose it); the week bar follows.
    void dateRequested(const QDate &date);
    // Reading the page failed (a file damaged since it was opened, a disk or network error, a
    // server gone): the page was cleared; message is the database's sentence.
    void readFailed(const QString &message);

protected:
    // Re-read everything shown from the document; called with a document set. Called through
    // load(), which catches a failed read.
    virtual void reload() = 0;
    // reload(), or on a failed read clear(), a note in the page's middle that says it could not be
    // read, and readFailed(): a page reads through this.
    void load();
    void resizeEvent(QResizeEvent *event) override;
    // Called when no document is open: show nothing stale.
    virtual void clear() = 0;

private:
    void refresh();
    void showUnreadable(bool shown);
    void placeUnreadable();

    QPointer<Document> m_document;
    QDate m_date = QDate::currentDate();
    bool m_onlyWhenShown = false;
    bool m_stale = false;
    bool m_held = false;
    QLabel *m_unreadable = nullptr;
};

} // namespace samenplan::ui
