#include "views/staffview.h"

#include "children/recordpage.h"
#include "commands/recordcommands.h"
#include "commands/staffcommands.h"
#include "dialogs/absencedialog.h"
#include "dialogs/fixedfacesdialog.h"
#include "dialogs/staffdialog.h"
#include "persistence/absencerepository.h"
#include "persistence/childrepository.h"
#include "persistence/providerrepository.h"
#include "persistence/shiftrepository.h"
#include "persistence/staffrepository.h"
#include "shell/document.h"
#include "util/clock.h"
#include "views/searchabletable.h"

#include <QHash>
#include <QStandardItem>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samenplan::ui {

using AddStaff = AddRecordCommand<Staff>;
using ChangeStaff = ChangeRecordCommand<Staff>;
using AddAbsence = AddRecordCommand<Absence>;

StaffView::StaffView(QWidget *parent)
    : PlannerView(parent),
      m_page(new RecordPage(tr("Staff"), {tr("Name"), tr("Role"), tr("Employer"), tr("Contract (h/week)"),
                                          tr("Rostered this week (h)"), tr("Counts for the ratio"), tr("Qualifications")},
                            this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    table()->setSearchPlaceholder(tr("Search by name, role or employer..."));
    table()->setEmptyText(tr("No staff yet"));
    m_page->addAction(tr("New staff member..."), [this](qint64) { edit(NoId); }, false);
    m_page->addAction(tr("Edit..."), [this](qint64 id) { edit(id); }, true);
    m_page->addAction(tr("Fixed faces..."), [this](qint64 id) { editFixedFaces(id); }, true);
    m_page->addAction(tr("Register absence..."), [this](qint64 id) { addAbsence(id); }, true);
    connect(table(), &SearchableTable::activated, this, [this](qint64 id) { edit(id); });
}

QString StaffView::title() const
{
    return tr("Staff");
}

QIcon StaffView::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

SearchableTable *StaffView::table() const
{
    return m_page->table();
}

static QString hours(int minutes)
{
    return QString::number(minutes / 60.0, 'f', minutes % 60 ? 1 : 0);
}

void StaffView::reload()
{
    const Database &db = document()->database();
    const IsoWeek week = IsoWeek::containing(date());
    QHash<Id, QString> providers;
    for (const YouthCareProvider &provider : ProviderRepository(db).all())
        providers.insert(provider.id, provider.name);
    QHash<Id, int> rostered;
    for (const Shift &shift : ShiftRepository(db).between(week.monday(), week.day(7)))
        rostered[shift.staffId] += shift.workedMinutes();
    QList<QList<QStandardItem *>> rows;
    for (const Staff &member : StaffRepository(db).all()) {
        QStringList qualifications;
        if (member.qualifiedPreschool)
            qualifications << tr("VE");
        if (member.qualifiedCoach)
            qualifications << tr("coach");
        const QString employer = member.employerProviderId == NoId ? tr("own organisation")
                                                                   : providers.value(member.employerProviderId);
        const int weekMinutes = rostered.value(member.id);
        QStandardItem *rosteredCell = SearchableTable::cell(hours(weekMinutes), weekMinutes);
        if (member.contractMinutesPerWeek > 0 && weekMinutes > member.contractMinutesPerWeek)
            rosteredCell->setBackground(QColor(0xf8, 0xd0, 0xd0));
        rows.append({SearchableTable::cell(member.name, member.name, member.id),
                     SearchableTable::cell(staffRoleName(member.role)),
                     SearchableTable::cell(employer),
                     SearchableTable::cell(hours(member.contractMinutesPerWeek), member.contractMinutesPerWeek),
                     rosteredCell,
                     SearchableTable::cell(member.countsTowardRatio() ? tr("yes") : tr("no")),
                     SearchableTable::cell(qualifications.join(QStringLiteral(", ")))});
    }
    table()->setRows(rows);
}

void StaffView::clear()
{
    table()->setRows({});
}

void StaffView::edit(Id staffId)
{
    if (!document())
        return;
    const Database &db = document()->database();
    const auto existing = staffId ? StaffRepository(db).find(staffId) : std::nullopt;
    Choices providers;
    for (const YouthCareProvider &provider : ProviderRepository(db).all())
        providers.append({provider.id, provider.name});
    StaffDialog dialog(existing.value_or(Staff{}), providers, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Staff edited = dialog.staff();
    if (existing)
        document()->undoStack()->push(new ChangeStaff(document(), tr("edit %1").arg(edited.name), *existing, edited));
    else
        document()->undoStack()->push(new AddStaff(document(), tr("add %1").arg(edited.name), edited));
}

void StaffView::editFixedFaces(Id staffId)
{
    const Database &db = document()->database();
    const auto member = StaffRepository(db).find(staffId);
    if (!member)
        return;
    Choices children;
    for (const Child &child : ChildRepository(db).all())
        children.append({child.id, child.displayName()});
    const QList<Id> before = StaffRepository(db).fixedFaceChildrenOf(staffId);
    FixedFacesDialog dialog(member->name, children, before, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen() != before)
        document()->undoStack()->push(new SetFixedFacesCommand(document(), member->name, staffId, before, dialog.chosen()));
}

void StaffView::addAbsence(Id staffId)
{
    const auto member = StaffRepository(document()->database()).find(staffId);
    if (!member)
        return;
    Absence absence;
    absence.staffId = staffId;
    absence.start = absence.end = std::max(date(), IsoWeek::containing(date()).monday());
    AbsenceDialog dialog(absence, member->name, this);
    if (dialog.exec() == QDialog::Accepted)
        document()->undoStack()->push(new AddAbsence(document(), tr("absence of %1").arg(member->name), dialog.absence()));
}

bool StaffView::showRecord(const RecordLink &link)
{
    return table()->selectId(link.id);
}

} // namespace samenplan::ui
