#pragma once
// What the window shows while no database is open: what Samenplan is and the ways to start.

#include <QWidget>

namespace samenplan::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
};

} // namespace samenplan::ui
