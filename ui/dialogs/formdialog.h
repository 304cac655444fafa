#pragma once
// Base of the record editors: a form, a line that says what is wrong, and OK only when nothing is.

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace samenplan::ui {

class FormDialog : public QDialog {
    Q_OBJECT
public:
    // Empty when the form may be accepted, else one readable sentence.
    virtual QString problem() const = 0;

protected:
    explicit FormDialog(QWidget *parent = nullptr);
    QFormLayout *form() const { return m_form; }
    // Call after the fields exist, and connect every field's change signal to it. A date or time
    // field whose text is no date or time is named first, before problem() is asked.
    void revalidate();
    QString inputProblem() const;

private:
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace samenplan::ui
