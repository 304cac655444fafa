#pragma once
// What the group board says while there is nothing to show yet: an empty file leads to "add a
// location", a location without groups to "add a group", with the button that does it.

#include <QFrame>

class QLabel;
class QPushButton;

namespace samenplan::ui {

class BoardGuide : public QFrame {
    Q_OBJECT
public:
    enum class Step { AddLocation, AddGroup };
    explicit BoardGuide(QWidget *parent = nullptr);
    void showStep(Step step, const QString &locationName = {});
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void addLocationRequested();
    void addGroupRequested();

private:
    Step m_step = Step::AddLocation;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace samenplan::ui
