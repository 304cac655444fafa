#include "views/plannerview.h"

#include "persistence/dberror.h"
#include "shell/document.h"

#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

namespace samenplan::ui {

void PlannerView::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, &PlannerView::refresh);
    refresh();
}

void PlannerView::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    refresh();
}

void PlannerView::refresh()
{
    m_stale = false;
    if (!m_document) {
        showUnreadable(false);
        clear();
    } else if (m_held || (m_onlyWhenShown && !isVisibleTo(window()))) {
        m_stale = true;
    } else {
        load();
    }
}

void PlannerView::ensureLoaded()
{
    if (m_stale && !m_held) {
        m_stale = false;
        if (m_document)
            load();
    }
}

void PlannerView::load()
{
    try {
        reload();
        showUnreadable(false);
    } catch (const DbError &error) {
        // Nothing half-read stays on the page: it shows nothing but that it could not be read, and
        // the window says why.
        clear();
        showUnreadable(true);
        Q_EMIT readFailed(error.message());
    }
}

void PlannerView::showUnreadable(bool shown)
{
    if (!shown) {
        if (m_unreadable)
            m_unreadable->hide();
        return;
    }
    if (!m_unreadable) {
        m_unreadable = new QLabel(tr("This page could not be read, so it shows nothing. Close the file and open it "
                                     "again: opening checks the whole file."),
                                  this);
        m_unreadable->setObjectName(QStringLiteral("unreadable"));
        m_unreadable->setWordWrap(true);
        m_unreadable->setMargin(8);
        m_unreadable->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #e0a09a; }"));
    }
    placeUnreadable();
    m_unreadable->show();
    m_unreadable->raise();
}

// In the middle of the page, where its (now empty) contents were: the page's own controls (its
// tabs, the location chooser) stay within reach.
void PlannerView::placeUnreadable()
{
    if (!m_unreadable)
        return;
    const int w = std::min(width() - 40, 560);
    const int h = m_unreadable->heightForWidth(w);
    m_unreadable->setGeometry((width() - w) / 2, (height() - h) / 2, w, h);
}

void PlannerView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeUnreadable();
}

bool PlannerView::isUnreadable() const
{
    return m_unreadable && m_unreadable->isVisibleTo(this);
}

} // namespace samenplan::ui
