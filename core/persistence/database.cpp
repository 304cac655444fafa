#include "persistence/database.h"

#include "persistence/databasecopy.h"
#include "persistence/dberror.h"
#include "persistence/migrations.h"
#include "persistence/outputpath.h"
#include "persistence/serverconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>

namespace samenplan {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("samenplan-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the first bytes of the file say, read without opening it as a database.
enum class FileKind { Missing, Empty, SQLite, Other, Unreadable };

FileKind inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
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

// Checks an existing file through a read-only connection; returns an error sentence or empty.
QString checkExisting(const QString &path)
{
    const QString name = nextConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = Database::tr("The file %1 cannot be read as a database: %2")
                        .arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery query(db);
            auto pragma = [&](const QString &sql, bool *ok) -> QVariant {
                *ok = query.exec(sql) && query.next();
                return *ok ? query.value(0) : QVariant();
            };
            bool ok = false;
            const int applicationId = pragma(QStringLiteral("PRAGMA application_id"), &ok).toInt();
            if (!ok) {
                error = Database::tr("The file %1 is damaged and cannot be opened.").arg(QDir::toNativeSeparators(path));
            } else if (applicationId != Database::ApplicationId) {
                error = Database::tr("The file %1 is not a Samenplan database.").arg(QDir::toNativeSeparators(path));
            } else {
                const int version = pragma(QStringLiteral("PRAGMA user_version"), &ok).toInt();
                const QString check = pragma(QStringLiteral("PRAGMA quick_check"), &ok).toString();
                if (!ok || check != QLatin1String("ok")) {
                    error = Database::tr("The file %1 is damaged and cannot be opened (%2).")
                                .arg(QDir::toNativeSeparators(path),
                                     check.isEmpty() ? query.lastError().text() : check);
                } else if (version > currentSchemaVersion()) {
                    error = Database::tr("The file %1 was made by a newer Samenplan (database version %2); this "
                               "version reads up to version %3. Please update Samenplan.")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(version)
                                .arg(currentSchemaVersion());
                }
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

Database::OpenResult Database::open(const QString &path, Mode mode)
{
    if (ServerAddress::isServerUrl(path))
        return openServer(path, mode);
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        return {nullptr, tr("No database file was given.")};
    if (info.isDir())
        return {nullptr, tr("%1 is a folder, not a database file.").arg(shown)};

    const FileKind kind = inspectFile(path);
    if (mode == Mode::CreateNew && kind != FileKind::Missing)
        return {nullptr, tr("The file %1 already exists; choose a new file name.").arg(shown)};
    if (mode == Mode::OpenExisting) {
        switch (kind) {
        case FileKind::Missing:
            return {nullptr, tr("The file %1 does not exist.").arg(shown)};
        case FileKind::Unreadable:
            return {nullptr, tr("The file %1 cannot be read (permission denied).").arg(shown)};
        case FileKind::Empty:
        case FileKind::Other:
            return {nullptr, tr("The file %1 is not a Samenplan database.").arg(shown)};
        case FileKind::SQLite:
            break;
        }
        if (!isWritableFile(info))
            return {nullptr, tr("The file %1 is read-only; Samenplan needs to write to it. Make a "
                                "writable copy or change the file's permissions.").arg(shown)};
    } else if (!info.absoluteDir().exists()) {
        return {nullptr, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock of a crashed Samenplan is recognised by its process id
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return {nullptr, tr("The file %1 is already open in another Samenplan (process %2 on %3). "
                                "Close it there first.").arg(shown).arg(pid).arg(host)};
        }
        return {nullptr, tr("The file %1 cannot be locked for writing; is its folder writable?").arg(shown)};
    }

    if (mode == Mode::OpenExisting) {
        const QString error = checkExisting(path);
        if (!error.isEmpty())
            return {nullptr, error};
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(path, name, std::move(lock)));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open()) {
            const QString error = tr("The file %1 cannot be opened: %2").arg(shown, connection.lastError().text());
            db.reset();
            if (mode == Mode::CreateNew)
                QFile::remove(path);
            return {nullptr, error};
        }
    }
    try {
        db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (mode == Mode::CreateNew)
            db->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        migrate(*db, schemaMigrations());
    } catch (const DbError &error) {
        db.reset();
        if (mode == Mode::CreateNew) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return {nullptr, error.message()};
    }
    return {std::move(db), {}};
}

Database::Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_lock(std::move(lock))
{
}

Database::~Database()
{
    m_statements.clear(); // before the connection they belong to goes
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString means "no text", not SQL NULL; NULL is bound only for null variants
        // (dateValue()/idValue() of a missing date or id).
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
}

} // namespace

void Database::runKept(const QString &sql, const QVariantList &values, const std::function<void(QSqlQuery &)> &read) const
{
    std::shared_ptr<QSqlQuery> &kept = m_statements[sql];
    if (!kept) {
        auto query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_statements.remove(sql);
            throw DbError(tr("The database refused a statement: %1").arg(query->lastError().text()));
        }
        kept = query;
    }
    const std::shared_ptr<QSqlQuery> query = kept; // a nested change may add to the hash
    bindAll(*query, values);
    if (!query->exec()) {
        const QString message = query->lastError().text();
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
        throw DbError(tr("The database refused a statement: %1").arg(query.lastError().text()));
    bindAll(query, values);
    if (!query.exec())
        throw DbError(tr("The database could not carry out a change: %1").arg(query.lastError().text()));
    return query;
}

void Database::execDirect(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw DbError(tr("The database could not carry out a change: %1").arg(query.lastError().text()));
}

QString Database::saveCopy(const QString &target) const
{
    const QFileInfo targetInfo(target);
    if (const QString problem = outputPathProblem(target, m_path); !problem.isEmpty())
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
        runKept(sql, values, [&id](QSqlQuery &query) { id = query.lastInsertId().toLongLong(); });
    }
    return id;
}

Transaction::Transaction(const Database &db) : m_connection(db.connection())
{
    if (!m_connection.transaction())
        throw DbError(Database::tr("The database could not start a change: %1").arg(m_connection.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_connection.rollback();
}

void Transaction::commit()
{
    if (!m_connection.commit()) {
        const QString message = m_connection.lastError().text();
        m_connection.rollback();
        m_done = true;
        throw DbError(Database::tr("The change could not be saved: %1").arg(message));
    }
    m_done = true;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
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
