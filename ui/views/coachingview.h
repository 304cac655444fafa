#pragma once

// Coaching: the sessions of the shown week. The focus child is private and never listed here.

#include "views/plannerview.h"

namespace samenplan::ui {

class SearchableTable;

class CoachingView : public PlannerView {
    Q_OBJECT
public:
    explicit CoachingView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("coaching"); }
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
