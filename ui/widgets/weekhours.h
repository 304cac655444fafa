#pragma once
// Hours per weekday: a row per day with a tick and from-to times, and "same times every day" that
// keeps every row's times equal while it is ticked. The location editor's opening hours and the
// placement dialog's days both use it.

#include "domain/entities.h"

#include <QWidget>

class QCheckBox;

namespace samenplan::ui {

class TimeField;

class WeekHoursEditor : public QWidget {
    Q_OBJECT
public:
    // One row per weekday given (1 = Monday); unticked rows start at defaultHours.
    WeekHoursEditor(const QList<int> &weekdays, const TimeRange &defaultHours, QWidget *parent = nullptr);
    ~WeekHoursEditor() override;

    // Ticks the days given with their hours, unticks the others; "same times" follows whether they agree.
    void setHours(const QList<PlacementDay> &days);
    // The ticked days with their hours (a time that is no time reads as -1).
    QList<PlacementDay> hours() const;
    bool sameTimes() const;
    void setSameTimes(bool same);
    // A short note beside a day (why it was left out, or that the location is closed).
    void setNote(int weekday, const QString &note);

    QCheckBox *dayBox(int weekday) const;
    TimeField *fromField(int weekday) const;
    TimeField *toField(int weekday) const;

Q_SIGNALS:
    void changed();

private:
    struct Row;
    void copyTimes(const Row &from);
    void updateRow(const Row &row);

    QList<int> m_weekdays;
    QList<Row *> m_rows;
    QCheckBox *m_same;
    bool m_copying = false;
};

} // namespace samenplan::ui
