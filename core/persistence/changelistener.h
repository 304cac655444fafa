#pragma once
// Hears of the changes other planners make on the same server database (PostgreSQL LISTEN/NOTIFY;
// the triggers of servertriggers.cpp send the name of each changed table when a change commits).
// Notifications that arrive together are gathered for a moment and reported once; this connection's
// own changes are not reported. On a file it listens to nothing.

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace samenplan {

class Database;

class ChangeListener : public QObject {
    Q_OBJECT

public:
    explicit ChangeListener(const Database &db, QObject *parent = nullptr);
    ~ChangeListener() override;

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Tables another connection changed (sorted), at most a few times a second.
    void changedElsewhere(const QStringList &tables);

private:
    void heard(const QString &name, int source, const QVariant &payload);
    void report();

    const Database &m_db;
    bool m_listening = false;
    QSet<QString> m_tables;
    QTimer m_gather;
};

} // namespace samenplan
