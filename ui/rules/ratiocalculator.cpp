#include "rules/ratiocalculator.h"

#include "rules/staffratio.h"
#include "widgets/datefield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace samenplan::ui {

RatioCalculator::RatioCalculator(QWidget *parent)
    : QWidget(parent),
      m_setting(new QComboBox(this)),
      m_date(new DateField(QDate::currentDate(), this)),
      m_inputs(new QWidget(this)),
      m_result(new QLabel(this)),
      m_ruleset(new QLabel(this)),
      m_explanation(new QLabel(this))
{
    m_setting->addItem(careTypeName(CareType::DayCare), int(CareType::DayCare));
    m_setting->addItem(careTypeName(CareType::Preschool), int(CareType::Preschool));
    m_setting->addItem(careTypeName(CareType::OutOfSchool), int(CareType::OutOfSchool));
    m_date->setToolTip(tr("The day decides the rule set (out-of-school care counts per location since 1 July 2024)"));
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_result->setFont(big);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleset->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *top = new QFormLayout;
    top->addRow(tr("Setting"), m_setting);
    top->addRow(tr("Date"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Children present by age (completed years):"), this));
    layout->addWidget(m_inputs);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addWidget(m_ruleset);
    layout->addWidget(m_explanation);
    layout->addStretch();
    new QFormLayout(m_inputs);

    connect(m_setting, &QComboBox::currentIndexChanged, this, &RatioCalculator::rebuildInputs);
    connect(m_date, &DateField::dateChanged, this, &RatioCalculator::recalculate);
    rebuildInputs();
}

CareType RatioCalculator::careType() const
{
    return CareType(m_setting->currentData().toInt());
}

void RatioCalculator::setCareType(CareType type)
{
    m_setting->setCurrentIndex(m_setting->findData(int(type)));
}

void RatioCalculator::setCounts(const QList<int> &counts)
{
    for (int i = 0; i < m_counts.size() && i < counts.size(); ++i)
        m_counts.at(i)->setValue(counts.at(i));
}

void RatioCalculator::rebuildInputs()
{
    auto *form = static_cast<QFormLayout *>(m_inputs->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_counts.clear();
    const QStringList labels = careType() == CareType::OutOfSchool
        ? QStringList{tr("Aged 4 to 6"), tr("Aged 7 and over")}
        : QStringList{tr("Aged 0"), tr("Aged 1"), tr("Aged 2"), tr("Aged 3")};
    for (const QString &label : labels) {
        auto *spin = new QSpinBox(m_inputs);
        spin->setRange(0, 60);
        spin->setAccessibleName(label);
        connect(spin, &QSpinBox::valueChanged, this, &RatioCalculator::recalculate);
        form->addRow(label, spin);
        m_counts.append(spin);
    }
    recalculate();
}

void RatioCalculator::recalculate()
{
    QList<int> ages;
    const bool outOfSchool = careType() == CareType::OutOfSchool;
    for (int i = 0; i < m_counts.size(); ++i) {
        const int age = outOfSchool ? (i == 0 ? 5 : 8) : i;
        for (int n = 0; n < m_counts.at(i)->value(); ++n)
            ages.append(age);
    }
    const rules::RatioResult result = rules::staffRatio(careType(), ages, m_date->date());
    m_result->setText(result.valid ? tr("%n professional(s) required", nullptr, result.required) : tr("Not allowed"));
    m_result->setStyleSheet(result.valid ? QString() : QStringLiteral("color: #b00020;"));
    m_ruleset->setText(tr("Rule set: %1").arg(result.ruleset));
    m_explanation->setText(result.explanation);
}

QString RatioCalculator::resultText() const
{
    return m_result->text();
}

QString RatioCalculator::explanationText() const
{
    return m_explanation->text();
}

} // namespace samenplan::ui
