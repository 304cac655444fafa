#include "shell/document.h"

#include "persistence/database.h"

#include <QFileInfo>
#include <QUndoStack>

namespace samenplan::ui {

std::unique_ptr<Document> Document::open(const QString &path, bool create, QString *error)
{
    auto result = Database::open(path, create ? Database::Mode::CreateNew : Database::Mode::OpenExisting);
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
}

Document::~Document() = default;

QString Document::path() const
{
    return m_database->path();
}

QString Document::displayName() const
{
    return QFileInfo(m_database->path()).fileName();
}

void Document::notifyChanged()
{
    Q_EMIT changed();
}

} // namespace samenplan::ui
