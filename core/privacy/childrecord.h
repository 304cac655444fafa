#pragma once
// Personal data requests about one child (AVG/GDPR): everything Samenplan holds about the child, as
// JSON and as a readable document. Erasure is in erasure.h.

#include "domain/types.h"

#include <QJsonObject>

class QTextDocument;

namespace samenplan {

class Database;

namespace privacy {

QJsonObject childRecord(const Database &db, Id childId);
void buildChildRecordDocument(QTextDocument &document, const QJsonObject &record);

} // namespace privacy
} // namespace samenplan
