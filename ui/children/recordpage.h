#pragma once
// One tab of the Children page: a searchable table of records with the buttons that act on them.

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QPushButton;

namespace samenplan::ui {

class SearchableTable;

class RecordPage : public QWidget {
    Q_OBJECT
public:
    RecordPage(const QString &heading, const QStringList &columns, QWidget *parent = nullptr);
    SearchableTable *table() const { return m_table; }
    qint64 selectedId() const; // 0 when nothing is selected
    // A button; with needsSelection it is enabled only while a row is selected and gets its id. The
    // buttons that act on a row are in the row's context menu too.
    QPushButton *addAction(const QString &text, std::function<void(qint64)> action, bool needsSelection);
    // An entry of the row's context menu only (after a separator).
    void addMenuAction(const QString &text, std::function<void(qint64)> action);

private:
    void updateButtons();
    void showMenu(const QPoint &pos);

    SearchableTable *m_table;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_selectionButtons;
    QList<std::pair<QString, std::function<void(qint64)>>> m_rowActions; // the context menu, in order
    int m_menuOnlyFrom = -1; // index of the first entry that has no button
};

} // namespace samenplan::ui
