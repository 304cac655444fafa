#pragma once

// Roster: the shown week as staff by day, with shift times, group, breaks and absences.

#include "views/plannerview.h"

namespace samenplan::ui {

class SearchableTable;

class RosterView : public PlannerView {
    Q_OBJECT
public:
    explicit RosterView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("roster"); }
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
