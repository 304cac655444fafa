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
    // A button; with needsSelection it is enabled only while a row is selected and gets its id.
    QPushButton *addAction(const QString &text, std::function<void(qint64)> action, bool needsSelection);

private:
    void updateButtons();

    SearchableTable *m_table;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace samenplan::ui
