#pragma once
// A child with data found nowhere else in the demo database, for the erasure tests: a name that
// was corrected once (so an older version of the row exists), a birth date, a parent, a phone
// number and a youth-care referral number.

#include "catch.h"

#include "changes/recordchanges.h"
#include "persistence/database.h"
#include "persistence/providerrepository.h"

#include <QByteArray>
#include <QFile>
#include <QList>

struct ErasableChild {
    samenplan::Child child;
    QList<QByteArray> traces; // what must be gone from the file's bytes after the erasure
};

inline ErasableChild addErasableChild(const samenplan::Database &db)
{
    using namespace samenplan;
    ErasableChild added;
    Child &child = added.child;
    child.firstName = QStringLiteral("Quirijntje");
    child.lastName = QStringLiteral("Zwanenburg");
    child.birthDate = QDate(2024, 2, 29);
    child.parentName = QStringLiteral("Hortensia Quast");
    child.parentPhone = QStringLiteral("06-19283746");
    child.parentEmail = QStringLiteral("hortensia@quast.example");
    Referral referral;
    referral.reference = QStringLiteral("BS-2026-778899");
    referral.start = QDate(2026, 9, 1);
    referral.plannedEnd = QDate(2027, 6, 30);
    {
        Transaction transaction(db);
        child.id = changes::add(db, child);
        transaction.commit();
    }
    {
        // Corrected in a later change: the first version of the row is left in free space.
        Transaction transaction(db);
        child.lastName = QStringLiteral("Zwanenburg-Oosterhout");
        changes::update(db, child);
        referral.childId = child.id;
        referral.providerId = ProviderRepository(db).all().first().id;
        changes::add(db, referral);
        transaction.commit();
    }
    added.traces = {"Quirijntje", "Zwanenburg", "Oosterhout", "2024-02-29", "Hortensia", "Quast", "06-19283746",
                    "hortensia@quast.example", "BS-2026-778899"};
    return added;
}

// The traces found in the file and its journal (-wal), byte for byte.
inline QList<QByteArray> tracesIn(const QString &path, const QList<QByteArray> &traces)
{
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QList<QByteArray> found;
    for (const QByteArray &trace : traces) {
        if (bytes.contains(trace))
            found.append(trace);
    }
    return found;
}
