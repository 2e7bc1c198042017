#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// Shared by the test executables: temporary inventories, raw SQL behind the store's back, file
// bytes for "left untouched" checks, and the path of the built steward binary.
namespace steward::test {

// A fresh temporary directory per call; the caller keeps it alive.
std::unique_ptr<QTemporaryDir> makeTempDir();

QByteArray fileBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

// Runs one SQL statement on the file through a separate connection, as a user with the sqlite3
// shell would: no audit, no Steward checks. Returns false (and warns) on error.
bool rawSql(const QString& path, const QString& sql);

QString fixture(const QString& name);
QString stewardBinary();

} // namespace steward::test
