#pragma once
// A page that is one searchable table (Staff, Roster, Coaching).

#include "views/plannerview.h"

namespace samenplan::ui {

class SearchableTable;

class TablePlannerView : public PlannerView {
    Q_OBJECT
public:
    explicit TablePlannerView(QWidget *parent = nullptr);
    SearchableTable *table() const { return m_table; }

protected:
    void clear() override;

private:
    SearchableTable *m_table;
};

} // namespace samenplan::ui
