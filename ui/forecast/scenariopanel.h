#pragma once
// The what-if side of the forecast page (issue #16 item 3): which what-if the page shows beside the
// plan (none, the waiting list placed in memory, or a scenario stored in the file), the list of its
// changes, and what can be done with it: place the waiting list, save it as a scenario, start a new
// scenario, add or remove a change, apply a scenario to the plan, discard it. Each of those is one
// undoable command through the change layer; the page reloads on the document's change.

#include "capacity/scenario.h"
#include "capacity/scenarioplan.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoCommand;

namespace samenplan::ui {

class Document;

class ScenarioPanel : public QGroupBox {
    Q_OBJECT
public:
    enum class Choice { Plan, WaitingList, Stored };

    explicit ScenarioPanel(QWidget *parent = nullptr);
    QComboBox *chooser() const { return m_chooser; } // the page puts it in its top bar
    QTreeWidget *list() const { return m_list; }
    void setDocument(Document *document) { m_document = document; }

    // The stored scenarios of the location and of the whole organisation (ScenarioRepository::
    // ofLocation); the choice stays by name.
    void setScenarios(const QList<capacity::Scenario> &scenarios, Id locationId);
    Choice choice() const;
    void choose(Choice choice, const QString &name = {});
    std::optional<capacity::Scenario> stored() const; // the stored scenario chosen

    // What the page counted for the choice, listed here.
    void showPlan();
    void showWaitingList(const capacity::WaitingListScenario &scenario, const capacity::CapacityData &records);
    void showStored(const capacity::Scenario &scenario, const capacity::CapacityData &records);

    // The actions (the buttons ask for names first).
    void placeWaitingList();
    void saveWaitingListAs(const QString &name);
    void newScenario(const QString &name);
    void addChange(const capacity::ScenarioChange &change);
    void removeChange(int index);
    void applyStored();
    void discardStored();

    // "Place Olivia Vos in Rupsjes", with its date, for the list and the tests.
    static QStringList describe(const capacity::Scenario &scenario, const capacity::ScenarioChange &change,
                                const capacity::CapacityData &records);

Q_SIGNALS:
    void choiceChanged();

private:
    void askNewScenario();
    void askSaveWaitingList();
    void askChange();
    void updateButtons();
    bool push(QUndoCommand *command);

    QPointer<Document> m_document;
    QComboBox *m_chooser;
    QLabel *m_state;
    QTreeWidget *m_list;
    QPushButton *m_place;
    QPushButton *m_save;
    QPushButton *m_new;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QList<capacity::Scenario> m_scenarios;
    Id m_locationId = NoId;
    capacity::CapacityData m_records;
    std::optional<capacity::WaitingListScenario> m_waiting; // for this location only
};

} // namespace samenplan::ui
