#pragma once
// The roster page's problem list: the week's problems, merged and sorted as roster::ProblemList
// makes them, under a line of counts per kind. Violations and what the rules allow are open;
// advice is collapsed until asked for. Each problem says when (day, time) and where (group or
// person) on its first line and what is wrong on its second; what its merged items say is in its
// tooltip and, unfolded, below it. Choosing a problem asks the page to show it in the roster.

#include "roster/problemlist.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace samenplan::planning {
class PlanningData;
}

namespace samenplan::ui {

class ProblemListView : public QWidget {
    Q_OBJECT
public:
    // The index of the problem an item shows (section headers have none).
    static constexpr int ProblemRole = Qt::UserRole + 1;
    // The severity a section header stands for.
    static constexpr int SectionRole = Qt::UserRole + 2;

    explicit ProblemListView(QWidget *parent = nullptr);

    // Names of groups and staff come from plan.
    void setProblems(const roster::ProblemList &list, const planning::PlanningData &plan);
    void clear();

    const roster::ProblemList &problems() const { return m_list; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *counts() const { return m_counts; }
    // The header over the problems of a kind; null when there are none.
    QTreeWidgetItem *section(Severity severity) const;

Q_SIGNALS:
    void problemChosen(const samenplan::roster::Problem &problem);

private:
    QTreeWidgetItem *addSection(Severity severity, int count);

    QLabel *m_counts;
    QTreeWidget *m_tree;
    roster::ProblemList m_list;
};

} // namespace samenplan::ui
