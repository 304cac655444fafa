#include "persistence/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace samenplan {
namespace {

using BoundBytes = QVarLengthArray<QByteArray, 16>; // a row's texts, without an allocation for the list

// Qt's SQLite driver's own messages (its translations, not ours).
QString sqliteDriverText(const char *text)
{
    static const char *const context = "QSQLiteResult";
    return QCoreApplication::translate(context, text);
}

QSqlError sqliteError(sqlite3 *handle, const char *driverText, int code)
{
    const auto *message = static_cast<const char16_t *>(sqlite3_errmsg16(handle));
    return QSqlError(sqliteDriverText(driverText), QString::fromUtf16(message), QSqlError::ConnectionError,
                     QString::number(code));
}

// Binds one value as Qt's SQLite driver binds it: the same stored type and text, SQL NULL for a null
// variant and an invalid date or time, empty text for a null QString (as database.cpp's bindAll).
// A text's UTF-8 bytes are copied by SQLite, unless kept: then they stay in kept until the statement
// has run and its values are cleared (a change's values; a read's rows outlive the binding).
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value, BoundBytes *kept)
{
    // As UTF-8, the file's own encoding: bound as UTF-16, SQLite converts every text itself, more
    // slowly than Qt does (a tenth of an import's time).
    const auto bindText = [&](const QString &text) {
        if (text.isEmpty())
            return sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
        QByteArray utf8 = text.toUtf8();
        if (!kept)
            return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        kept->append(std::move(utf8));
        return sqlite3_bind_text(statement, index, kept->back().constData(), int(kept->back().size()),
                                 SQLITE_STATIC);
    };
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: // a null QString is no text, not SQL NULL (as in bindAll)
        return bindText(*static_cast<const QString *>(value.constData()));
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        if (bytes.isNull())
            return sqlite3_bind_null(statement, index);
        if (!kept)
            return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        kept->append(bytes); // shared, not copied
        return sqlite3_bind_blob(statement, index, kept->back().constData(), int(kept->back().size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::QDateTime: {
        const QDateTime moment = value.toDateTime();
        return moment.isValid() ? bindText(moment.toString(Qt::ISODateWithMs)) : sqlite3_bind_null(statement, index);
    }
    case QMetaType::QTime: {
        const QTime time = value.toTime();
        return time.isValid() ? bindText(time.toString(u"hh:mm:ss.zzz")) : sqlite3_bind_null(statement, index);
    }
    case QMetaType::QDate:
        return value.toDate().isValid() ? bindText(value.toString()) : sqlite3_bind_null(statement, index);
    default:
        return bindText(value.toString());
    }
}

// A text column's UTF-8 bytes (SQLite's own storage) as a QString.
QString utf8Column(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

// QDate(year, month, day) for the years of four digits, 0 to 9999, without the calendar's general
// conversion (a day at 160 locations reads 25,000 dates): the Julian day counted from
// 1 January of year 1 (Julian day 1,721,426) through the years, months and days before it. Null
// when there is no such day, as QDate gives it (there is no year 0).
QDate civilDate(int year, int month, int day)
{
    static constexpr int daysBeforeMonth[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    static constexpr int daysInMonth[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth[month - 1]
        || (month == 2 && day == 29 && !leap))
        return {};
    const qint64 before = year - 1;
    const qint64 yearsBefore = 365 * before + before / 4 - before / 100 + before / 400;
    const int dayOfYear = daysBeforeMonth[month - 1] + (month > 2 && leap ? 1 : 0) + day;
    return QDate::fromJulianDay(1721425 + yearsBefore + dayOfYear);
}

QSqlError bindValues(sqlite3_stmt *statement, const QVariantList &values, BoundBytes *kept)
{
    sqlite3 *handle = sqlite3_db_handle(statement);
    if (sqlite3_bind_parameter_count(statement) != values.size())
        return QSqlError(sqliteDriverText("Parameter count mismatch"), QString(), QSqlError::StatementError);
    for (int i = 0; i < values.size(); ++i) {
        const int bound = bindValue(statement, i + 1, values.at(i), kept);
        if (bound != SQLITE_OK) {
            const QSqlError error = sqliteError(handle, "Unable to bind parameters", bound);
            sqlite3_clear_bindings(statement);
            return error;
        }
    }
    return {};
}

} // namespace

sqlite3_stmt *sqliteStatement(const QSqlQuery &query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(handle.constData());
}

QSqlError bindSqlite(sqlite3_stmt *statement, const QVariantList &values)
{
    return bindValues(statement, values, nullptr);
}

bool stepSqlite(sqlite3_stmt *statement, SqliteFailure *failure)
{
    const int stepped = sqlite3_step(statement);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE) {
        failure->code = stepped & 0xff; // the primary code: SQLITE_IOERR for every SQLITE_IOERR_READ etc.
        failure->text = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
    }
    return stepped == SQLITE_ROW;
}

SqliteFailure::Kind SqliteFailure::kind() const
{
    switch (code) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Damaged;
    case SQLITE_IOERR:
        return Kind::ReadError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Locked;
    case SQLITE_NOMEM:
        return Kind::NoMemory;
    default:
        return Kind::Other;
    }
}

void resetSqlite(sqlite3_stmt *statement)
{
    sqlite3_reset(statement); // a kept statement holds no lock while it waits
}

QVariant sqliteValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                                   sqlite3_column_bytes(statement, column)));
    default:
        return QVariant(utf8Column(statement, column));
    }
}

qint64 sqliteInteger(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(statement, column);
    case SQLITE_NULL:
        return 0;
    default: // as QVariant converts text or a real
        return sqliteValue(statement, column).toLongLong();
    }
}

bool sqliteIsNull(sqlite3_stmt *statement, int column)
{
    return sqlite3_column_type(statement, column) == SQLITE_NULL;
}

QString sqliteText(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_TEXT:
        return utf8Column(statement, column);
    default: // as QVariant writes a number
        return sqliteValue(statement, column).toString();
    }
}

QByteArrayView sqliteUtf8(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

QDate isoDateFromUtf8(const char *text, qsizetype size)
{
    const auto digit = [text](int at) { return text[at] >= '0' && text[at] <= '9'; };
    if (size == 10 && text[4] == '-' && text[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5)
        && digit(6) && digit(8) && digit(9)) {
        const auto number = [text](int at, int digits) {
            int value = 0;
            for (int i = at; i < at + digits; ++i)
                value = value * 10 + (text[i] - '0');
            return value;
        };
        return civilDate(number(0, 4), number(5, 2), number(8, 2)); // null when impossible, as fromString
    }
    return QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
}

QDate sqliteDate(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return text ? isoDateFromUtf8(text, sqlite3_column_bytes(statement, column)) : QDate();
    }
    default:
        return QDate::fromString(sqliteValue(statement, column).toString(), Qt::ISODate);
    }
}

QSqlError runSqlite(sqlite3_stmt *statement, const QVariantList &values)
{
    sqlite3 *handle = sqlite3_db_handle(statement);
    // The texts' bytes bound where they are, kept here until the values are cleared below (an
    // import binds some 300,000 texts: copying each into SQLite's own memory was 1.5 % of it).
    BoundBytes kept;
    if (const QSqlError error = bindValues(statement, values, &kept); error.isValid())
        return error;
    const int stepped = sqlite3_step(statement);
    QSqlError error;
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
        error = sqliteError(handle, "Unable to fetch row", stepped);
    sqlite3_reset(statement); // a kept statement holds no lock while it waits
    sqlite3_clear_bindings(statement);
    return error;
}


int sqliteChangedRows(sqlite3_stmt *statement)
{
    return sqlite3_changes(sqlite3_db_handle(statement));
}

qint64 sqliteInsertedId(sqlite3_stmt *statement)
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(statement));
}

} // namespace samenplan
