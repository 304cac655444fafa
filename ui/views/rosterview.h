#pragma once

// Roster: the shown week as staff by day, with shift times, group, breaks and absences.

#include "views/tableplannerview.h"

namespace samenplan::ui {

class RosterView : public TablePlannerView {
    Q_OBJECT
public:
    explicit RosterView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("roster"); }
    QString title() const override;
    QIcon icon() const override;

protected:
    void reload() override;
};

} // namespace samenplan::ui
