#pragma once
// Creates or edits a shift. A shift that ends before it starts is refused with its reason; an
// overlap, a shift outside the opening hours or during an absence is allowed with a warning.

#include "dialogs/choices.h"
#include "dialogs/formdialog.h"
#include "domain/entities.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace samenplan::ui {

class DateField;
class TimeField;

class ShiftDialog : public FormDialog {
    Q_OBJECT
public:
    using Advisor = std::function<QStringList(const Shift &)>; // warnings for a valid shift

    ShiftDialog(const Shift &shift, const Choices &staff, const Choices &groups, Advisor advisor, QWidget *parent = nullptr);
    Shift shift() const;
    QString problem() const override;

private:
    void update();

    Shift m_shift;
    Advisor m_advisor;
    QComboBox *m_staff;
    QComboBox *m_group;
    DateField *m_date;
    TimeField *m_from;
    TimeField *m_to;
    QCheckBox *m_hasBreak;
    TimeField *m_breakFrom;
    TimeField *m_breakTo;
    QLineEdit *m_note;
    QLabel *m_warnings;
};

} // namespace samenplan::ui
