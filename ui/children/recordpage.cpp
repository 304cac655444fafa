#include "children/recordpage.h"

#include "views/searchabletable.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace samenplan::ui {

RecordPage::RecordPage(const QString &heading, const QStringList &columns, QWidget *parent)
    : QWidget(parent), m_table(new SearchableTable(this)), m_buttons(new QHBoxLayout)
{
    m_table->setHeading(heading);
    m_table->setColumns(columns);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);
    m_buttons->addStretch();
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordPage::updateButtons);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, &RecordPage::updateButtons);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, &RecordPage::updateButtons);
    m_table->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->table(), &QTableView::customContextMenuRequested, this, &RecordPage::showMenu);
}

void RecordPage::addMenuAction(const QString &text, std::function<void(qint64)> action)
{
    if (m_menuOnlyFrom < 0)
        m_menuOnlyFrom = int(m_rowActions.size());
    m_rowActions.append({text, std::move(action)});
}

void RecordPage::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->table()->indexAt(pos);
    if (!index.isValid() || m_rowActions.isEmpty())
        return;
    m_table->table()->selectRow(index.row());
    const qint64 id = selectedId();
    if (!id)
        return;
    QMenu menu(this);
    for (int i = 0; i < m_rowActions.size(); ++i) {
        if (i == m_menuOnlyFrom && i > 0)
            menu.addSeparator();
        const auto &action = m_rowActions.at(i).second;
        menu.addAction(m_rowActions.at(i).first, this, [action, id] { action(id); });
    }
    menu.exec(m_table->table()->viewport()->mapToGlobal(pos));
}

qint64 RecordPage::selectedId() const
{
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

QPushButton *RecordPage::addAction(const QString &text, std::function<void(qint64)> action, bool needsSelection)
{
    auto *button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    connect(button, &QPushButton::clicked, this, [this, action, needsSelection] {
        const qint64 id = selectedId();
        if (!needsSelection || id != 0)
            action(id);
    });
    if (needsSelection) {
        m_selectionButtons << button;
        button->setEnabled(false);
        // The context menu lists the row's buttons before its menu-only entries.
        const int at = m_menuOnlyFrom < 0 ? int(m_rowActions.size()) : m_menuOnlyFrom++;
        m_rowActions.insert(at, {text, action});
    }
    return button;
}

void RecordPage::updateButtons()
{
    const bool selected = selectedId() != 0;
    for (QPushButton *button : std::as_const(m_selectionButtons))
        button->setEnabled(selected);
}

} // namespace samenplan::ui
