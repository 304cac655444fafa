#pragma once
// Creates or edits a group: name, location, care type, age range, maximum size, youth-care seats and
// room. A new group's ages and size follow its care type until they are changed by hand.

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace samenplan::ui {

class GroupDialog : public FormDialog {
    Q_OBJECT
public:
    GroupDialog(const Group &group, const Choices &locations, QWidget *parent = nullptr);
    Group group() const;
    QString problem() const override;

    // The usual ages and size of a group of this care type (rules.md sections 1, 4 and 9).
    static Group defaultsFor(CareType careType);
    // "2 years and 6 months".
    static QString ageText(int months);

private:
    void applyDefaults();
    void updateSummary();

    Group m_group;
    bool m_touched = false; // ages or size changed by hand: the care type no longer sets them
    bool m_applying = false;
    QLineEdit *m_name;
    QComboBox *m_location;
    QComboBox *m_careType;
    QSpinBox *m_minYears;
    QSpinBox *m_minMonths;
    QSpinBox *m_maxYears;
    QSpinBox *m_maxMonths;
    QSpinBox *m_maxChildren;
    QSpinBox *m_seats;
    QLineEdit *m_room;
    QCheckBox *m_preschool;
    QLabel *m_summary;
};

} // namespace samenplan::ui
