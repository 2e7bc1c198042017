#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

// The files an administrator deploys to make Claude Code enforce the approved inventory
// (code.claude.com/docs/en/managed-mcp): managed-settings.json's allow- and deny-lists, and
// managed-mcp.json's fixed set of servers. Both are deterministic (the same connectors give the
// same bytes: lists in the inventory's order, server names sorted, two-space indents, a final
// newline) and hold no secret: Steward records none, and writes neither environment values nor headers.
namespace steward::exports {

struct ClaudeExport
{
    QByteArray bytes;
    int servers = 0;   // allow-list entries, or servers in the map
    QStringList notes; // what the owner should know before deploying (placeholders, what was left out)
};

struct ManagedSettingsOptions
{
    bool managedOnly = false; // allowManagedMcpServersOnly: users cannot widen the allow-list
};

// {"allowManagedMcpServersOnly": true (with managedOnly), "allowedMcpServers": [one entry per
// connector whose approval is current], "deniedMcpServers": [one per revoked connector]}, each entry
// naming the server by its command line (stdio), URL (http, sse) or, with neither recorded, its name.
// An entry shared by an approved and a revoked connector is denied: the deny-list wins in Claude Code,
// and a revoked server must never be allowed.
ClaudeExport claudeManagedSettings(const std::vector<Connector>& connectors,
                                   const ManagedSettingsOptions& options = {});

// {"mcpServers": {NAME: {"type": "stdio", "command", "args"[, "env"]} | {"type": "http"|"sse", "url"}}}
// for every connector whose approval is current and that records its server. A local server that
// signs in to its system (it holds OAuth scopes) gets one env placeholder, NAME_CREDENTIALS =
// ${NAME_CREDENTIALS}, and a note: Claude Code expands it from each machine's environment.
ClaudeExport claudeManagedMcp(const std::vector<Connector>& connectors);

} // namespace steward::exports
