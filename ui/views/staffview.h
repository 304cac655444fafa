#pragma once

// Staff: everyone who works at or visits the location, their role, employer and contract, and
// the hours rostered in the shown week.

#include "views/plannerview.h"

namespace samenplan::ui {

class SearchableTable;

class StaffView : public PlannerView {
    Q_OBJECT
public:
    explicit StaffView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("staff"); }
    QString title() const override;
    QIcon icon() const override;
    SearchableTable *table() const { return m_table; }

protected:
    void reload() override;
    void clear() override;

private:
    SearchableTable *m_table;
};

} // namespace samenplan::ui
