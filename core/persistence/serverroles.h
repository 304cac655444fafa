#pragma once
// Granting and revoking a server user's Samenplan role (samenplan-cli server grant / revoke): the
// PostgreSQL table privileges of the role, and the user's row in server_users that the row-level
// policies read (serverpolicies.cpp). Run by the database's owner; creating a new login needs the
// CREATEROLE privilege. Passwords are never set here: the organisation's DBA sets them.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace samenplan {

class Database;

class ServerRoles {
    Q_DECLARE_TR_FUNCTIONS(samenplan::ServerRoles)

public:
    struct Grant {
        QString user;
        QString role;          // admin, planner, coach or viewer
        QStringList locations; // by name: a planner's locations, or the locations a viewer reads
        QString coach;         // a coach: the staff member or external coach whose sessions they see
    };

    static const QStringList &roles();

    // Each returns one readable sentence on refusal (nothing changed), or empty. Throws DbError when
    // the server fails half-way (the caller's transaction rolls back).
    static QString grant(const Database &db, const Grant &grant);
    static QString revoke(const Database &db, const QString &user);

    // The role of the connected user ("owner" for the owner or a superuser, empty when none).
    static QString currentRole(const Database &db);
};

} // namespace samenplan
