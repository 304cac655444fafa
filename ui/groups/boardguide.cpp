#include "groups/boardguide.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samenplan::ui {

BoardGuide::BoardGuide(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_text(new QLabel(this)), m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("boardGuide"));
    setStyleSheet(QStringLiteral("#boardGuide { background: palette(base); border: 2px dashed #9fb3c2; border-radius: 8px; }"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_button->setMinimumHeight(36);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignCenter);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_step == Step::AddLocation)
            Q_EMIT addLocationRequested();
        else
            Q_EMIT addGroupRequested();
    });
    showStep(Step::AddLocation);
}

void BoardGuide::showStep(Step step, const QString &locationName)
{
    m_step = step;
    if (step == Step::AddLocation) {
        m_title->setText(tr("Start with your location"));
        m_text->setText(tr("Give its name, LRK number and opening hours; closing days and the school-holiday region can "
                           "be added too. Then add its groups and place the children."));
        m_button->setText(tr("Add a location..."));
    } else {
        m_title->setText(tr("Add the groups of %1").arg(locationName));
        m_text->setText(tr("For each group: its care type, the ages it takes, its size, the youth-care seats it keeps "
                           "and its room. Then drag children onto the groups."));
        m_button->setText(tr("Add a group..."));
    }
}

} // namespace samenplan::ui
