#pragma once

#include <QString>

namespace steward {

struct FileInspection
{
    int schemaVersion = 0;
};

// Looks at a file without writing to it and decides whether it is a Steward inventory this
// build can open. Throws OpenError naming what is wrong: missing, unreadable, empty, not
// SQLite, truncated or corrupt, another application's database, a schema from a newer Steward.
// callerHoldsLock: the caller holds the file's write lock, so no other Steward is writing.
FileInspection inspectFile(const QString& path, bool callerHoldsLock = false);

// True when a rollback journal left by an interrupted write lies beside path and the file's
// header says it is a Steward inventory: opening it for writing must first let SQLite roll the
// interrupted transaction back (a read-only inspection cannot).
bool hasHotJournal(const QString& path);

} // namespace steward
