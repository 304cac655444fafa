#include "persistence/changelistener.h"

#include "persistence/database.h"

#include <QSqlDriver>

namespace samenplan {
namespace {

const QString Channel = QStringLiteral("samenplan_changes");

} // namespace

ChangeListener::ChangeListener(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(150); // an import's burst is one report
    connect(&m_gather, &QTimer::timeout, this, &ChangeListener::report);
    if (!db.isPostgres())
        return;
    QSqlDriver *driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(Channel);
    if (m_listening) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    heard(name, int(source), payload);
                });
    }
}

ChangeListener::~ChangeListener()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(Channel);
}

void ChangeListener::heard(const QString &name, int source, const QVariant &payload)
{
    if (name != Channel || source == int(QSqlDriver::SelfSource))
        return;
    m_tables.insert(payload.toString());
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeListener::report()
{
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    tables.sort();
    m_tables.clear();
    Q_EMIT changedElsewhere(tables);
}

} // namespace samenplan
