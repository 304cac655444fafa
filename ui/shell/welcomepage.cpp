#include "shell/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *title = new QLabel(tr("Welcome to Samenplan"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Plan groups and youth-care seats, roster staff to the staff-child ratio "
                               "and schedule coaching on the job.\nStart with a new database for your "
                               "organisation, open an existing one, or look around in a demo location."),
                            this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text);
    layout->addSpacing(24);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *newButton = new QPushButton(tr("New database..."), this);
    auto *openButton = new QPushButton(tr("Open..."), this);
    auto *demoButton = new QPushButton(tr("Open the demo location"), this);
    for (QPushButton *button : {newButton, openButton, demoButton}) {
        button->setMinimumHeight(36);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

} // namespace samenplan::ui
