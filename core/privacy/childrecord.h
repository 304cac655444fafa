#pragma once
// Personal data requests about one child (AVG/GDPR): everything Samenplan holds about the child, as
// JSON and as a readable document; and erasure, which removes what can go and anonymises what the
// location's history must keep (its placements), logged in the audit log without the name.

#include "domain/types.h"

#include <QJsonObject>

class QTextDocument;

namespace samenplan {

class Database;

namespace privacy {

QJsonObject childRecord(const Database &db, Id childId);
void buildChildRecordDocument(QTextDocument &document, const QJsonObject &record);
// Runs inside the caller's transaction; throws DbError.
void eraseChild(const Database &db, Id childId);

} // namespace privacy
} // namespace samenplan
