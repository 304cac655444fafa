#pragma once
// Cancels a coaching session with a reason: it stays in the calendar as cancelled. The buttons say
// what they do ("Cancel the session" / "Keep the session"), so "Cancel" never means two things.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace samenplan::ui {

class CancelSessionDialog : public QDialog {
    Q_OBJECT
public:
    CancelSessionDialog(const QString &sessionDescription, QWidget *parent = nullptr);
    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *cancelButton() const { return m_cancelSession; }

private:
    QLineEdit *m_reason;
    QPushButton *m_cancelSession;
};

} // namespace samenplan::ui
