#include "children/recordpage.h"

#include "views/searchabletable.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
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
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action), needsSelection] {
        const qint64 id = selectedId();
        if (!needsSelection || id != 0)
            action(id);
    });
    if (needsSelection) {
        m_selectionButtons << button;
        button->setEnabled(false);
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
