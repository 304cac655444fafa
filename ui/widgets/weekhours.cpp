#include "widgets/weekhours.h"

#include "widgets/timefield.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace samenplan::ui {

struct WeekHoursEditor::Row {
    int weekday = 1;
    QCheckBox *day = nullptr;
    TimeField *from = nullptr;
    TimeField *to = nullptr;
    QLabel *note = nullptr;
};

WeekHoursEditor::WeekHoursEditor(const QList<int> &weekdays, const TimeRange &defaultHours, QWidget *parent)
    : QWidget(parent), m_weekdays(weekdays), m_same(new QCheckBox(tr("Same times every day"), this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    int line = 0;
    for (int weekday : weekdays) {
        auto *row = new Row;
        row->weekday = weekday;
        row->day = new QCheckBox(QLocale().dayName(weekday), this);
        row->from = new TimeField(defaultHours.from, this);
        row->to = new TimeField(defaultHours.to, this);
        row->note = new QLabel(this);
        row->note->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        row->note->setWordWrap(true);
        row->note->hide();
        row->from->setAccessibleName(tr("%1 from").arg(row->day->text()));
        row->to->setAccessibleName(tr("%1 until").arg(row->day->text()));
        grid->addWidget(row->day, line, 0);
        grid->addWidget(row->from, line, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), this), line, 2);
        grid->addWidget(row->to, line, 3);
        grid->addWidget(row->note, line, 4);
        m_rows.append(row);
        connect(row->day, &QCheckBox::toggled, this, [this, row] {
            updateRow(*row);
            Q_EMIT changed();
        });
        for (TimeField *field : {row->from, row->to}) {
            connect(field, &TimeField::minutesChanged, this, [this, row] {
                if (m_copying)
                    return;
                if (m_same->isChecked())
                    copyTimes(*row);
                Q_EMIT changed();
            });
        }
        updateRow(*row);
        ++line;
    }
    grid->setColumnStretch(4, 1);
    grid->addWidget(m_same, line, 0, 1, 5);
    connect(m_same, &QCheckBox::toggled, this, [this](bool same) {
        if (!same)
            return;
        for (const Row *row : std::as_const(m_rows)) {
            if (row->day->isChecked()) {
                copyTimes(*row);
                break;
            }
        }
        Q_EMIT changed();
    });
}

WeekHoursEditor::~WeekHoursEditor()
{
    qDeleteAll(m_rows); // the widgets in them belong to this editor
}

void WeekHoursEditor::updateRow(const Row &row)
{
    row.from->setEnabled(row.day->isChecked());
    row.to->setEnabled(row.day->isChecked());
}

void WeekHoursEditor::copyTimes(const Row &from)
{
    m_copying = true;
    for (Row *row : std::as_const(m_rows)) {
        if (row == &from)
            continue;
        row->from->setMinutes(from.from->minutes());
        row->to->setMinutes(from.to->minutes());
    }
    m_copying = false;
}

void WeekHoursEditor::setHours(const QList<PlacementDay> &days)
{
    m_copying = true;
    std::optional<TimeRange> common;
    bool same = true;
    for (Row *row : std::as_const(m_rows)) {
        bool ticked = false;
        for (const PlacementDay &day : days) {
            if (day.weekday != row->weekday)
                continue;
            ticked = true;
            row->from->setMinutes(day.hours.from);
            row->to->setMinutes(day.hours.to);
            if (common && !(*common == day.hours))
                same = false;
            common = day.hours;
        }
        row->day->setChecked(ticked);
        updateRow(*row);
    }
    // Unticked rows show the shared times, so ticking one gives the same hours.
    if (common && same) {
        for (Row *row : std::as_const(m_rows)) {
            row->from->setMinutes(common->from);
            row->to->setMinutes(common->to);
        }
    }
    m_copying = false;
    const QSignalBlocker blocker(m_same);
    m_same->setChecked(same);
}

QList<PlacementDay> WeekHoursEditor::hours() const
{
    QList<PlacementDay> result;
    for (const Row *row : m_rows) {
        if (row->day->isChecked())
            result.append({row->weekday, TimeRange{row->from->minutes(), row->to->minutes()}});
    }
    return result;
}

bool WeekHoursEditor::sameTimes() const
{
    return m_same->isChecked();
}

void WeekHoursEditor::setSameTimes(bool same)
{
    m_same->setChecked(same);
}

void WeekHoursEditor::setNote(int weekday, const QString &note)
{
    for (Row *row : std::as_const(m_rows)) {
        if (row->weekday == weekday) {
            row->note->setText(note);
            row->note->setToolTip(note);
            row->note->setVisible(!note.isEmpty());
        }
    }
}

QCheckBox *WeekHoursEditor::dayBox(int weekday) const
{
    for (Row *row : m_rows)
        if (row->weekday == weekday)
            return row->day;
    return nullptr;
}

TimeField *WeekHoursEditor::fromField(int weekday) const
{
    for (Row *row : m_rows)
        if (row->weekday == weekday)
            return row->from;
    return nullptr;
}

TimeField *WeekHoursEditor::toField(int weekday) const
{
    for (Row *row : m_rows)
        if (row->weekday == weekday)
            return row->to;
    return nullptr;
}

} // namespace samenplan::ui
