#pragma once

// Staff: everyone who works at or visits the location, their role, employer and contract, and
// the hours rostered in the shown week.

#include "views/tableplannerview.h"

namespace samenplan::ui {

class StaffView : public TablePlannerView {
    Q_OBJECT
public:
    explicit StaffView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("staff"); }
    QString title() const override;
    QIcon icon() const override;

protected:
    void reload() override;
};

} // namespace samenplan::ui
