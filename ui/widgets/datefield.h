#pragma once
// A date field that takes typed dates the Dutch way (23-11, 23-11-2026, 2311, 23 nov; see
// util/typedinput.h) as well as the arrow keys (a day; Page Up/Down a week) and a calendar with ISO
// week numbers. It shows dd-MM-yyyy once the typing is done, and marks text that is no date.

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace samenplan::ui {

class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(const QDate &date = {}, QWidget *parent = nullptr);
    ~DateField() override;

    // The date shown; null when the field is empty (allowed with setOptional) or holds no date.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // An empty field is a valid answer ("no end date"); the placeholder says what empty means.
    void setOptional(const QString &placeholder);
    // True when the text is a date (or empty in an optional field).
    bool hasAcceptableInput() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Days per arrow key (Page Up/Down take a week, or four steps when a step is longer than a day).
    void setStep(int days) { m_step = days; }
    // The calendar the button shows (made on first use), with ISO week numbers.
    QCalendarWidget *calendar();
    void showCalendar();

Q_SIGNALS:
    // Every change, also while typing (a dialog's verdict follows along).
    void dateChanged(const QDate &date);
    // A date the user settled on: picked from the calendar, stepped with a key, or typed and left.
    void dateChosen(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readText();
    void showDate();
    void step(int steps);
    void markProblem(bool problem);

    QLineEdit *m_edit;
    QToolButton *m_button;
    QMenu *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_date;
    QDate m_reference; // the date shown before the typing began
    bool m_optional = false;
    int m_step = 1;
};

} // namespace samenplan::ui
