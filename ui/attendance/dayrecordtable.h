#pragma once
// The day record's ratio per quarter hour as a table (from, children, required, present, state),
// each row coloured by its state, and a line above it saying whether it is the record or the plan.

#include "attendance/dayrecord.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace samenplan::ui {

class DayRecordTable : public QWidget {
    Q_OBJECT
public:
    explicit DayRecordTable(QWidget *parent = nullptr);
    void show(const attendance::DayRecord &record);
    void clear();
    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace samenplan::ui
