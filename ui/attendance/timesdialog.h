#pragma once
// Asks for a time span on one day: from, to (or "still there" for a child not yet picked up) and,
// for staff, a note such as "swap with Anna".

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;
class QTimeEdit;

namespace samenplan::ui {

class TimesDialog : public QDialog {
    Q_OBJECT
public:
    TimesDialog(const QString &title, QWidget *parent = nullptr);
    // openEnd: offer "still there" (no end yet).
    void setTimes(int from, std::optional<int> to, bool openEnd);
    void setNote(const QString &note, bool shown);
    int from() const;
    std::optional<int> to() const;
    QString note() const;

private:
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QCheckBox *m_open;
    QLineEdit *m_note;
};

} // namespace samenplan::ui
