#pragma once

#include "children/documentpage.h"

namespace samenplan::ui {

// The youth-care providers and youth and family centres.
class ProvidersPage : public DocumentPage {
    Q_OBJECT
public:
    explicit ProvidersPage(QWidget *parent = nullptr);
    void reload(const QDate &date) override;

private:
    void edit(qint64 id);
};

} // namespace samenplan::ui
