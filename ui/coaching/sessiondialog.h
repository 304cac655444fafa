#pragma once
// Plans or edits a coaching session, or a weekly / every-other-week series of them. The focus child
// is private: shown here, never printed or exported unless asked.

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

#include <QHash>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace samenplan::ui {

class DateField;
class TimeField;

class SessionDialog : public FormDialog {
    Q_OBJECT
public:
    struct Lists {
        Choices coaches;   // ids > 0: staff; ids < 0: external coach -id
        Choices pedagogues;
        Choices groups;
        Choices children;
        QHash<Id, Staff> staff;
    };

    SessionDialog(const CoachingSession &session, const Lists &lists, bool allowSeries, QWidget *parent = nullptr);
    CoachingSession session() const;
    int repeatWeeks() const; // 0: once, 1 weekly, 2 every other week
    int repeatCount() const;
    QString problem() const override;

private:
    CoachingSession m_session;
    QHash<Id, Staff> m_staff;
    DateField *m_date;
    TimeField *m_from;
    TimeField *m_to;
    QComboBox *m_coach;
    QListWidget *m_coachees;
    QComboBox *m_group;
    QComboBox *m_kind;
    QLineEdit *m_goal;
    QComboBox *m_focus;
    QCheckBox *m_offFloor;
    QComboBox *m_status;
    QLineEdit *m_cancelReason;
    QPlainTextEdit *m_notes;
    QLineEdit *m_followUp;
    QComboBox *m_repeat;
    QSpinBox *m_count;
};

} // namespace samenplan::ui
