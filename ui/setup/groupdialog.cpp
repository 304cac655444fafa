#include "setup/groupdialog.h"

#include "domain/validation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace samenplan::ui {

Group GroupDialog::defaultsFor(CareType careType)
{
    Group g;
    g.careType = careType;
    switch (careType) {
    case CareType::DayCare:
        g.minAgeMonths = 0;
        g.maxAgeMonths = 48;
        g.maxChildren = 16;
        break;
    case CareType::Preschool:
        g.minAgeMonths = 30; // from 2½ (rules.md 9)
        g.maxAgeMonths = 48;
        g.maxChildren = 16;
        g.preschoolEducation = true;
        break;
    case CareType::OutOfSchool:
        g.minAgeMonths = 48;
        g.maxAgeMonths = 13 * 12;
        g.maxChildren = 22;
        break;
    }
    return g;
}

GroupDialog::GroupDialog(const Group &group, const Choices &locations, QWidget *parent)
    : FormDialog(parent),
      m_group(group),
      m_touched(group.id != NoId),
      m_name(new QLineEdit(group.name, this)),
      m_location(new QComboBox(this)),
      m_careType(new QComboBox(this)),
      m_minYears(new QSpinBox(this)),
      m_minMonths(new QSpinBox(this)),
      m_maxYears(new QSpinBox(this)),
      m_maxMonths(new QSpinBox(this)),
      m_maxChildren(new QSpinBox(this)),
      m_seats(new QSpinBox(this)),
      m_room(new QLineEdit(group.room, this)),
      m_preschool(new QCheckBox(tr("Pre-school education (VE)"), this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(group.id ? tr("Edit group %1").arg(group.name) : tr("New group"));
    m_name->setObjectName(QStringLiteral("name"));
    m_location->setObjectName(QStringLiteral("location"));
    m_careType->setObjectName(QStringLiteral("careType"));
    m_maxChildren->setObjectName(QStringLiteral("maxChildren"));
    m_seats->setObjectName(QStringLiteral("seats"));
    m_room->setObjectName(QStringLiteral("room"));
    m_name->setPlaceholderText(tr("e.g. Vlinders"));
    fillChoices(m_location, locations, group.locationId);
    for (CareType type : {CareType::DayCare, CareType::Preschool, CareType::OutOfSchool})
        m_careType->addItem(careTypeName(type), int(type));
    m_careType->setCurrentIndex(m_careType->findData(int(group.careType)));
    for (QSpinBox *years : {m_minYears, m_maxYears}) {
        years->setRange(0, 13);
        years->setSuffix(tr(" years"));
    }
    for (QSpinBox *months : {m_minMonths, m_maxMonths}) {
        months->setRange(0, 11);
        months->setSuffix(tr(" months"));
    }
    m_minYears->setValue(group.minAgeMonths / 12);
    m_minMonths->setValue(group.minAgeMonths % 12);
    m_maxYears->setValue(group.maxAgeMonths / 12);
    m_maxMonths->setValue(group.maxAgeMonths % 12);
    m_maxChildren->setRange(1, 30);
    m_maxChildren->setValue(group.maxChildren);
    m_seats->setRange(0, 30);
    m_seats->setValue(group.youthCareSeats);
    m_seats->setToolTip(tr("Seats the group keeps for children a youth-care provider places (usually 4; 0 for none)"));
    m_room->setPlaceholderText(tr("e.g. Room 2, ground floor"));
    m_preschool->setChecked(group.preschoolEducation);
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_summary->setWordWrap(true);

    auto ages = [](QSpinBox *years, QSpinBox *months) {
        auto *row = new QHBoxLayout;
        row->addWidget(years);
        row->addWidget(months);
        row->addStretch();
        return row;
    };
    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("Location"), m_location);
    form()->addRow(tr("Care type"), m_careType);
    form()->addRow(tr("From age"), ages(m_minYears, m_minMonths));
    form()->addRow(tr("Until age"), ages(m_maxYears, m_maxMonths));
    form()->addRow(tr("Maximum children"), m_maxChildren);
    form()->addRow(tr("Youth-care seats"), m_seats);
    form()->addRow(tr("Room"), m_room);
    form()->addRow(QString(), m_preschool);
    form()->addRow(QString(), m_summary);

    connect(m_name, &QLineEdit::textChanged, this, &GroupDialog::revalidate);
    connect(m_location, &QComboBox::currentIndexChanged, this, &GroupDialog::revalidate);
    connect(m_careType, &QComboBox::currentIndexChanged, this, &GroupDialog::applyDefaults);
    for (QSpinBox *spin : {m_minYears, m_minMonths, m_maxYears, m_maxMonths, m_maxChildren, m_seats}) {
        connect(spin, &QSpinBox::valueChanged, this, &GroupDialog::updateSummary);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_applying)
                m_touched = true;
        });
    }
    if (!group.id)
        applyDefaults();
    updateSummary();
    m_name->setFocus(); // typing starts in the first field, not on Cancel
}

void GroupDialog::applyDefaults()
{
    if (!m_touched) {
        const Group defaults = defaultsFor(CareType(m_careType->currentData().toInt()));
        m_applying = true;
        m_minYears->setValue(defaults.minAgeMonths / 12);
        m_minMonths->setValue(defaults.minAgeMonths % 12);
        m_maxYears->setValue(defaults.maxAgeMonths / 12);
        m_maxMonths->setValue(defaults.maxAgeMonths % 12);
        m_maxChildren->setValue(defaults.maxChildren);
        m_preschool->setChecked(defaults.preschoolEducation);
        m_applying = false;
    }
    updateSummary();
}

QString GroupDialog::ageText(int months)
{
    if (months % 12 == 0)
        return tr("%n year(s)", nullptr, months / 12);
    if (months < 12)
        return tr("%n month(s)", nullptr, months);
    return tr("%1 and %2").arg(tr("%n year(s)", nullptr, months / 12), tr("%n month(s)", nullptr, months % 12));
}

void GroupDialog::updateSummary()
{
    const Group g = group();
    m_summary->setText(tr("Children from %1 until they are %2; %3 regular places and %4 youth-care seats.")
                           .arg(ageText(g.minAgeMonths), ageText(g.maxAgeMonths))
                           .arg(std::max(0, g.maxChildren - g.youthCareSeats))
                           .arg(g.youthCareSeats));
    revalidate();
}

Group GroupDialog::group() const
{
    Group result = m_group;
    result.name = m_name->text().trimmed();
    result.locationId = chosenId(m_location);
    result.careType = CareType(m_careType->currentData().toInt());
    result.minAgeMonths = m_minYears->value() * 12 + m_minMonths->value();
    result.maxAgeMonths = m_maxYears->value() * 12 + m_maxMonths->value();
    result.maxChildren = m_maxChildren->value();
    result.youthCareSeats = m_seats->value();
    result.room = m_room->text().trimmed();
    result.preschoolEducation = m_preschool->isChecked();
    return result;
}

QString GroupDialog::problem() const
{
    return checkGroup(group()).reason();
}

} // namespace samenplan::ui
