#pragma once

#include "domain/types.h"
#include "reconcile/servermatch.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// Claude's configuration files as they are deployed, read without changing them: the MCP server
// maps of a project's .mcp.json, an administrator's managed-mcp.json and Claude Desktop's
// claude_desktop_config.json ({"mcpServers": {NAME: {"type", "command", "args", "env"} or
// {"type", "url", "headers"}}}), and the allow- and deny-lists of managed-settings.json
// ({"allowedMcpServers": [{"serverName"} | {"serverCommand"} | {"serverUrl"}], "deniedMcpServers":
// […], "allowManagedMcpServersOnly": true}); see code.claude.com/docs/en/mcp and /managed-mcp.
// Members Steward does not compare (timeouts, other settings) are passed over; environment values
// and headers, which hold credentials, are never kept — only their names.
namespace steward::reconcile {

enum class ConfigKind { McpJson, ManagedMcp, ClaudeDesktop, ManagedSettings };
QString key(ConfigKind kind);   // mcp-json, managed-mcp, claude-desktop, managed-settings
QString label(ConfigKind kind); // "MCP server file", "managed settings"…

// A place in a configuration file: lines and columns from 1 (columns in characters), and the way to
// the value ("mcpServers.github", "allowedMcpServers[2]"). Line 0: the file as a whole.
struct ConfigPlace
{
    QString file;
    int line = 0;
    int column = 0;
    QString path;

    QString text() const; // FILE:LINE:COLUMN, or FILE
    bool operator==(const ConfigPlace&) const = default;
};

// A server a configuration file deploys.
struct DeployedServer
{
    QString name;            // its key in mcpServers
    McpServer server;        // a URL or argument that looks like a credential is already taken out
    QStringList envNames;    // the environment variables it is given, by name only
    QStringList headerNames; // the HTTP headers it sends, by name only
    ConfigKind kind = ConfigKind::McpJson;
    ConfigPlace place;

    bool operator==(const DeployedServer&) const = default;
};

// An entry of allowedMcpServers or deniedMcpServers, and where it is.
struct ListedEntry
{
    ServerEntry entry;
    ConfigPlace place;

    bool operator==(const ListedEntry&) const = default;
};

struct ConfigFile
{
    QString file;
    ConfigKind kind = ConfigKind::McpJson;
    bool hasServers = false; // it has an mcpServers map (perhaps empty: "no MCP at all")
    std::vector<DeployedServer> servers;
    bool hasAllowList = false; // allowedMcpServers is given: [] admits nothing, absent admits everything
    ConfigPlace allowListPlace;
    std::vector<ListedEntry> allowed;
    std::vector<ListedEntry> denied;
    std::optional<bool> managedOnly; // allowManagedMcpServersOnly, when given

    std::vector<ServerEntry> allowedEntries() const;
    std::vector<ServerEntry> deniedEntries() const;
};

// Why a file cannot be compared, and where.
struct ConfigError
{
    ConfigPlace place;
    QString message;

    QString text() const; // FILE:LINE:COLUMN: message
};

struct ParsedConfig
{
    ConfigFile config;               // what the file holds, when there are no errors
    std::vector<ConfigError> errors; // in the order of the text

    bool ok() const { return errors.empty(); }
};

// Far beyond any configuration file (Claude's own ~/.claude.json stays within a few MB).
inline constexpr qint64 maxConfigBytes = qint64(16) << 20;

// Reads `text` as the configuration file named `file` (a path or a name for messages). The shape
// comes from the name (managed-mcp.json, .mcp.json, claude_desktop_config.json,
// managed-settings.json) or, for any other name, from what it holds. Malformed JSON, nesting beyond
// 32 levels, more than maxConfigBytes, a wrong type anywhere Steward reads, or a file that is no
// Claude configuration at all: errors with their line and column, and nothing else.
ParsedConfig parseConfig(const QString& file, const QByteArray& text);
// The same for a file on disk; a file that cannot be read is an error too.
ParsedConfig readConfig(const QString& path);

} // namespace steward::reconcile
