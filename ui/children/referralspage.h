#pragma once

#include "children/documentpage.h"
#include "domain/types.h"

#include <QDate>

namespace samenplan::ui {

// Referrals (beschikkingen) and the actions at the end of a trajectory: extend it, continue as a
// regular placement, or end it with a follow-up note. Special-category data: on screen only.
class ReferralsPage : public DocumentPage {
    Q_OBJECT
public:
    explicit ReferralsPage(QWidget *parent = nullptr);
    void reload(const QDate &date) override;

    // The actions, callable without dialogs (tests, scripts).
    void extend(Id referralId, int months);
    // Returns a readable reason when no regular place is free; empty when done.
    QString continueAsRegular(Id referralId, const QDate &today = QDate::currentDate());
    void endTrajectory(Id referralId, const QString &followUpNote);

private:
    void edit(qint64 id);

    QDate m_date;
};

} // namespace samenplan::ui
