#include "shell/application.h"

#include "persistence/dberror.h"

namespace samenplan::ui {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const DbError &error) {
        // Whatever the handler changed was one transaction, rolled back when it unwound.
        qWarning("A read of the open file failed: %s", qUtf8Printable(error.message()));
        Q_EMIT readFailed(error.message());
        return false;
    }
}

} // namespace samenplan::ui
