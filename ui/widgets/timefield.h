#pragma once
// A time-of-day field that takes typed times (8:30, 830, 8.30, 8; see util/typedinput.h) and the
// arrow keys (a quarter of an hour). It shows HH:mm once the typing is done and marks text that is
// no time.

#include <QLineEdit>

namespace samenplan::ui {

class TimeField : public QLineEdit {
    Q_OBJECT
public:
    explicit TimeField(int minutes = -1, QWidget *parent = nullptr);

    // Minutes since midnight; -1 while the text is no time.
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);

Q_SIGNALS:
    void minutesChanged(int minutes);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QSize sizeHint() const override;

private:
    void readText();
    void showTime();

    int m_minutes = -1;
};

} // namespace samenplan::ui
