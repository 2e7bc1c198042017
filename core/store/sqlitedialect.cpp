#include "store/sqlitedialect.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::sqlite {
namespace {

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

int readIntPragma(QSqlDatabase& db, const QString& pragma, bool* ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

} // namespace

QSqlDatabase openConnection(const QString& path, bool readOnly)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("steward-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

void closeConnection(QSqlDatabase& db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool hasSqliteHeader(const QByteArray& firstBytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return firstBytes.startsWith(magic);
}

bool configureWriter(QSqlDatabase& db, QString* error)
{
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) &&
           exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error) &&
           exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error);
}

bool configureReader(QSqlDatabase& db, QString* error)
{
    return exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

int readUserVersion(QSqlDatabase& db, bool* ok)
{
    return readIntPragma(db, QStringLiteral("user_version"), ok);
}

int readApplicationId(QSqlDatabase& db, bool* ok)
{
    return readIntPragma(db, QStringLiteral("application_id"), ok);
}

bool writeVersionStamp(QSqlDatabase& db, int applicationId, int userVersion, QString* error)
{
    // Pragmas take no bound parameters; both values are integers of ours, never user text.
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), error) &&
           exec(db, QStringLiteral("PRAGMA user_version = %1").arg(userVersion), error);
}

QStringList integrityProblems(QSqlDatabase& db, bool quick)
{
    QSqlQuery query(db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
        return {query.lastError().text()};
    QStringList problems;
    while (query.next()) {
        const QString text = query.value(0).toString();
        if (text == QLatin1String("ok"))
            continue;
        for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            problems.append(line);
    }
    return problems;
}

QStringList userTables(QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return tables;
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

bool vacuumInto(QSqlDatabase& db, const QString& path, QString* error)
{
    // The file name is a bound value: a path may hold quotes or anything else.
    QSqlQuery query(db);
    if (query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        query.addBindValue(path);
        if (query.exec())
            return true;
    }
    if (error)
        *error =
            query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
    return false;
}

} // namespace steward::sqlite
