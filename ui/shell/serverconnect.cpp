#include "shell/serverconnect.h"

#include "persistence/serverconnection.h"
#include "shell/document.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace samenplan::ui {
namespace {

// The context of this file's texts in the translations.
class ServerConnect {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ui::ServerConnect)
};

} // namespace

QString askServerAddress(QWidget *parent, const QString &suggestion)
{
    QString address = suggestion.isEmpty() ? QStringLiteral("postgresql://") : suggestion;
    for (;;) {
        bool ok = false;
        address = QInputDialog::getText(
                      parent, ServerConnect::tr("Connect to server"),
                      ServerConnect::tr("The organisation's server, as postgresql://USER@HOST:PORT/DATABASE or "
                         "postgresql:///DATABASE?host=/SOCKET/FOLDER. The password is never typed here: Samenplan "
                         "reads it from ~/.pgpass or PGPASSWORD."),
                      QLineEdit::Normal, address, &ok)
                      .trimmed();
        if (!ok || address.isEmpty())
            return {};
        const ServerAddress parsed = ServerAddress::parse(address);
        if (parsed.isValid())
            return address;
        QMessageBox::warning(parent, ServerConnect::tr("Connect to server"), parsed.error());
        if (!parsed.url().isEmpty())
            continue;
        address = QStringLiteral("postgresql://"); // it held a password: do not show it again
    }
}

bool offerReconnect(QWidget *parent, Document *document, const QString &message)
{
    QString shown = message;
    for (;;) {
        const auto answer = QMessageBox::warning(parent, ServerConnect::tr("Connection to the server lost"), shown,
                                                 QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer != QMessageBox::Retry)
            return false;
        const QString error = document->reconnect();
        if (error.isEmpty())
            return true;
        shown = error;
    }
}

} // namespace samenplan::ui
