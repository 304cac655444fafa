#pragma once
// Edits a child's details. OK stays disabled while the record is not valid, and the reason shows.

#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace samenplan::ui {

class DateField;

class ChildDialog : public FormDialog {
    Q_OBJECT
public:
    explicit ChildDialog(const Child &child, QWidget *parent = nullptr);
    Child child() const;
    QString problem() const override;

private:
    Child m_child;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    DateField *m_birthDate;
    QCheckBox *m_expected;
    QLineEdit *m_parentName;
    QLineEdit *m_parentPhone;
    QLineEdit *m_parentEmail;
    QPlainTextEdit *m_notes;
};

} // namespace samenplan::ui
