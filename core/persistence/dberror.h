#pragma once

#include <QString>

#include <stdexcept>

namespace samenplan {

// Thrown by the persistence layer when a statement fails. Caught at the boundary of a user action
// (an undo command, a CLI command), where the open transaction is rolled back and the message shown.
class DbError : public std::runtime_error {
public:
    explicit DbError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace samenplan
