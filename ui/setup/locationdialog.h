#pragma once
// Creates or edits a location: its name, LRK number and address, the opening hours per weekday, the
// days it is closed although normally open, and its school-holiday region.

#include "dialogs/formdialog.h"
#include "domain/entities.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace samenplan::ui {

class DateField;
class WeekHoursEditor;

class LocationDialog : public FormDialog {
    Q_OBJECT
public:
    explicit LocationDialog(const Location &location, QWidget *parent = nullptr);
    Location location() const;
    QString problem() const override;

    // Adds a closing day from the fields below the list (the Add button).
    void addClosingDay(const QDate &date, const QString &reason);

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
};

} // namespace samenplan::ui
