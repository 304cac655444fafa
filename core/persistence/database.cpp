#include "persistence/database.h"

#include "persistence/databasecopy.h"
#include "persistence/checkedcontents.h"
#include "persistence/databaselock.h"
#include "persistence/dberror.h"
#include "persistence/migrations.h"
#include "persistence/opencheck.h"
#include "persistence/outputpath.h"
#include "persistence/serverconnection.h"
#include "persistence/sqlitestatement.h"
#include "util/datetext.h"
#include "util/filestatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlResult>


namespace samenplan {
namespace {

// What the first bytes of the file say, read without opening it as a database.
enum class FileKind { Empty, SQLite, Other, Unreadable };

FileKind inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return FileKind::Empty;
    return header == QByteArray("SQLite format 3\0", 16) ? FileKind::SQLite : FileKind::Other;
}

bool isWritableFile(const QFileInfo &info)
{
    // isWritable() asks the system, which lets root write anything; the permission bits say what
    // the user meant, so a file marked read-only is treated as read-only for everybody.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup
        | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

// Why path cannot be a database file to open, from what it is on disk; empty for a regular file.
QString refusalForKind(const FileStatus &status, const QString &shown)
{
    switch (status.kind) {
    case FileStatus::Kind::Regular:
        return {};
    case FileStatus::Kind::Missing:
        return Database::tr("The file %1 does not exist.").arg(shown);
    case FileStatus::Kind::Directory:
        return Database::tr("%1 is a folder, not a database file.").arg(shown);
    case FileStatus::Kind::Pipe:
        return Database::tr("%1 is a named pipe (FIFO), not a database file.").arg(shown);
    case FileStatus::Kind::Device:
        return Database::tr("%1 is a device, not a database file.").arg(shown);
    case FileStatus::Kind::Socket:
        return Database::tr("%1 is a socket, not a database file.").arg(shown);
    case FileStatus::Kind::SymlinkLoop:
        return Database::tr("%1 is a symbolic link that leads round in a loop (through other links back to "
                            "itself), not a database file.").arg(shown);
    case FileStatus::Kind::Inaccessible:
        return Database::tr("The file %1 cannot be read: %2").arg(shown, status.errorText);
    }
    return {};
}

// The name SQLite is to open the file under. SQLite keeps a database's journal (-wal) under the
// name it was given; a Samenplan that stopped while the file was open under another name (a hard
// link in the same folder) may have left committed changes in that name's journal, which must be
// read with the file and not passed over. Otherwise the resolved name itself.
QString journalName(const QString &resolved, const FileStatus &status)
{
    if (status.links < 2)
        return resolved;
    const QFileInfo info(resolved);
    const QDir folder = info.absoluteDir();
    const QStringList journals = folder.entryList({QStringLiteral("*-wal")}, QDir::Files | QDir::Hidden);
    for (const QString &journal : journals) {
        const QString other = folder.filePath(journal.chopped(4));
        if (other != resolved && QFileInfo(folder.filePath(journal)).size() > 0 && fileStatus(other).sameAs(status))
            return other;
    }
    return resolved;
}

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Whether opening writes to the file at once: an older schema is upgraded and a file not in WAL mode
// yet is switched to it (both before anything else is read, so after the contents check).
bool writesWhenOpened(const Database &db)
{
    if (db.schemaVersion() < currentSchemaVersion())
        return true;
    QSqlQuery mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
    return !mode.next() || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0;
}

} // namespace

Database::OpenResult Database::open(const QString &path, Mode mode, ContentCheck check)
{
    if (ServerAddress::isServerUrl(path))
        return openServer(path, mode);
    if (mode == Mode::CreateNew)
        return create(path, {});
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return {nullptr, tr("No database file was given.")};
    // What is there, before anything touches it: a named pipe would hang a read, and a file this
    // process already has open must not be opened again (closing that descriptor would drop the
    // SQLite locks of the open one).
    const FileStatus status = fileStatus(path);
    if (const QString refusal = refusalForKind(status, shown); !refusal.isEmpty())
        return {nullptr, refusal};
    if (DatabaseLock::heldHere(status.identity))
        return {nullptr, DatabaseLock::openHereMessage(path)};
    const QString resolved = resolvedPath(path);
    switch (inspectFile(resolved)) {
    case FileKind::Unreadable:
        return {nullptr, tr("The file %1 cannot be read (permission denied).").arg(shown)};
    case FileKind::Empty:
    case FileKind::Other:
        return {nullptr, tr("The file %1 is not a Samenplan database.").arg(shown)};
    case FileKind::SQLite:
        break;
    }
    if (!isWritableFile(QFileInfo(resolved)))
        return {nullptr, tr("The file %1 is read-only; Samenplan needs to write to it. Make a "
                            "writable copy or change the file's permissions.").arg(shown)};

    const QString sqlitePath = journalName(resolved, status);
    auto locked = DatabaseLock::acquire(sqlitePath);
    if (!locked.lock)
        return {nullptr, locked.error};
    if (const QString error = OpenCheck::identity(sqlitePath, path); !error.isEmpty())
        return {nullptr, error};

    std::unique_ptr<Database> db(new Database(path, newConnectionName(), std::move(locked.lock)));
    if (const QString error = db->connect(sqlitePath); !error.isEmpty())
        return {nullptr, error};
    try {
        const CheckedContents store(CheckedContents::defaultStore());
        if (check == ContentCheck::AlongsideReading && !writesWhenOpened(*db)) {
            db->exec(QStringLiteral("PRAGMA query_only = ON"));
            db->m_contentCheck = std::make_unique<BackgroundContentCheck>(sqlitePath, path, store, *db->m_lock);
        } else if (const QString error = OpenCheck::contents(db->connection(), path, store, *db->m_lock);
                   !error.isEmpty()) {
            return {nullptr, error};
        }
        db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        migrate(*db, schemaMigrations());
    } catch (const DbError &error) {
        return {nullptr, error.message()};
    }
    return {std::move(db), {}};
}

Database::OpenResult Database::create(const QString &path, const std::function<void(const Database &)> &fill)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return {nullptr, tr("No database file was given.")};
    const FileStatus status = fileStatus(path);
    if (status.kind == FileStatus::Kind::Directory)
        return {nullptr, tr("%1 is a folder, not a database file.").arg(shown)};
    if (status.exists() || QFileInfo(path).isSymLink())
        return {nullptr, tr("The file %1 already exists; choose a new file name.").arg(shown)};
    const QString resolved = resolvedPath(path);
    if (resolved.isEmpty())
        return {nullptr, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    // A journal left by a deleted database of the same name would be replayed into the new file when
    // it is opened (and the new file would show the old one's changes): it is the user's to remove.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(resolved + suffix))
            return {nullptr, tr("%1 is left from an earlier database named %2; move it away or delete it, "
                                "then try again.").arg(QDir::toNativeSeparators(resolved + suffix), shown)};
    }

    // Built complete under a temporary name beside the target and renamed into place: stopped
    // half-way, it leaves no target, and the next attempt (holding the same lock) clears the rest.
    auto locked = DatabaseLock::acquire(resolved);
    if (!locked.lock)
        return {nullptr, locked.error};
    const QString building = resolved + QStringLiteral("-creating");
    removeWithJournal(building);
    QString error;
    {
        Database db(building, newConnectionName(), nullptr);
        error = db.connect(building);
        try {
            if (error.isEmpty()) {
                db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
                db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                migrate(db, schemaMigrations());
                if (fill)
                    fill(db);
            }
        } catch (const DbError &failure) {
            error = failure.message();
        } catch (const std::exception &failure) { // a refusal of the rules while filling it
            error = QString::fromUtf8(failure.what());
        }
    } // closed: the journal is written back into the file and removed
    if (error.isEmpty() && fileStatus(resolved).exists())
        error = tr("The file %1 already exists; choose a new file name.").arg(shown);
    if (error.isEmpty() && !QFile::rename(building, resolved))
        error = tr("The file %1 could not be created.").arg(shown);
    if (!error.isEmpty()) {
        removeWithJournal(building);
        return {nullptr, error};
    }
    locked.lock.reset();
    return open(path, Mode::OpenExisting);
}

Database::Database(QString path, QString connectionName, std::unique_ptr<DatabaseLock> lock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_lock(std::move(lock))
{
}

Database::~Database()
{
    m_contentCheck.reset(); // its thread ends before the connection goes
    m_statements.clear(); // before the connection they belong to goes
    m_reads.clear();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // m_lock goes last, after SQLite has closed the file.
}

QString Database::connect(const QString &sqlitePath)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    connection.setDatabaseName(sqlitePath);
    connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection.open())
        return tr("The file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(m_path), connection.lastError().text());
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return tr("The file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().text());
    return {};
}

QString Database::contentProblem() const
{
    if (m_contentCheck) {
        m_contentProblem = m_contentCheck->future().result();
        m_contentCheck.reset();
        if (m_contentProblem.isEmpty())
            exec(QStringLiteral("PRAGMA query_only = OFF"));
    }
    return m_contentProblem;
}

bool Database::contentCheckDone() const
{
    return !m_contentCheck || m_contentCheck->future().isFinished();
}

void Database::requireSoundContents() const
{
    if (!m_contentCheck && m_contentProblem.isEmpty())
        return; // checked and sound: every change of an import passes here
    if (const QString problem = contentProblem(); !problem.isEmpty())
        throw DbError(problem);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isPostgres() const
{
    if (m_isPostgres < 0)
        m_isPostgres = connection().driverName() == QLatin1String("QPSQL") ? 1 : 0;
    return m_isPostgres == 1;
}

int Database::schemaVersion() const
{
    return readSchemaVersion(*this);
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values) const
{
    return exec(sql, QVariantList(values));
}

namespace {

// Changes are what an action repeats row after row; they are kept prepared. A SELECT is handed to
// its caller to read, and PRAGMA, DDL and VACUUM run once.
bool isChange(const QString &sql)
{
    const QStringView start = QStringView(sql).left(7);
    return start.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive)
        || start.startsWith(QLatin1String("UPDATE"), Qt::CaseInsensitive)
        || start.startsWith(QLatin1String("DELETE"), Qt::CaseInsensitive);
}

// A kept statement keeps the values of its last run, so only the values that differ are bound
// again: binding formats and hashes a placeholder name per value, the larger part of what a small
// INSERT costs in Qt.
enum class Bind { All, Changed };

void bindAll(QSqlQuery &query, const QVariantList &values, Bind which = Bind::All)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &given = values.at(i);
        // A null QString means "no text", not SQL NULL; NULL is bound only for null variants
        // (dateValue()/idValue() of a missing date or id).
        const QVariant value = !given.isNull() && given.typeId() == QMetaType::QString && given.toString().isNull()
            ? QVariant(QStringLiteral(""))
            : given;
        // An invalid QVariant (no value at all, SQL NULL) is always bound: a statement not bound
        // yet reads as invalid too, so comparing could leave its parameter unbound.
        if (which == Bind::Changed && value.isValid()) {
            const QVariant bound = query.boundValue(i);
            if (bound.metaType() == value.metaType() && bound.isNull() == value.isNull() && bound == value)
                continue;
        }
        query.bindValue(i, value);
    }
}

} // namespace

void Database::runKept(const QString &sql, const QVariantList &values, const std::function<void(QSqlQuery &)> &read) const
{
    requireSoundContents();
    std::shared_ptr<QSqlQuery> &kept = m_statements[sql];
    if (!kept) {
        auto query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_statements.remove(sql);
            throw DbError(tr("The database refused a statement: %1").arg(describeFailure(connection(), query->lastError())));
        }
        kept = query;
    }
    const std::shared_ptr<QSqlQuery> query = kept; // a nested change may add to the hash
    if (sqlite3_stmt *statement = sqliteStatement(*query)) {
        const QSqlError error = runSqlite(statement, values);
        if (error.isValid())
            throw DbError(tr("The database could not carry out a change: %1").arg(describeFailure(connection(), error)));
        if (read)
            read(*query); // insert() and change() ask the connection, the statement is reset
        return;
    }
    bindAll(*query, values, Bind::Changed);
    if (!query->exec()) {
        const QString message = describeFailure(connection(), query->lastError());
        query->finish();
        throw DbError(tr("The database could not carry out a change: %1").arg(message));
    }
    if (read)
        read(*query);
    query->finish(); // reset now: a kept statement holds no lock while it waits
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    if (isChange(sql)) {
        runKept(sql, values, {});
        return QSqlQuery();
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DbError(tr("The database refused a statement: %1").arg(describeFailure(connection(), query.lastError())));
    bindAll(query, values);
    if (!query.exec())
        throw DbError(tr("The database could not carry out a change: %1").arg(describeFailure(connection(), query.lastError())));
    return query;
}

void Database::execDirect(const QString &sql) const
{
    requireSoundContents();
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw DbError(tr("The database could not carry out a change: %1").arg(describeFailure(connection(), query.lastError())));
}

Database::Rows Database::read(const QString &sql, const QVariantList &values) const
{
    std::shared_ptr<QSqlQuery> &kept = m_reads[sql];
    std::shared_ptr<QSqlQuery> query = kept;
    if (!query || query.use_count() > 2) { // not prepared yet, or still read by a caller
        query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            if (!kept)
                m_reads.remove(sql);
            throw DbError(tr("The database refused a statement: %1").arg(describeFailure(connection(), query->lastError())));
        }
        if (!kept)
            kept = query;
    }
    if (sqlite3_stmt *statement = sqliteStatement(*query)) {
        if (const QSqlError error = bindSqlite(statement, values); error.isValid())
            throw DbError(tr("The database could not carry out a change: %1").arg(describeFailure(connection(), error)));
        return Rows(std::move(query), statement);
    }
    bindAll(*query, values, Bind::Changed);
    if (!query->exec()) {
        const QString message = describeFailure(connection(), query->lastError());
        query->finish();
        throw DbError(tr("The database could not carry out a change: %1").arg(message));
    }
    return Rows(std::move(query), nullptr);
}

QString Database::saveCopy(const QString &target) const
{
    const QFileInfo targetInfo(target);
    if (const QString problem = outputPathProblem(target, m_path); !problem.isEmpty())
        return problem;
    if (const QString problem = contentProblem(); !problem.isEmpty())
        return problem;
    if (!targetInfo.absoluteDir().exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(targetInfo.absolutePath()));
    // Write next to the target, then move into place: the target is replaced whole or not at all.
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    if (isPostgres()) {
        // A server's organisation is saved as a Samenplan file through the whole-database copy.
        const DatabaseCopy::Result copied = DatabaseCopy::copy(*this, temporary);
        if (!copied.error.isEmpty()) {
            QFile::remove(temporary);
            return tr("The copy could not be written: %1").arg(copied.error);
        }
    } else {
        try {
            exec(QStringLiteral("VACUUM INTO ?"), {temporary});
        } catch (const DbError &error) {
            QFile::remove(temporary);
            return tr("The copy could not be written: %1").arg(error.message());
        }
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        return tr("The file %1 cannot be replaced.").arg(QDir::toNativeSeparators(target));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return tr("The copy could not be moved to %1.").arg(QDir::toNativeSeparators(target));
    }
    return {};
}

int Database::change(const QString &sql, const QVariantList &values) const
{
    int rows = 0;
    runKept(sql, values, [&rows](QSqlQuery &query) {
        sqlite3_stmt *statement = sqliteStatement(query);
        rows = statement ? sqliteChangedRows(statement) : query.numRowsAffected();
    });
    return rows;
}

Id Database::insert(const QString &sql, std::initializer_list<QVariant> values) const
{
    return insert(sql, QVariantList(values));
}

Id Database::insert(const QString &sql, const QVariantList &values) const
{
    Id id = NoId;
    if (isPostgres()) {
        runKept(sql + QStringLiteral(" RETURNING id"), values, [&id](QSqlQuery &query) {
            if (query.next())
                id = query.value(0).toLongLong();
        });
    } else {
        // Read while the statement is active: a reset query no longer knows its row.
        runKept(sql, values, [&id](QSqlQuery &query) {
            sqlite3_stmt *statement = sqliteStatement(query);
            id = statement ? sqliteInsertedId(statement) : query.lastInsertId().toLongLong();
        });
    }
    return id;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idValue(Id id)
{
    return id == NoId ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Id idFrom(const QVariant &value)
{
    return value.isNull() ? NoId : value.toLongLong();
}

} // namespace samenplan
