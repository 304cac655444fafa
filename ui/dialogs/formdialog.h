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
    // On the first showing: typing starts in the first field, and the buttons come last in the tab order.
    void showEvent(QShowEvent *event) override;

private:
    QFormLayout *m_form;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_focusPlaced = false;
};

} // namespace samenplan::ui
