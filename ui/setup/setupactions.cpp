#include "setup/setupactions.h"

#include "commands/recordcommands.h"
#include "dialogs/childdialog.h"
#include "persistence/calendarrepository.h"
#include "persistence/childrepository.h"
#include "persistence/grouprepository.h"
#include "persistence/locationrepository.h"
#include "persistence/placementrepository.h"
#include "setup/archivegroupdialog.h"
#include "setup/groupdialog.h"
#include "setup/locationcommands.h"
#include "setup/locationdialog.h"
#include "shell/document.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace samenplan::ui {

SetupActions::SetupActions(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

void SetupActions::newLocation()
{
    if (!m_document)
        return;
    LocationDialog dialog(Location{}, {}, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LocationState added{dialog.location(), dialog.closingDays()};
    m_document->undoStack()->push(new LocationCommand(m_document, tr("add location %1").arg(added.location.name), std::nullopt, added));
}

void SetupActions::editLocation(Id locationId)
{
    if (!m_document)
        return;
    const auto before = LocationRepository(m_document->database()).find(locationId);
    if (!before)
        return;
    const LocationState was{*before, CalendarRepository(m_document->database()).closingDays(locationId)};
    LocationDialog dialog(was.location, was.closingDays, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->push(new LocationCommand(m_document, tr("edit location %1").arg(before->name), was,
                                                      LocationState{dialog.location(), dialog.closingDays()}));
}

void SetupActions::removeLocation(Id locationId)
{
    if (!m_document)
        return;
    const auto location = LocationRepository(m_document->database()).find(locationId);
    if (!location)
        return;
    const auto answer = QMessageBox::question(m_parent, tr("Remove location"),
                                              tr("Remove %1? A location with groups is not removed.").arg(location->name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        const LocationState was{*location, CalendarRepository(m_document->database()).closingDays(locationId)};
        m_document->undoStack()->push(new LocationCommand(m_document, tr("remove location %1").arg(location->name), was,
                                                          std::nullopt));
    }
}

static Choices locationChoices(const Database &db)
{
    Choices choices;
    for (const Location &location : LocationRepository(db).all())
        choices.append({location.id, location.name});
    return choices;
}

void SetupActions::newGroup(Id locationId)
{
    if (!m_document)
        return;
    const Choices locations = locationChoices(m_document->database());
    if (locations.isEmpty()) {
        QMessageBox::information(m_parent, tr("New group"), tr("Add the location first; a group belongs to a location."));
        return;
    }
    Group fresh = GroupDialog::defaultsFor(CareType::DayCare);
    fresh.locationId = locationId != NoId ? locationId : locations.first().first;
    GroupDialog dialog(fresh, locations, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Group group = dialog.group();
    m_document->undoStack()->push(new AddRecordCommand<Group>(m_document, tr("add group %1").arg(group.name), group));
}

void SetupActions::editGroup(Id groupId)
{
    if (!m_document)
        return;
    const auto before = GroupRepository(m_document->database()).find(groupId);
    if (!before)
        return;
    GroupDialog dialog(*before, locationChoices(m_document->database()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->push(new ChangeRecordCommand<Group>(m_document, tr("edit group %1").arg(before->name), *before,
                                                                 dialog.group()));
}

void SetupActions::archiveGroup(Id groupId)
{
    if (!m_document)
        return;
    const Database &db = m_document->database();
    const auto before = GroupRepository(db).find(groupId);
    if (!before)
        return;
    QHash<Id, QString> names;
    const QList<Placement> placements = PlacementRepository(db).ofGroup(groupId);
    for (const Placement &p : placements) {
        if (const auto child = ChildRepository(db).find(p.childId))
            names.insert(p.childId, child->displayName());
    }
    ArchiveGroupDialog dialog(*before, placements, names, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Group after = *before;
    after.archivedFrom = dialog.from();
    m_document->undoStack()->push(new ChangeRecordCommand<Group>(m_document, tr("archive group %1").arg(before->name), *before, after));
}

void SetupActions::restoreGroup(Id groupId)
{
    if (!m_document)
        return;
    const auto before = GroupRepository(m_document->database()).find(groupId);
    if (!before || before->archivedFrom.isNull())
        return;
    Group after = *before;
    after.archivedFrom = QDate();
    m_document->undoStack()->push(new ChangeRecordCommand<Group>(m_document, tr("restore group %1").arg(before->name), *before, after));
}

void SetupActions::removeGroup(Id groupId)
{
    if (!m_document)
        return;
    const Database &db = m_document->database();
    const auto group = GroupRepository(db).find(groupId);
    if (!group)
        return;
    if (!PlacementRepository(db).ofGroup(groupId).isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Remove group"),
                        tr("%1 has placements, which the location's records keep, so it is not removed. Archive it from "
                           "a date instead: it then takes no more children and leaves the board.").arg(group->name),
                        QMessageBox::Cancel, m_parent);
        QPushButton *archive = box.addButton(tr("Archive..."), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == archive)
            archiveGroup(groupId);
        return;
    }
    const auto answer = QMessageBox::question(m_parent, tr("Remove group"), tr("Remove %1?").arg(group->name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_document->undoStack()->push(new RemoveRecordCommand<Group>(m_document, tr("remove group %1").arg(group->name), *group));
}

void SetupActions::newChild()
{
    if (!m_document)
        return;
    ChildDialog dialog(Child{}, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Child child = dialog.child();
    m_document->undoStack()->push(new AddRecordCommand<Child>(m_document, tr("add %1").arg(child.displayName()), child));
}

} // namespace samenplan::ui
