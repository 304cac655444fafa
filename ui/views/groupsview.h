#pragma once
// Groups: for the shown week, every group of the location as a card with its children per weekday,
// the regular places and youth-care seats in use per day, and how many children each day holds.

#include "views/plannerview.h"

class QGridLayout;
class QLabel;

namespace samenplan::ui {

class GroupsView : public PlannerView {
    Q_OBJECT
public:
    explicit GroupsView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("groups"); }
    QString title() const override { return tr("Groups"); }
    QIcon icon() const override;
    int cardCount() const;

protected:
    void reload() override;
    void clear() override;

private:
    QLabel *m_heading;
    QWidget *m_cards;
    QGridLayout *m_grid;
};

} // namespace samenplan::ui
