#include "views/plannerview.h"

#include "persistence/dberror.h"
#include "shell/document.h"

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
    } catch (const DbError &error) {
        // Nothing half-read stays on the page: it shows nothing, and the window says why.
        clear();
        Q_EMIT readFailed(error.message());
    }
}

} // namespace samenplan::ui
