#pragma once
// Creates or edits a location: its name, LRK number and address, the opening hours per weekday, the
// days it is closed although normally open (calendar closing days), its school-holiday region and
// whether it closes on public holidays.

#include "dialogs/formdialog.h"
#include "domain/calendar.h"
#include "domain/entities.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace samenplan::ui {

class DateField;
class WeekHoursEditor;

class LocationDialog : public FormDialog {
    Q_OBJECT
public:
    LocationDialog(const Location &location, const QList<ClosingDay> &closingDays, QWidget *parent = nullptr);
    Location location() const;
    QList<ClosingDay> closingDays() const { return m_closingDays; } // by date
    QString problem() const override;

    // Adds a closing day from the fields below the list (the Add button).
    void addClosingDay(const QDate &date, const QString &reason);
    // OK also keeps a closing day typed below the list but not yet added: it was meant.
    void accept() override;

private:
    void showClosingDays();

    Location m_location;
    QList<ClosingDay> m_closingDays;
    QLineEdit *m_name;
    QLineEdit *m_lrk;
    QLineEdit *m_address;
    WeekHoursEditor *m_hours;
    QListWidget *m_closed;
    DateField *m_closedDate;
    QLineEdit *m_closedReason;
    QComboBox *m_region;
    QCheckBox *m_publicHolidays;
};

} // namespace samenplan::ui
