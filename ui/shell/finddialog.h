#pragma once
// Ctrl+K: find a child, colleague, group or coaching session by typing part of its name, and open
// it on its page. Arrow keys choose, Enter opens, Escape closes.

#include "views/recordlink.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace samenplan {
class Database;
}

namespace samenplan::ui {

class FindDialog : public QDialog {
    Q_OBJECT
public:
    FindDialog(const Database &db, QWidget *parent = nullptr);
    // The record chosen when the dialog was accepted.
    std::optional<RecordLink> chosen() const { return m_chosen; }
    void setText(const QString &text); // searches at once (for tests)
    int hitCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void acceptChosen(); // accepts the dialog with the current hit

    const Database &m_db;
    QLineEdit *m_text;
    QListWidget *m_hits;
    QLabel *m_status;
    QTimer *m_delay;
    std::optional<RecordLink> m_chosen;
};

} // namespace samenplan::ui
