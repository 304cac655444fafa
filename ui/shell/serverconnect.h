#pragma once
// The GUI's side of working on a server: asking for a server address (File → Connect to server...)
// and offering to reconnect when the connection was lost.

#include <QString>

class QWidget;

namespace samenplan::ui {

class Document;

// Asks for a postgresql:// address (never a password: libpq reads it from ~/.pgpass or PGPASSWORD).
// Returns the address, or empty when cancelled. A malformed address is explained and asked again.
QString askServerAddress(QWidget *parent, const QString &suggestion);

// When the document's server connection is gone: says so and offers to reconnect; returns true when
// the connection is back (the views then reload where the user was).
bool offerReconnect(QWidget *parent, Document *document, const QString &message);

} // namespace samenplan::ui
