#pragma once

#include <QStringList>
#include <QTextStream>

namespace steward::cli {

// steward import FILE --format FORMAT [--actor NAME] INPUT: INPUT (a path, or - for stdin) merged
// into the inventory FILE in one transaction. Exit 0 with the report on stdout; exit 2 with one
// "steward: INPUT:LINE:COLUMN: message" line per error on stderr, the inventory left as it was.
// Throws UsageError for a mistake on the command line.
int commandImport(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace steward::cli
