#include "setup/locationdialog.h"

#include "domain/validation.h"
#include "widgets/datefield.h"
#include "widgets/weekhours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace samenplan::ui {

LocationDialog::LocationDialog(const Location &location, const QList<ClosingDay> &closingDays, QWidget *parent)
    : FormDialog(parent),
      m_location(location),
      m_closingDays(closingDays),
      m_name(new QLineEdit(location.name, this)),
      m_lrk(new QLineEdit(location.lrkNumber, this)),
      m_address(new QLineEdit(location.address, this)),
      m_hours(new WeekHoursEditor({1, 2, 3, 4, 5, 6, 7}, TimeRange{450, 1110}, this)),
      m_closed(new QListWidget(this)),
      m_closedDate(new DateField({}, this)),
      m_closedReason(new QLineEdit(this)),
      m_region(new QComboBox(this)),
      m_publicHolidays(new QCheckBox(tr("Closed on public holidays"), this))
{
    setWindowTitle(location.id ? tr("Edit location %1").arg(location.name) : tr("New location"));
    m_name->setObjectName(QStringLiteral("name"));
    m_lrk->setObjectName(QStringLiteral("lrk"));
    m_address->setObjectName(QStringLiteral("address"));
    m_region->setObjectName(QStringLiteral("region"));
    m_publicHolidays->setObjectName(QStringLiteral("publicHolidays"));
    m_closedDate->setObjectName(QStringLiteral("closedDate"));
    m_closedReason->setObjectName(QStringLiteral("closedReason"));
    m_name->setPlaceholderText(tr("e.g. Kindcentrum De Boomgaard"));
    m_lrk->setPlaceholderText(tr("6 to 12 digits, from the Landelijk Register Kinderopvang"));
    QList<PlacementDay> open;
    for (int day = 1; day <= 7; ++day) {
        if (const auto hours = location.hoursOn(day))
            open.append({day, *hours});
    }
    if (!location.id && open.isEmpty()) // a new location: weekdays 07:30-18:30
        for (int day = 1; day <= 5; ++day)
            open.append({day, TimeRange{450, 1110}});
    m_hours->setHours(open);

    m_closed->setMaximumHeight(96);
    m_closedDate->setOptional(tr("date"));
    m_closedReason->setPlaceholderText(tr("why, e.g. a study day or a bridge day"));
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_closedDate);
    addRow->addWidget(m_closedReason, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *closing = new QVBoxLayout;
    closing->addWidget(m_closed);
    closing->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, [this] {
        addClosingDay(m_closedDate->date(), m_closedReason->text().trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_closed->currentRow();
        if (row >= 0 && row < m_closingDays.size()) {
            m_closingDays.removeAt(row);
            showClosingDays();
        }
    });
    showClosingDays();

    for (HolidayRegion region : {HolidayRegion::Noord, HolidayRegion::Midden, HolidayRegion::Zuid})
        m_region->addItem(holidayRegionName(region), int(region));
    m_region->setCurrentIndex(m_region->findData(int(location.holidayRegion)));
    m_region->setToolTip(tr("The region whose school holidays the location follows (north, middle or south)"));
    m_publicHolidays->setChecked(location.closedOnPublicHolidays);
    m_publicHolidays->setToolTip(tr("Closed on New Year's Day, Easter Monday, King's Day, Ascension Day, Whit Monday and "
                                    "Christmas; Liberation Day every fifth year"));

    form()->addRow(tr("Name"), m_name);
    form()->addRow(tr("LRK number"), m_lrk);
    form()->addRow(tr("Address"), m_address);
    form()->addRow(tr("Opening hours"), m_hours);
    form()->addRow(tr("Closing days"), closing);
    form()->addRow(tr("School-holiday region"), m_region);
    form()->addRow(QString(), m_publicHolidays);
    for (QLineEdit *edit : {m_name, m_lrk})
        connect(edit, &QLineEdit::textChanged, this, &LocationDialog::revalidate);
    connect(m_hours, &WeekHoursEditor::changed, this, &LocationDialog::revalidate);
    // Typed text that is no date (31-02-2026) is named below the form, not only marked red.
    connect(m_closedDate->lineEdit(), &QLineEdit::textChanged, this, &LocationDialog::revalidate);
    revalidate();
    m_name->setFocus(); // typing starts in the first field, not on Cancel
}

void LocationDialog::addClosingDay(const QDate &date, const QString &reason)
{
    if (!date.isValid())
        return;
    for (const ClosingDay &day : std::as_const(m_closingDays)) {
        if (day.date == date)
            return;
    }
    ClosingDay day;
    day.locationId = m_location.id;
    day.date = date;
    day.reason = reason;
    m_closingDays.append(day);
    std::sort(m_closingDays.begin(), m_closingDays.end(), [](const ClosingDay &a, const ClosingDay &b) { return a.date < b.date; });
    m_closedDate->setDate({});
    m_closedReason->clear();
    showClosingDays();
}

void LocationDialog::accept()
{
    addClosingDay(m_closedDate->date(), m_closedReason->text().trimmed());
    if (problem().isEmpty())
        FormDialog::accept();
}

void LocationDialog::showClosingDays()
{
    m_closed->clear();
    for (const ClosingDay &day : std::as_const(m_closingDays)) {
        const QString date = QLocale().toString(day.date, QStringLiteral("ddd dd-MM-yyyy"));
        m_closed->addItem(day.reason.isEmpty() ? date : tr("%1 · %2").arg(date, day.reason));
    }
    if (m_closingDays.isEmpty())
        m_closed->addItem(tr("No closing days"));
    m_closed->setEnabled(!m_closingDays.isEmpty());
    revalidate();
}

Location LocationDialog::location() const
{
    Location result = m_location;
    result.name = m_name->text().trimmed();
    result.lrkNumber = m_lrk->text().trimmed();
    result.address = m_address->text().trimmed();
    result.openingHours = {};
    for (const PlacementDay &day : m_hours->hours())
        result.openingHours[day.weekday - 1] = day.hours;
    result.holidayRegion = HolidayRegion(m_region->currentData().toInt());
    result.closedOnPublicHolidays = m_publicHolidays->isChecked();
    return result;
}

QString LocationDialog::problem() const
{
    if (m_hours->hours().isEmpty())
        return tr("Tick the days the location is open.");
    for (const ClosingDay &day : m_closingDays) {
        if (day.reason.size() > MaxNameLength)
            return tr("The reason for %1 is longer than %2 characters.")
                .arg(QLocale().toString(day.date, QLocale::ShortFormat))
                .arg(MaxNameLength);
    }
    return checkLocation(location()).reason();
}

} // namespace samenplan::ui
