#pragma once
// Staff: everyone who works at or visits the location, their role, employer and contract, and the
// hours rostered in the shown week. New, edit, fixed faces and absences from here; each change is
// one undo step.

#include "domain/types.h"
#include "views/plannerview.h"

namespace samenplan::ui {

class RecordPage;
class SearchableTable;

class StaffView : public PlannerView {
    Q_OBJECT
public:
    explicit StaffView(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("staff"); }
    QString title() const override;
    QIcon icon() const override;
    SearchableTable *table() const;
    bool handles(RecordLink::Kind kind) const override { return kind == RecordLink::Kind::Staff; }
    bool showRecord(const RecordLink &link) override;

protected:
    void reload() override;
    void clear() override;

private:
    void edit(Id staffId);
    void editFixedFaces(Id staffId);
    void addAbsence(Id staffId);

    RecordPage *m_page;
};

} // namespace samenplan::ui
