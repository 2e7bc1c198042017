#include "reconcile/reconcile.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace steward::reconcile {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Reconcile)
};

const QString UnknownServer = QStringLiteral("reconcile.unknown-server");
const QString UnapprovedDeployed = QStringLiteral("reconcile.unapproved-deployed");
const QString ServerDiffers = QStringLiteral("reconcile.server-differs");
const QString ApprovedBlocked = QStringLiteral("reconcile.approved-blocked");
const QString EntryUnmatched = QStringLiteral("reconcile.allow-entry-unmatched");
const QString ApprovedNotDeployed = QStringLiteral("reconcile.approved-not-deployed");

const QString ConnectorType = QStringLiteral("connector");

bool sameIdentity(const McpServer& a, const McpServer& b)
{
    if (isStdio(a) && isStdio(b))
        return !a.command.isEmpty() && a.command == b.command && a.args == b.args;
    if (isRemote(a) && isRemote(b))
        return !a.url.isEmpty() && sameUrl(a.url, b.url);
    return false;
}

// The connectors a deployed server is: those with its command or URL, else those of its name that
// record no server. Several connectors may share one server (Confluence and Jira on Atlassian's):
// each of them is deployed, and the one of the server's name, if any, is the one it runs as. A
// connector of its name that records another server is the one it `differs` from.
struct Match
{
    std::vector<const Connector*> connectors;
    const Connector* named = nullptr;
    const Connector* differs = nullptr;
};

Match match(const DeployedServer& deployed, const std::vector<Connector>& connectors)
{
    Match result;
    const QString name = serverName(deployed.name);
    for (const Connector& c : connectors) {
        if (hasIdentity(c.server) && sameIdentity(c.server, deployed.server)) {
            result.connectors.push_back(&c);
            if (!result.named && serverName(c.name) == name)
                result.named = &c;
        }
    }
    if (!result.connectors.empty())
        return result;
    for (const Connector& c : connectors) {
        if (serverName(c.name) != name)
            continue;
        if (!hasIdentity(c.server))
            result.connectors.push_back(&c);
        else if (!result.differs)
            result.differs = &c;
    }
    if (!result.connectors.empty())
        result.differs = nullptr;
    return result;
}

QString described(const McpServer& server)
{
    if (isStdio(server))
        return Tr::tr("a local server running %1").arg(serverText(server));
    return Tr::tr("a remote (%1) server at %2").arg(label(server.transport), serverText(server));
}

rules::Finding about(const Connector& c, const QString& message, const QString& fix)
{
    return {QString(), FindingSeverity::Warning, ConnectorType, c.id, c.name, message, fix};
}

class Builder
{
public:
    void add(const QString& ruleId, Difference difference)
    {
        const auto& rules = reconcileRules();
        const auto rule =
            std::find_if(rules.begin(), rules.end(), [&](const rules::RuleInfo& r) { return r.id == ruleId; });
        Q_ASSERT(rule != rules.end());
        difference.finding.ruleId = rule->id;
        difference.finding.severity = rule->severity;
        m_result.differences.push_back(std::move(difference));
    }

    ReconcileResult take()
    {
        std::stable_sort(
            m_result.differences.begin(), m_result.differences.end(),
            [](const Difference& a, const Difference& b) { return int(a.finding.severity) < int(b.finding.severity); });
        return std::move(m_result);
    }

private:
    ReconcileResult m_result;
};

void compareServers(Builder& out, const std::vector<Connector>& connectors, const ConfigFile& config,
                    std::set<Id>& deployed)
{
    for (const DeployedServer& d : config.servers) {
        const Match m = match(d, connectors);
        if (m.differs) {
            deployed.insert(m.differs->id);
            out.add(ServerDiffers,
                    {about(*m.differs,
                           Tr::tr("Deployed in %1 as \u201c%2\u201d, which runs %3; the inventory records %4 for this "
                                  "connector.")
                               .arg(config.file, d.name, serverText(d.server), serverText(m.differs->server)),
                           Tr::tr("Deploy the server the inventory records, or record the new one on the connector "
                                  "and have it approved.")),
                     d.place, d, std::nullopt});
            continue;
        }
        if (m.connectors.empty()) {
            out.add(UnknownServer,
                    {{QString(), FindingSeverity::Error, QStringLiteral("server"), 0, d.name,
                      Tr::tr("Deployed in %1 as %2, but no connector in the inventory has this server.")
                          .arg(config.file, described(d.server)),
                      Tr::tr("Add it to the inventory as a requested connector and take it to the forum, or remove it "
                             "from %1.")
                          .arg(config.file)},
                     d.place,
                     d,
                     std::nullopt});
            continue;
        }
        for (const Connector* c : m.connectors)
            deployed.insert(c->id);
        // Deployed under one connector's name, it runs as that one; otherwise as any of them.
        const std::vector<const Connector*> runsAs = m.named ? std::vector<const Connector*>{m.named} : m.connectors;
        if (std::any_of(runsAs.begin(), runsAs.end(), [](const Connector* c) { return approvalIsCurrent(*c); }))
            continue;
        for (const Connector* c : runsAs) {
            const QString fix =
                c->status == ApprovalStatus::Revoked
                    ? Tr::tr("Remove it from %1: the connector was revoked.").arg(config.file)
                    : Tr::tr("Remove it from %1 until the forum approves the connector.").arg(config.file);
            out.add(
                UnapprovedDeployed,
                {about(*c,
                       Tr::tr("%1, yet deployed in %2 as \u201c%3\u201d.").arg(label(c->status), config.file, d.name),
                       fix),
                 d.place, d, std::nullopt});
        }
    }
}

void compareLists(Builder& out, const std::vector<Connector>& connectors, const ConfigFile& config)
{
    if (!config.hasAllowList && config.denied.empty())
        return;
    for (const ListedEntry& listed : config.allowed) {
        const bool named = std::any_of(connectors.begin(), connectors.end(), [&](const Connector& c) {
            return entryMatches(listed.entry, c.name, c.server);
        });
        if (!named)
            out.add(EntryUnmatched,
                    {{QString(), FindingSeverity::Warning, QStringLiteral("allow-entry"), 0, entryText(listed.entry),
                      Tr::tr("allowedMcpServers in %1 admits servers that no connector in the inventory has.")
                          .arg(config.file),
                      Tr::tr("Remove the entry, or add its server to the inventory and have it approved.")},
                     listed.place,
                     std::nullopt,
                     listed.entry});
    }
    const std::vector<ServerEntry> allowed = config.allowedEntries();
    const std::vector<ServerEntry> denied = config.deniedEntries();
    for (const Connector& c : connectors) {
        const Admission decided = admission(c.name, c.server, allowed, config.hasAllowList, denied);
        if (approvalIsCurrent(c)) {
            if (decided.outcome == Admission::Outcome::Denied) {
                const ListedEntry& entry = config.denied[std::size_t(decided.entry)];
                out.add(ApprovedBlocked,
                        {about(c,
                               Tr::tr("Approved, yet deniedMcpServers in %1 blocks it (%2).")
                                   .arg(config.file, entryText(entry.entry)),
                               Tr::tr("Correct the lists, or write them again with steward export --format "
                                      "claude-managed-settings.")),
                         entry.place, std::nullopt, entry.entry});
            } else if (decided.outcome == Admission::Outcome::NotAllowed) {
                out.add(
                    ApprovedBlocked,
                    {about(c, Tr::tr("Approved, yet no entry of allowedMcpServers in %1 admits it.").arg(config.file),
                           Tr::tr("Correct the lists, or write them again with steward export --format "
                                  "claude-managed-settings.")),
                     config.allowListPlace, std::nullopt, std::nullopt});
            }
            continue;
        }
        // Without an allow-list everything not denied runs; only an entry that admits the
        // connector is a deployment of it.
        if (decided.outcome != Admission::Outcome::Admitted || decided.entry < 0)
            continue;
        const ListedEntry& entry = config.allowed[std::size_t(decided.entry)];
        const QString fix = c.status == ApprovalStatus::Revoked
                                ? Tr::tr("Remove or narrow the entry and add the server to deniedMcpServers (steward "
                                         "export --format claude-managed-settings writes both lists).")
                                : Tr::tr("Remove or narrow the entry until the forum approves the connector (steward "
                                         "export --format claude-managed-settings writes the approved list).");
        out.add(UnapprovedDeployed, {about(c,
                                           Tr::tr("%1, yet allowedMcpServers in %2 admits it (%3).")
                                               .arg(label(c.status), config.file, entryText(entry.entry)),
                                           fix),
                                     entry.place, std::nullopt, entry.entry});
    }
}

} // namespace

const std::vector<rules::RuleInfo>& reconcileRules()
{
    static const QString family = QStringLiteral("reconcile");
    static const std::vector<rules::RuleInfo> rules{
        {UnknownServer, family, FindingSeverity::Error,
         Tr::tr("every deployed server is a connector of the inventory")},
        {UnapprovedDeployed, family, FindingSeverity::Error,
         Tr::tr("no connector that is requested, pending re-approval or revoked is deployed or allowed")},
        {ServerDiffers, family, FindingSeverity::Error,
         Tr::tr("a server deployed under a connector's name runs the server the connector records")},
        {ApprovedBlocked, family, FindingSeverity::Warning,
         Tr::tr("the allow- and deny-lists admit every approved connector")},
        {EntryUnmatched, family, FindingSeverity::Warning,
         Tr::tr("each allow-list entry names a connector of the inventory")},
        {ApprovedNotDeployed, family, FindingSeverity::Info,
         Tr::tr("each approved connector is deployed in one of the server files compared")},
    };
    return rules;
}

int ReconcileResult::count(FindingSeverity severity) const
{
    return int(std::count_if(differences.begin(), differences.end(),
                             [severity](const Difference& d) { return d.finding.severity == severity; }));
}

ReconcileResult reconcile(const std::vector<Connector>& connectors, const std::vector<ConfigFile>& configs)
{
    Builder out;
    std::set<Id> deployed;
    QStringList serverFiles;
    for (const ConfigFile& config : configs) {
        if (config.hasServers)
            serverFiles.append(config.file);
        compareServers(out, connectors, config, deployed);
        compareLists(out, connectors, config);
    }
    // Only server files tell what is deployed; a settings file alone says nothing of it.
    if (!serverFiles.isEmpty()) {
        for (const Connector& c : connectors) {
            if (!approvalIsCurrent(c) || deployed.count(c.id))
                continue;
            out.add(
                ApprovedNotDeployed,
                {about(c,
                       Tr::tr("Approved, yet deployed in none of the server files compared (%1).")
                           .arg(serverFiles.join(QStringLiteral(", "))),
                       Tr::tr("Deploy it (steward export --format claude-managed-mcp writes every approved server), "
                              "or revoke it if it is no longer used.")),
                 std::nullopt, std::nullopt, std::nullopt});
        }
    }
    return out.take();
}

Connector requestedConnector(const DeployedServer& server)
{
    Connector c;
    c.name = server.name;
    c.access = Access::ReadOnly; // least privilege: a new connector starts read-only
    c.status = ApprovalStatus::Requested;
    c.server = server.server;
    c.notes = Tr::tr("Found deployed at %1 (%2) by reconcile, without being in the inventory; requested, not approved.")
                  .arg(server.place.text(), label(server.kind));
    if (!server.envNames.isEmpty())
        c.notes += QLatin1Char(' ') + Tr::tr("It is given the environment variables %1 there (their values are not "
                                             "recorded).")
                                          .arg(server.envNames.join(QStringLiteral(", ")));
    if (!server.headerNames.isEmpty())
        c.notes += QLatin1Char(' ') + Tr::tr("It sends the headers %1 there (their values are not recorded).")
                                          .arg(server.headerNames.join(QStringLiteral(", ")));
    return c;
}

} // namespace steward::reconcile
