#pragma once

#include "domain/types.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// How Claude Code names and matches MCP servers, shared by the managed-settings/managed-mcp exports
// and by reconcile. The rules follow Claude Code's documentation, "Control MCP server access for
// your organization" (code.claude.com/docs/en/managed-mcp):
// - a server's name may hold letters, digits, '-' and '_' only ("Names can only contain letters,
//   numbers, hyphens, and underscores", claude mcp add);
// - each entry of allowedMcpServers / deniedMcpServers names a server in exactly one way:
//   serverName (the configured name), serverCommand (the exact command and arguments of a stdio
//   server, in order) or serverUrl (a remote server's URL, '*' matching any run of characters);
// - a deny entry that matches wins over every allow entry;
// - a serverName entry admits a remote server only while the allow-list has no serverUrl entry,
//   and a stdio server only while it has no serverCommand entry ("How a server is evaluated").
namespace steward::reconcile {

// Whether a connector's approval holds now: approved, not waiting for re-approval, not revoked.
// Only these go into an allow-list or a managed-mcp.json.
bool approvalIsCurrent(const Connector& connector);

// The name Claude Code would know the connector's server by: lower case, every run of characters
// other than ASCII letters, digits, '-' and '_' made one '-' ("Google Drive" → "google-drive").
QString serverName(const QString& connectorName);

// Whether a server is one Claude Code starts as a process (stdio) or reaches at a URL (http, sse).
bool isStdio(const McpServer& server);
bool isRemote(const McpServer& server);
// Whether the connector records enough to name its server by command (stdio with a command) or by
// URL (http/sse with a URL); otherwise only its name identifies it.
bool hasIdentity(const McpServer& server);

// One entry of allowedMcpServers or deniedMcpServers.
struct ServerEntry
{
    enum class By { Name, Command, Url };

    By by = By::Name;
    QString name;        // serverName
    QStringList command; // serverCommand: the command, then its arguments
    QString url;         // serverUrl: a pattern

    bool operator==(const ServerEntry&) const = default;
};

// The entry that names the connector's server most exactly: the command line of a stdio server,
// the URL of an http/sse one, else (nothing recorded) its name.
ServerEntry entryFor(const Connector& connector);

// serverUrl matching: '*' matches any run of characters (none included), everything else itself.
bool urlMatches(const QString& pattern, const QString& url);
// The same server at the same URL as far as people mean it: scheme and host in any case, and
// "https://host/" the same as "https://host".
bool sameUrl(const QString& a, const QString& b);

// Whether `entry` on its own names the server called `name` (compared as serverName() forms, so
// "GitHub" and "github" are one name) with the identity `server`.
bool entryMatches(const ServerEntry& entry, const QString& name, const McpServer& server);

// What Claude Code decides for one server under one settings file's lists. `entry` is the index of
// the deciding entry in the list it belongs to (the deny entry, the admitting allow entry); -1 when
// none decided (no allow-list, or nothing in it admits the server).
struct Admission
{
    enum class Outcome { Admitted, Denied, NotAllowed };

    Outcome outcome = Outcome::Admitted;
    int entry = -1;
};
Admission admission(const QString& name, const McpServer& server, const std::vector<ServerEntry>& allowed,
                    bool hasAllowList, const std::vector<ServerEntry>& denied);

// For messages: `serverUrl "https://…"`, `serverCommand npx -y server`, `serverName "github"`.
QString entryText(const ServerEntry& entry);
// A command line as a shell would take it: words with spaces or quotes in single quotes.
QString commandLine(const QString& command, const QStringList& args);
// What a server runs, for messages: its command line, its URL, or "no command or URL".
QString serverText(const McpServer& server);

// Text read from a configuration file with anything that looks like a credential taken out: a URL
// keeps its scheme, host and path; anything else becomes a placeholder. Unchanged when it holds none.
QString withoutSecrets(const QString& text);

} // namespace steward::reconcile
