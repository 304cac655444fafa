#pragma once
// Setting up a location from the interface: add, edit and remove locations; add, edit, archive,
// restore and remove groups. Each asks with its dialog and is one undoable change through the change
// layer, which refuses (and the document reports) what the rules do not allow.

#include "domain/types.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace samenplan::ui {

class Document;

class SetupActions : public QObject {
    Q_OBJECT
public:
    explicit SetupActions(QWidget *dialogParent);
    void setDocument(Document *document) { m_document = document; }

    void newLocation();
    void editLocation(Id locationId);
    void removeLocation(Id locationId);
    // A new group, at locationId when given.
    void newGroup(Id locationId = NoId);
    void editGroup(Id groupId);
    void archiveGroup(Id groupId);
    void restoreGroup(Id groupId);
    // Removes a group without placements; one with placements is offered for archiving instead.
    void removeGroup(Id groupId);
    void newChild();

private:
    QWidget *m_parent;
    QPointer<Document> m_document;
};

} // namespace samenplan::ui
