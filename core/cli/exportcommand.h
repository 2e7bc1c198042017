#pragma once

#include <QStringList>
#include <QTextStream>

namespace steward::cli {

// steward export FILE --format FORMAT [-o OUT | --output OUT] [--today YYYY-MM-DD]: the inventory,
// opened read-only, written in FORMAT to stdout or (atomically) to OUT. Returns the exit status;
// throws UsageError for a mistake on the command line.
int commandExport(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace steward::cli
