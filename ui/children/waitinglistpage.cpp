#include "children/waitinglistpage.h"

#include "capacity/capacitydata.h"
#include "commands/recordcommands.h"
#include "dialogs/waitinglistdialog.h"
#include "overview/wishfittext.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/waitinglistrepository.h"
#include "shell/document.h"
#include "util/datetext.h"
#include "views/searchabletable.h"
#include "views/weekdays.h"

#include <QLocale>
#include <QStandardItem>
#include <QUndoStack>

namespace samenplan::ui {

using AddEntry = AddRecordCommand<WaitingListEntry>;
using ChangeEntry = ChangeRecordCommand<WaitingListEntry>;
using RemoveEntry = RemoveRecordCommand<WaitingListEntry>;

WaitingListPage::WaitingListPage(QWidget *parent)
    : DocumentPage(tr("Waiting list"), {tr("Child"), tr("Wished start"), tr("Days"), tr("Preferred group"), tr("Priority"),
                                        tr("Note"), tr("Fits from")},
                   parent)
{
    table()->setSearchPlaceholder(tr("Search the waiting list..."));
    addAction(tr("Add..."), [this](qint64) { edit(NoId); }, false);
    addAction(tr("Edit..."), [this](qint64 id) { edit(id); }, true);
    addAction(tr("Remove"), [this](qint64 id) {
        for (const WaitingListEntry &entry : WaitingListRepository(document()->database()).all()) {
            if (entry.id == id)
                document()->undoStack()->push(new RemoveEntry(document(), tr("remove from the waiting list"), entry));
        }
    }, true);
    connect(table(), &SearchableTable::activated, this, &WaitingListPage::edit);
}

void WaitingListPage::reload(const QDate &date)
{
    const Database &db = document()->database();
    // When each wish fits, from the date shown on: the same answer as the overview and `samenplan-cli fit`.
    const QDate from = date.isValid() ? date : QDate::currentDate();
    const capacity::CapacityData capacityData = capacity::CapacityData::load(db, from);
    QList<QList<QStandardItem *>> rows;
    for (const WaitingListEntry &e : capacityData.waitingList) {
        const overview::WaitingWish wish = overview::fitWish(capacityData, e, NoId, from);
        const Group *wished = capacityData.group(e.preferredGroupId);
        QStandardItem *fits = SearchableTable::cell(fitsText(wish), wish.earliest.value_or(QDate(9999, 12, 31)));
        fits->setToolTip(notAtStartText(wish));
        // An expected baby shows as expected, with its due date.
        const auto child = capacityData.children.constFind(e.childId);
        const QString name = child != capacityData.children.constEnd() && child->expected
            ? tr("%1 (expected %2)").arg(wish.child, dayAndMonth(child->birthDate))
            : wish.child;
        rows.append({SearchableTable::cell(name, wish.child, e.id),
                     SearchableTable::cell(QLocale().toString(e.wishedStart, QLocale::ShortFormat), e.wishedStart),
                     SearchableTable::cell(dayList(e.days), e.days),
                     SearchableTable::cell(wished ? wished->name : QString()),
                     SearchableTable::cell(QString::number(e.priority), e.priority),
                     SearchableTable::cell(e.note), fits});
    }
    table()->setRows(rows);
}

void WaitingListPage::edit(qint64 id)
{
    if (!document())
        return;
    const Database &db = document()->database();
    std::optional<WaitingListEntry> existing;
    for (const WaitingListEntry &entry : WaitingListRepository(db).all()) {
        if (entry.id == id)
            existing = entry;
    }
    Choices children, groups;
    for (const Child &c : ChildRepository(db).all())
        children.append({c.id, c.expected ? tr("%1 (expected)").arg(c.displayName()) : c.displayName()});
    for (const Group &g : GroupRepository(db).all()) {
        if (!g.archivedOn(QDate::currentDate()))
            groups.append({g.id, g.name});
    }
    WaitingListEntry fresh;
    fresh.wishedStart = QDate::currentDate();
    WaitingListDialog dialog(existing.value_or(fresh), children, groups, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (existing)
        document()->undoStack()->push(new ChangeEntry(document(), tr("edit the waiting list"), *existing, dialog.entry()));
    else
        document()->undoStack()->push(new AddEntry(document(), tr("add to the waiting list"), dialog.entry()));
}

} // namespace samenplan::ui
