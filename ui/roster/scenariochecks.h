#pragma once
// The roster page's what-if (issue #16 item 3): the shown week's checks with a stored scenario made
// to the week, beside the plan's own checks: what the scenario would add (a group it adds has no
// staff yet, a child it places needs a professional) and what it would resolve. On screen only.

#include "planning/planningdata.h"
#include "roster/rostercheck.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace samenplan {
class Database;
namespace ui {

class ScenarioChecks : public QWidget {
    Q_OBJECT
public:
    static constexpr int WhereRole = Qt::UserRole + 1; // the group (or person) of an item

    explicit ScenarioChecks(QWidget *parent = nullptr);
    QComboBox *chooser() const { return m_chooser; }
    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }

    // The stored scenarios to choose from, and the chosen one's checks against the plan's.
    void compare(const Database &db, const planning::PlanningData &plan, const QList<roster::Violation> &planChecks,
                 const QList<FixedFace> &fixedFaces, const IsoWeek &week);
    void clear();

Q_SIGNALS:
    void choiceChanged();

private:
    QComboBox *m_chooser;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace ui
} // namespace samenplan
