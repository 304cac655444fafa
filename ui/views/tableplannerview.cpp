#include "views/tableplannerview.h"

#include "views/searchabletable.h"

#include <QVBoxLayout>

namespace samenplan::ui {

TablePlannerView::TablePlannerView(QWidget *parent) : PlannerView(parent), m_table(new SearchableTable(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void TablePlannerView::clear()
{
    m_table->setRows({});
}

} // namespace samenplan::ui
