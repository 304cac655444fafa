#pragma once
// One open Samenplan database in the interface: the database connection and its undo stack.
// Views read through the repositories and refresh on changed(); edits are undo commands pushed on
// undoStack(), each one database transaction.

#include <QDate>
#include <QObject>

#include <memory>

class QUndoStack;

namespace samenplan {

class ChangeListener;
class Database;

namespace ui {

class Document : public QObject {
    Q_OBJECT
public:
    // Opens (or, with create, makes) the file; on failure returns null and sets error.
    static std::unique_ptr<Document> open(const QString &path, bool create, QString *error);
    ~Document() override;

    const Database &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const;
    QString displayName() const; // file name without folder

    // Called by undo commands after a change was committed (or rolled back).
    void notifyChanged();

    // On a server: whether the connection is open, and opening it again after it was lost (the
    // views reload; returns an error sentence or empty).
    bool isServer() const;
    bool isConnected() const;
    QString reconnect();

Q_SIGNALS:
    // Data changed: by an undo command here, or by another planner on the same server.
    void changed();
    // A change failed and was rolled back; message is readable.
    void changeFailed(const QString &message);

private:
    explicit Document(std::unique_ptr<Database> database);

    void listen();

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    ChangeListener *m_listener = nullptr; // changes other planners make appear here
};

} // namespace ui
} // namespace samenplan
