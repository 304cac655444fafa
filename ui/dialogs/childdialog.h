#pragma once
// Edits a child's details. OK stays disabled while the record is not valid, and the reason shows.

#include "domain/entities.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace samenplan::ui {

class ChildDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChildDialog(const Child &child, QWidget *parent = nullptr);
    Child child() const;
    QString problem() const; // empty when OK is allowed

private:
    void validate();

    Child m_child;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QDateEdit *m_birthDate;
    QLineEdit *m_parentName;
    QLineEdit *m_parentPhone;
    QLineEdit *m_parentEmail;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace samenplan::ui
