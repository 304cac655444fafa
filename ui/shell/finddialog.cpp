#include "shell/finddialog.h"

#include "search/recordsearch.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace samenplan::ui {
namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int DateRole = Qt::UserRole + 2;

RecordLink::Kind linkKind(search::Hit::Kind kind)
{
    switch (kind) {
    case search::Hit::Kind::Child:
        return RecordLink::Kind::Child;
    case search::Hit::Kind::Staff:
        return RecordLink::Kind::Staff;
    case search::Hit::Kind::Group:
        return RecordLink::Kind::Group;
    case search::Hit::Kind::Session:
        return RecordLink::Kind::Session;
    }
    return RecordLink::Kind::Child;
}

} // namespace

FindDialog::FindDialog(const Database &db, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_text(new QLineEdit(this)),
      m_hits(new QListWidget(this)),
      m_status(new QLabel(this)),
      m_delay(new QTimer(this))
{
    setWindowTitle(tr("Find"));
    resize(780, 440);
    m_text->setPlaceholderText(tr("Name of a child, colleague, group or coaching session"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_hits->setAlternatingRowColors(true);
    m_hits->setUniformItemSizes(true);
    m_status->setText(tr("Type a name, or part of one. Enter opens, Esc closes."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_hits, 1);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(m_delay, &QTimer::timeout, this, &FindDialog::search);
    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &FindDialog::acceptChosen);
    connect(m_hits, &QListWidget::itemActivated, this, &FindDialog::acceptChosen);
}

void FindDialog::setText(const QString &text)
{
    m_text->setText(text);
    m_delay->stop();
    search();
}

int FindDialog::hitCount() const
{
    return m_hits->count();
}

void FindDialog::search()
{
    m_hits->clear();
    const QString text = m_text->text().trimmed();
    if (text.isEmpty()) {
        m_status->setText(tr("Type a name, or part of one. Enter opens, Esc closes."));
        return;
    }
    const QList<search::Hit> hits = search::findRecords(m_db, text, 50);
    for (const search::Hit &hit : hits) {
        QString kind;
        QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
        switch (hit.kind) {
        case search::Hit::Kind::Child:
            kind = tr("Child");
            icon = QStyle::SP_FileDialogInfoView;
            break;
        case search::Hit::Kind::Staff:
            kind = tr("Colleague");
            icon = QStyle::SP_DirHomeIcon;
            break;
        case search::Hit::Kind::Group:
            kind = tr("Group");
            icon = QStyle::SP_DirIcon;
            break;
        case search::Hit::Kind::Session:
            kind = tr("Coaching");
            icon = QStyle::SP_FileDialogDetailedView;
            break;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon),
                                         QStringLiteral("%1 — %2 · %3").arg(hit.title, kind, hit.detail), m_hits);
        item->setData(KindRole, int(hit.kind));
        item->setData(IdRole, hit.id);
        item->setData(DateRole, hit.date);
    }
    if (hits.isEmpty())
        m_status->setText(tr("Nothing found for “%1”.").arg(text));
    else
        m_status->setText(tr("%n found; Enter opens the first.", nullptr, int(hits.size())));
    m_hits->setCurrentRow(hits.isEmpty() ? -1 : 0);
}

void FindDialog::acceptChosen()
{
    if (m_delay->isActive()) {
        m_delay->stop();
        search();
    }
    QListWidgetItem *item = m_hits->currentItem();
    if (!item)
        return;
    RecordLink link;
    link.kind = linkKind(search::Hit::Kind(item->data(KindRole).toInt()));
    link.id = item->data(IdRole).toLongLong();
    link.date = item->data(DateRole).toDate();
    m_chosen = link;
    accept();
}

bool FindDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down choose among the hits while the cursor stays in the text.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp)
            && m_hits->count() > 0) {
            QCoreApplication::sendEvent(m_hits, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace samenplan::ui
