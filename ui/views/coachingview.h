#pragma once
// Coaching: the shown week as a calendar, one row per coach and a column per weekday. Plan a session
// or a series, edit, cancel with a reason or delete it, drag it to another day or coach; every change
// is one undo step. The year overview shows the legal coach hours against what is planned and held,
// and prints. The focus child is private and never listed here.

#include "domain/entities.h"
#include "views/celldragsource.h"
#include "views/plannerview.h"

#include <memory>

#include <QPersistentModelIndex>
#include <QPoint>

class QPushButton;

namespace samenplan::ui {

class SearchableTable;

class CoachingView : public PlannerView {
    Q_OBJECT
public:
    explicit CoachingView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("coaching"); }
    QString title() const override;
    QIcon icon() const override;
    SearchableTable *table() const { return m_table; }
    int sessionCount() const { return m_sessionCount; }
    bool handles(RecordLink::Kind kind) const override { return kind == RecordLink::Kind::Session; }
    // Selects the session's coach and day (show its week first).
    bool showRecord(const RecordLink &link) override;

    // Without dialogs (tests): one undo step each.
    void addSeries(const CoachingSession &first, int intervalWeeks, int count);
    void moveSession(Id sessionId, const QDate &date, Id coachRow);
    void askCancelSession(Id sessionId);
    void cancelSession(Id sessionId, const QString &reason);

protected:
    void reload() override;
    void clear() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void editSession(Id sessionId);
    Id sessionAtCurrentCell() const;
    // Edit, Cancel session and Delete act on the chosen cell's session: enabled only while there is one.
    void updateSessionButtons();
    void showYear();
    void addExternalCoach();
    void exportCalendar();

    SearchableTable *m_table;
    int m_sessionCount = 0;
    QList<QPushButton *> m_sessionButtons;
    std::unique_ptr<CellDragSource> m_drag;
};

} // namespace samenplan::ui
