#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace steward::schema {

// The schema this build writes. A file with a higher user_version was made by a newer Steward.
constexpr int currentVersion = 5;

// Steward's SQLite application_id: the bytes "STWD".
constexpr int applicationId = 0x53545744;

struct Migration
{
    int toVersion;
    QString description;
    QStringList statements;
};

// Every step from an empty file to currentVersion, in order. A file at version N runs the
// steps whose toVersion is greater than N.
const std::vector<Migration>& migrations();

// The tables whose rows the audit trail accounts for, in a stable order (verify walks them).
const QStringList& auditedTables();

} // namespace steward::schema
