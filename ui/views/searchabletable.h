#pragma once
// A table with a search box above it, sortable by the raw values behind the cells. The Children,
// Staff, Roster and Coaching pages are built from it.

#include <QStringList>
#include <QVariant>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace samenplan::ui {

// The value sorting and filters use instead of the display text (a date, a number).
inline constexpr int SortRole = Qt::UserRole + 1;
// The database id of the row's record.
inline constexpr int IdRole = Qt::UserRole + 2;

class SearchableTable : public QWidget {
    Q_OBJECT
public:
    explicit SearchableTable(QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setColumns(const QStringList &titles);
    void setSearchPlaceholder(const QString &text);
    // Replaces all rows; keeps the sort order and the search text.
    void setRows(const QList<QList<QStandardItem *>> &rows);
    void setEmptyText(const QString &text);
    // These columns share the width left over; the others fit their contents. Cells may wrap.
    void setStretchColumns(const QList<int> &columns);

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    int visibleRowCount() const;
    void setSearchText(const QString &text);
    // Makes the row with this id current (in column), clearing a search that hides it; false when
    // there is no such row.
    bool selectId(qint64 id, int column = 0);

    // A cell with display text, an optional sort value and the row's id.
    static QStandardItem *cell(const QString &text, const QVariant &sortValue = {}, qint64 id = 0);

Q_SIGNALS:
    void activated(qint64 id); // double-click or Enter on a row

private:
    void updateCount();

    QLabel *m_heading;
    QLabel *m_count;
    QLineEdit *m_search;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_emptyText;
    QList<int> m_stretchColumns;
};

} // namespace samenplan::ui
