#include "children/waitinglistpage.h"

#include "commands/recordcommands.h"
#include "dialogs/waitinglistdialog.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/waitinglistrepository.h"
#include "shell/document.h"
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
                                        tr("Note")},
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

void WaitingListPage::reload(const QDate &)
{
    const Database &db = document()->database();
    QHash<Id, QString> children, groups;
    for (const Child &c : ChildRepository(db).all())
        children.insert(c.id, c.displayName());
    for (const Group &g : GroupRepository(db).all())
        groups.insert(g.id, g.name);
    QList<QList<QStandardItem *>> rows;
    for (const WaitingListEntry &e : WaitingListRepository(db).all()) {
        rows.append({SearchableTable::cell(children.value(e.childId), children.value(e.childId), e.id),
                     SearchableTable::cell(QLocale().toString(e.wishedStart, QLocale::ShortFormat), e.wishedStart),
                     SearchableTable::cell(dayList(e.days), e.days),
                     SearchableTable::cell(groups.value(e.preferredGroupId)),
                     SearchableTable::cell(QString::number(e.priority), e.priority),
                     SearchableTable::cell(e.note)});
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
        children.append({c.id, c.displayName()});
    for (const Group &g : GroupRepository(db).all())
        groups.append({g.id, g.name});
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
