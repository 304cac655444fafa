#include "shell/document.h"

#include "persistence/changelistener.h"
#include "persistence/database.h"
#include "persistence/serverconnection.h"

#include <QFileInfo>
#include <QUndoStack>

namespace samenplan::ui {

std::unique_ptr<Document> Document::open(const QString &path, bool create, QString *error)
{
    // An existing file's contents are checked while the first page loads (MainWindow takes the
    // answer before any input); nothing is written before the check has passed.
    auto result = Database::open(path, create ? Database::Mode::CreateNew : Database::Mode::OpenExisting,
                                 Database::ContentCheck::AlongsideReading);
    if (!result.database) {
        if (error)
            *error = result.error;
        return nullptr;
    }
    return std::unique_ptr<Document>(new Document(std::move(result.database)));
}

Document::Document(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_undoStack(new QUndoStack(this))
{
    listen();
}

void Document::listen()
{
    delete m_listener;
    m_listener = new ChangeListener(*m_database, this);
    connect(m_listener, &ChangeListener::changedElsewhere, this, &Document::notifyChanged);
}

bool Document::isServer() const
{
    return m_database->isPostgres();
}

bool Document::isConnected() const
{
    return !isServer() || m_database->connection().isOpen();
}

QString Document::reconnect()
{
    delete m_listener; // it listened on the lost connection
    m_listener = nullptr;
    const QString error = m_database->reconnect();
    if (!error.isEmpty())
        return error;
    listen();
    notifyChanged();
    return {};
}

Document::~Document() = default;

QString Document::path() const
{
    return m_database->path();
}

QString Document::displayName() const
{
    if (isServer())
        return ServerAddress::parse(m_database->path()).displayName();
    return QFileInfo(m_database->path()).fileName();
}

void Document::notifyChanged()
{
    Q_EMIT changed();
}

} // namespace samenplan::ui
