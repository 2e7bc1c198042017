#pragma once

#include <QStringList>
#include <QTextStream>

namespace steward::cli {

// steward reconcile FILE CONFIG... [--format text|json]: the Claude configuration files CONFIG
// (.mcp.json, managed-mcp.json, claude_desktop_config.json, managed-settings.json) compared with the
// inventory FILE, opened read-only. Exit 0 without error findings, 1 with some, 2 when a file cannot be
// read (every unreadable CONFIG is named, with the line and column of its problem); throws UsageError
// for a mistake on the command line.
int commandReconcile(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace steward::cli
