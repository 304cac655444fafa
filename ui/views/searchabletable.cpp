#include "views/searchabletable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace samenplan::ui {

SearchableTable::SearchableTable(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_count(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->sortByColumn(0, Qt::AscendingOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.siblingAtColumn(0).data(IdRole).toLongLong();
        if (id != 0)
            Q_EMIT activated(id);
    });
}

void SearchableTable::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

void SearchableTable::setColumns(const QStringList &titles)
{
    m_model->setHorizontalHeaderLabels(titles);
}

void SearchableTable::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void SearchableTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateCount();
}

void SearchableTable::setStretchColumns(const QList<int> &columns)
{
    m_stretchColumns = columns;
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(true);
}

void SearchableTable::setRows(const QList<QList<QStandardItem *>> &rows)
{
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    m_model->removeRows(0, m_model->rowCount());
    for (const QList<QStandardItem *> &row : rows)
        m_model->appendRow(row);
    if (sortColumn >= 0 && sortColumn < m_model->columnCount())
        m_proxy->sort(sortColumn, order);
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_stretchColumns.isEmpty()) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            header->setSectionResizeMode(column, m_stretchColumns.contains(column) ? QHeaderView::Stretch
                                                                                   : QHeaderView::ResizeToContents);
    } else {
        m_table->resizeColumnsToContents();
        // The last column fills the rest: given a width of its own as well, it kept that width beyond
        // the view's edge, behind a scroll bar, once the view was shown.
        for (int column = 0; column + 1 < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 16, 380));
    }
    m_table->resizeRowsToContents();
    updateCount();
}

int SearchableTable::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void SearchableTable::setSearchText(const QString &text)
{
    m_search->setText(text);
}

bool SearchableTable::selectId(qint64 id, int column)
{
    auto find = [this, id, column]() -> QModelIndex {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, 0).data(IdRole).toLongLong() == id)
                return m_proxy->index(row, column);
        }
        return {};
    };
    QModelIndex found = find();
    if (!found.isValid() && !m_search->text().isEmpty()) {
        m_search->clear();
        found = find();
    }
    if (!found.isValid())
        return false;
    m_table->setCurrentIndex(found);
    m_table->scrollTo(found);
    m_table->setFocus();
    return true;
}

void SearchableTable::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (total == 0)
        m_count->setText(m_emptyText);
    else if (shown == total)
        m_count->setText(tr("%n row(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %2 shown").arg(shown).arg(total));
}

QStandardItem *SearchableTable::cell(const QString &text, const QVariant &sortValue, qint64 id)
{
    auto *item = new QStandardItem(text);
    item->setData(sortValue.isValid() ? sortValue : QVariant(text), SortRole);
    if (id != 0)
        item->setData(id, IdRole);
    item->setEditable(false);
    return item;
}

} // namespace samenplan::ui
