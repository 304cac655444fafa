#pragma once

#include "children/documentpage.h"

namespace samenplan::ui {

// The waiting list: who wishes to start when, on which days, in which group.
class WaitingListPage : public DocumentPage {
    Q_OBJECT
public:
    explicit WaitingListPage(QWidget *parent = nullptr);
    void reload(const QDate &date) override;

private:
    void edit(qint64 id);
};

} // namespace samenplan::ui
