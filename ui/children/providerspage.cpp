#include "children/providerspage.h"

#include "commands/recordcommands.h"
#include "dialogs/providerdialog.h"
#include "persistence/providerrepository.h"
#include "shell/document.h"
#include "views/searchabletable.h"

#include <QStandardItem>
#include <QUndoStack>

namespace samenplan::ui {

using AddProvider = AddRecordCommand<YouthCareProvider>;
using ChangeProvider = ChangeRecordCommand<YouthCareProvider>;
using RemoveProvider = RemoveRecordCommand<YouthCareProvider>;

ProvidersPage::ProvidersPage(QWidget *parent)
    : DocumentPage(tr("Youth-care providers"), {tr("Name"), tr("Kind"), tr("Usual trajectory (months)")}, parent)
{
    table()->setSearchPlaceholder(tr("Search providers..."));
    addAction(tr("New provider..."), [this](qint64) { edit(NoId); }, false);
    addAction(tr("Edit..."), [this](qint64 id) { edit(id); }, true);
    addAction(tr("Remove"), [this](qint64 id) {
        if (const auto provider = ProviderRepository(document()->database()).find(id))
            document()->undoStack()->push(new RemoveProvider(document(), tr("remove %1").arg(provider->name), *provider));
    }, true);
    connect(table(), &SearchableTable::activated, this, &ProvidersPage::edit);
}

void ProvidersPage::reload(const QDate &)
{
    QList<QList<QStandardItem *>> rows;
    for (const YouthCareProvider &p : ProviderRepository(document()->database()).all()) {
        rows.append({SearchableTable::cell(p.name, p.name, p.id),
                     SearchableTable::cell(p.kind == ProviderKind::YouthFamilyCentre ? tr("Youth and family centre (CJG)")
                                                                                      : tr("Youth-care provider")),
                     SearchableTable::cell(QString::number(p.trajectoryMonths), p.trajectoryMonths)});
    }
    table()->setRows(rows);
}

void ProvidersPage::edit(qint64 id)
{
    if (!document())
        return;
    const auto existing = id ? ProviderRepository(document()->database()).find(id) : std::nullopt;
    ProviderDialog dialog(existing.value_or(YouthCareProvider{}), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const YouthCareProvider provider = dialog.provider();
    if (existing)
        document()->undoStack()->push(new ChangeProvider(document(), tr("edit %1").arg(provider.name), *existing, provider));
    else
        document()->undoStack()->push(new AddProvider(document(), tr("add %1").arg(provider.name), provider));
}

} // namespace samenplan::ui
