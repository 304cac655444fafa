#pragma once
// The overview's problem list: the location's merged problems of the week under a line of counts,
// most serious first (violations, then what the rules allow, then advice, folded), and within each
// kind grouped per group (or person) and day. Choosing a problem asks to show it where it is fixed.

#include "roster/problemlist.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace samenplan::planning {
class PlanningData;
}

namespace samenplan::ui {

class ProblemSummary : public QWidget {
    Q_OBJECT
public:
    static constexpr int ProblemRole = Qt::UserRole + 1; // the problem's index (leaves only)

    explicit ProblemSummary(QWidget *parent = nullptr);
    void setProblems(const roster::ProblemList &list, const planning::PlanningData &plan);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    QLabel *counts() const { return m_counts; }
    const roster::ProblemList &problems() const { return m_list; }

Q_SIGNALS:
    void problemChosen(const samenplan::roster::Problem &problem);

private:
    QLabel *m_counts;
    QTreeWidget *m_tree;
    roster::ProblemList m_list;
};

} // namespace samenplan::ui
