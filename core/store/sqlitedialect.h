#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Everything SQLite-specific lives here: pragmas, the header check, integrity checks. The rest
// of core/store speaks SQL that a PostgreSQL connection would also accept.
namespace steward::sqlite {

// Opens a QSQLITE connection under a unique name. readOnly opens with SQLITE_OPEN_READONLY, so
// inspecting a file cannot change a byte of it.
QSqlDatabase openConnection(const QString& path, bool readOnly);
void closeConnection(QSqlDatabase& db);

// The 16-byte magic every SQLite 3 database starts with.
bool hasSqliteHeader(const QByteArray& firstBytes);

// Per-connection settings for a writer: foreign keys, FULL sync, rollback journal, busy timeout.
bool configureWriter(QSqlDatabase& db, QString* error);
bool configureReader(QSqlDatabase& db, QString* error);

int readUserVersion(QSqlDatabase& db, bool* ok);
int readApplicationId(QSqlDatabase& db, bool* ok);
bool writeVersionStamp(QSqlDatabase& db, int applicationId, int userVersion, QString* error);

// "ok" or the problems PRAGMA integrity_check (full) / quick_check (fast) reports.
QStringList integrityProblems(QSqlDatabase& db, bool quick);

QStringList userTables(QSqlDatabase& db);

// Writes a consistent snapshot of the whole database to `path` (VACUUM INTO, SQLite 3.27 and
// later), which must not exist yet or be an empty file. Works on a read-only connection, not
// inside a transaction. SQLite does not sync the copy to disk; the caller does.
bool vacuumInto(QSqlDatabase& db, const QString& path, QString* error);

} // namespace steward::sqlite
