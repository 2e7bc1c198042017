#include "export/claudeexport.h"

#include "reconcile/servermatch.h"

#include <QCoreApplication>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace steward::exports {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ClaudeExport)
};

using Json = nlohmann::ordered_json;
using reconcile::ServerEntry;

std::string str(const QString& text)
{
    return text.toStdString();
}

Json strings(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& item : list)
        array.push_back(str(item));
    return array;
}

Json entryJson(const ServerEntry& entry)
{
    switch (entry.by) {
    case ServerEntry::By::Name:
        return Json{{"serverName", str(entry.name)}};
    case ServerEntry::By::Command:
        return Json{{"serverCommand", strings(entry.command)}};
    case ServerEntry::By::Url:
        return Json{{"serverUrl", str(entry.url)}};
    }
    return Json();
}

QByteArray text(const Json& json)
{
    return QByteArray::fromStdString(json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

// The connectors of each entry, in the order the entries were first named.
struct EntryList
{
    std::vector<ServerEntry> entries;
    std::vector<QString> first; // the connector that named each entry first

    int indexOf(const ServerEntry& entry) const
    {
        const auto it = std::find(entries.begin(), entries.end(), entry);
        return it == entries.end() ? -1 : int(it - entries.begin());
    }
    void add(const ServerEntry& entry, const QString& connector)
    {
        if (indexOf(entry) < 0) {
            entries.push_back(entry);
            first.push_back(connector);
        }
    }
    Json json() const
    {
        Json array = Json::array();
        for (const ServerEntry& entry : entries)
            array.push_back(entryJson(entry));
        return array;
    }
};

QString pendingNote(const Connector& c, const QString& file)
{
    return Tr::tr("%1 waits for re-approval: it stays out of %2 until the forum approves it again.").arg(c.name, file);
}

} // namespace

ClaudeExport claudeManagedSettings(const std::vector<Connector>& connectors, const ManagedSettingsOptions& options)
{
    ClaudeExport result;
    EntryList allowed;
    EntryList denied;
    for (const Connector& c : connectors) {
        if (c.status == ApprovalStatus::Revoked)
            denied.add(reconcile::entryFor(c), c.name);
    }
    bool byName = false;
    for (const Connector& c : connectors) {
        if (!reconcile::approvalIsCurrent(c))
            continue;
        const ServerEntry entry = reconcile::entryFor(c);
        if (const int revoked = denied.indexOf(entry); revoked >= 0) {
            result.notes.append(Tr::tr("%1 names the same server as %2, which is revoked: the deny entry %3 blocks %1 "
                                       "too. Give it a server of its own, or revoke it as well.")
                                    .arg(c.name, denied.first[std::size_t(revoked)], reconcile::entryText(entry)));
            continue;
        }
        allowed.add(entry, c.name);
        byName = byName || entry.by == ServerEntry::By::Name;
    }
    for (const Connector& c : connectors) {
        if (reconcile::approvalIsCurrent(c) || c.status == ApprovalStatus::Revoked)
            continue;
        if (const int shared = allowed.indexOf(reconcile::entryFor(c)); shared >= 0)
            result.notes.append(Tr::tr("The entry %1 for %2 also admits %3 (%4), which names the same server: Claude "
                                       "Code cannot tell the two apart.")
                                    .arg(reconcile::entryText(allowed.entries[std::size_t(shared)]),
                                         allowed.first[std::size_t(shared)], c.name, label(c.status)));
        else if (c.status == ApprovalStatus::PendingReapproval)
            result.notes.append(pendingNote(c, QStringLiteral("allowedMcpServers")));
    }
    if (byName) {
        for (std::size_t i = 0; i < allowed.entries.size(); ++i) {
            if (allowed.entries[i].by == ServerEntry::By::Name)
                result.notes.append(
                    Tr::tr("%1 records no server command or URL, so it is allowed by name only (%2): any server "
                           "given that name passes, and Claude Code ignores the name for a remote server while the "
                           "list has a serverUrl entry, for a local one while it has a serverCommand entry. Record "
                           "its server on the connector.")
                        .arg(allowed.first[i], reconcile::entryText(allowed.entries[i])));
        }
    }
    if (allowed.entries.empty())
        result.notes.append(
            Tr::tr("No connector is approved: an empty allowedMcpServers admits no MCP server at all."));

    Json json = Json::object();
    if (options.managedOnly)
        json["allowManagedMcpServersOnly"] = true;
    json["allowedMcpServers"] = allowed.json();
    json["deniedMcpServers"] = denied.json();
    result.bytes = text(json);
    result.servers = int(allowed.entries.size());
    return result;
}

ClaudeExport claudeManagedMcp(const std::vector<Connector>& connectors)
{
    ClaudeExport result;
    std::map<std::string, Json> servers; // sorted by the names' UTF-8, as JSON tools sort keys
    for (const Connector& c : connectors) {
        if (c.status == ApprovalStatus::PendingReapproval)
            result.notes.append(pendingNote(c, QStringLiteral("managed-mcp.json")));
        if (!reconcile::approvalIsCurrent(c))
            continue;
        if (!reconcile::hasIdentity(c.server)) {
            result.notes.append(Tr::tr("%1 records no MCP server (a transport with its command or URL): it is not in "
                                       "managed-mcp.json.")
                                    .arg(c.name));
            continue;
        }
        QString base = reconcile::serverName(c.name);
        if (base.isEmpty())
            base = QStringLiteral("server");
        QString name = base;
        for (int n = 2; servers.count(str(name)); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        if (name != base)
            result.notes.append(
                Tr::tr("%1: the name %2 is another connector's; it is written as %3.").arg(c.name, base, name));
        Json server = Json::object();
        server["type"] = str(key(c.server.transport));
        if (reconcile::isStdio(c.server)) {
            server["command"] = str(c.server.command);
            server["args"] = strings(c.server.args);
            // A local server signs in with credentials of its own, which only each machine has;
            // Claude Code expands ${VAR} in env from the environment it runs in.
            if (!c.scopes.empty()) {
                const QString variable =
                    name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + QStringLiteral("_CREDENTIALS");
                server["env"] = Json{{str(variable), str(QStringLiteral("${%1}").arg(variable))}};
                result.notes.append(Tr::tr("%1 runs a local server that signs in to %2 with credentials of its own: "
                                           "env %3 is a placeholder passing ${%3} from each machine's environment. "
                                           "Rename it to the variable the server reads and set that on each machine; "
                                           "Steward records no secrets.")
                                        .arg(c.name, c.system.isEmpty() ? c.name : c.system, variable));
            }
        } else {
            server["url"] = str(c.server.url);
        }
        servers.emplace(str(name), server);
    }
    if (servers.empty())
        result.notes.append(Tr::tr("No approved connector records its server: an empty mcpServers map turns MCP off "
                                   "wherever the file is deployed."));
    Json map = Json::object();
    for (const auto& [name, server] : servers)
        map[name] = server;
    result.bytes = text(Json{{"mcpServers", map}});
    result.servers = int(servers.size());
    return result;
}

} // namespace steward::exports
