#pragma once

// Coaching: the sessions of the shown week. The focus child is private and never listed here.

#include "views/tableplannerview.h"

namespace samenplan::ui {

class CoachingView : public TablePlannerView {
    Q_OBJECT
public:
    explicit CoachingView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("coaching"); }
    QString title() const override;
    QIcon icon() const override;

protected:
    void reload() override;
};

} // namespace samenplan::ui
