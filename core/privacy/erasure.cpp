#include "privacy/erasure.h"

#include "changes/erasure.h"
#include "domain/outcome.h"
#include "io/importer.h"
#include "persistence/childrepository.h"
#include "persistence/database.h"
#include "persistence/dberror.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace samenplan::privacy {
namespace {

class ErasureText {
    Q_DECLARE_TR_FUNCTIONS(samenplan::privacy::ErasureText)
};

int pragmaValue(const Database &db, const QString &pragma)
{
    QSqlQuery query = db.exec(QStringLiteral("PRAGMA %1").arg(pragma));
    return query.next() ? query.value(0).toInt() : 0;
}

// secure_delete on for as long as it lives, then as it was (it is a setting of the connection).
class SecureDelete {
public:
    explicit SecureDelete(const Database &db) : m_db(db), m_before(pragmaValue(db, QStringLiteral("secure_delete")))
    {
        pragmaValue(db, QStringLiteral("secure_delete = ON"));
    }
    ~SecureDelete()
    {
        try {
            pragmaValue(m_db, QStringLiteral("secure_delete = %1").arg(m_before));
        } catch (const DbError &) {
            // only a setting of this connection; the erasure itself is complete
        }
    }
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    const Database &m_db;
    int m_before;
};

// Writes the journal back into the file and cuts it to nothing; fails when another connection
// still reads an older state (then the journal cannot be emptied).
void emptyJournal(const Database &db)
{
    QSqlQuery query = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (query.next() && query.value(0).toInt() != 0)
        throw DbError(ErasureText::tr("The journal of the file could not be emptied: another program is reading the file."));
}

} // namespace

void eraseChild(const Database &db, Id childId)
{
    if (db.isPostgres()) {
        // A server keeps its own storage and write-ahead log, out of reach of a client: the rows are
        // erased in one transaction, and the server's vacuum reclaims their space.
        Transaction transaction(db);
        changes::eraseChild(db, childId);
        transaction.commit();
        return;
    }
    {
        const SecureDelete secureDelete(db);
        Transaction transaction(db);
        changes::eraseChild(db, childId);
        transaction.commit();
    }
    // The transaction's pages are in the journal, and earlier versions of the child's rows may lie
    // in free pages written before secure_delete was on: write back, rebuild, empty the journal.
    emptyJournal(db);
    db.exec(QStringLiteral("VACUUM"));
    emptyJournal(db);
}

BackupErasure eraseFromImportBackup(const QString &databasePath, const Child &child)
{
    BackupErasure outcome;
    outcome.path = io::importBackupPath(databasePath);
    if (!QFileInfo::exists(outcome.path))
        return outcome;
    auto opened = Database::open(outcome.path, Database::Mode::OpenExisting);
    if (!opened.database) {
        outcome.result = BackupErasure::Result::Failed;
        outcome.error = opened.error;
        return outcome;
    }
    const auto held = ChildRepository(*opened.database).find(child.id);
    if (!held || (held->birthDate != child.birthDate && held->displayName() != child.displayName())) {
        outcome.result = BackupErasure::Result::NotHeld;
        return outcome;
    }
    try {
        eraseChild(*opened.database, child.id);
        outcome.result = BackupErasure::Result::Erased;
    } catch (const DbError &error) {
        outcome.result = BackupErasure::Result::Failed;
        outcome.error = error.message();
    } catch (const ChangeRefused &refused) {
        outcome.result = BackupErasure::Result::Failed;
        outcome.error = refused.message();
    }
    return outcome;
}

} // namespace samenplan::privacy
