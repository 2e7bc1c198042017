// reconcile::reconcile(): every kind of difference between the inventory and the deployed configuration, with
// the configuration in each of its four shapes (.mcp.json, managed-mcp.json,
// claude_desktop_config.json, managed-settings.json); what each difference carries for the editor
// (place, deployed server, entry); and the requested connector made from an unknown server.
#include "coretest.h"
#include "reconcile/reconcile.h"

#include <QtTest>

using namespace steward;
using namespace steward::reconcile;

class TestReconcile : public QObject
{
    Q_OBJECT

private slots:
    void serverFiles_data();
    void serverFiles();
    void settingsFiles_data();
    void settingsFiles();
    void differencesCarryWhatTheEditorNeeds();
    void sharedServersPreferTheNamedConnector();
    void settingsAloneSayNothingOfDeployment();
    void requestedConnectorFromAnUnknownServer();
    void catalogueIsStable();
};

namespace {

Connector connector(Id id, const QString& name, ApprovalStatus status, const McpServer& server)
{
    Connector c;
    c.id = id;
    c.name = name;
    c.status = status;
    c.server = server;
    return c;
}

McpServer stdio(const QString& command, const QStringList& args)
{
    McpServer server;
    server.transport = Transport::Stdio;
    server.command = command;
    server.args = args;
    return server;
}

McpServer remote(const QString& url)
{
    McpServer server;
    server.transport = Transport::Http;
    server.url = url;
    return server;
}

// Approved: GitHub and Legacy wiki (no server recorded: known by its name only). The others are not.
std::vector<Connector> inventory()
{
    using S = ApprovalStatus;
    return {
        connector(1, QStringLiteral("GitHub"), S::Approved,
                  stdio(QStringLiteral("npx"),
                        {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")})),
        connector(2, QStringLiteral("Legacy wiki"), S::Approved, McpServer()),
        connector(3, QStringLiteral("Old shell"), S::Revoked,
                  stdio(QStringLiteral("uvx"), {QStringLiteral("old-shell-mcp")})),
        connector(4, QStringLiteral("Google Drive"), S::PendingReapproval,
                  stdio(QStringLiteral("npx"),
                        {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-gdrive")})),
        connector(5, QStringLiteral("Box"), S::Requested, stdio(QStringLiteral("npx"), {QStringLiteral("box-mcp")})),
        connector(6, QStringLiteral("Slack notifier"), S::Revoked,
                  remote(QStringLiteral("https://mcp.example.com/notifier"))),
        connector(7, QStringLiteral("Salesforce"), S::PendingReapproval,
                  remote(QStringLiteral("https://mcp.example.com/salesforce"))),
    };
}

const QByteArray GithubServer =
    R"("github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]})";
const QByteArray WikiServer = R"("legacy-wiki": {"command": "node", "args": ["/opt/wiki/server.js"]})";

// A server map holding `servers` (JSON members), in the file the shape is named by.
QByteArray serverMap(const QList<QByteArray>& servers)
{
    QByteArray text = "{\n  \"mcpServers\": {";
    for (qsizetype i = 0; i < servers.size(); ++i)
        text += (i ? ",\n    " : "\n    ") + servers[i];
    return text + "\n  }\n}\n";
}

const QStringList ServerShapes{QStringLiteral(".mcp.json"), QStringLiteral("managed-mcp.json"),
                               QStringLiteral("claude_desktop_config.json")};

// "rule subject" for each difference, in the result's order.
QStringList summary(const ReconcileResult& result)
{
    QStringList lines;
    for (const Difference& d : result.differences)
        lines.append(d.finding.ruleId + QLatin1Char(' ') + d.finding.subject);
    return lines;
}

ConfigFile parsed(const QString& file, const QByteArray& text)
{
    const ParsedConfig config = parseConfig(file, text);
    if (!config.ok())
        qWarning("%s", qPrintable(config.errors.front().text()));
    return config.config;
}

} // namespace

void TestReconcile::serverFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("differences");
    for (const QString& file : ServerShapes) {
        auto row = [&file](const char* name, const QList<QByteArray>& servers, const QStringList& differences) {
            QTest::newRow(qPrintable(file + QStringLiteral(": ") + QLatin1String(name)))
                << file << serverMap(servers) << differences;
        };
        row("as approved", {GithubServer, WikiServer}, {});
        row("unknown server",
            {GithubServer, WikiServer, R"("filesystem": {"command": "npx", "args": ["-y", "server-filesystem", "/"]})"},
            {QStringLiteral("reconcile.unknown-server filesystem")});
        row("revoked deployed", {GithubServer, WikiServer, R"("shell": {"command": "uvx", "args": ["old-shell-mcp"]})"},
            {QStringLiteral("reconcile.unapproved-deployed Old shell")});
        row("pending re-approval deployed",
            {GithubServer, WikiServer,
             R"("drive": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-gdrive"]})"},
            {QStringLiteral("reconcile.unapproved-deployed Google Drive")});
        row("requested deployed", {GithubServer, WikiServer, R"("box": {"command": "npx", "args": ["box-mcp"]})"},
            {QStringLiteral("reconcile.unapproved-deployed Box")});
        row("another server under a connector's name",
            {R"("github": {"command": "npx", "args": ["-y", "github-mcp-fork"]})", WikiServer},
            {QStringLiteral("reconcile.server-differs GitHub")});
        row("approved not deployed", {GithubServer}, {QStringLiteral("reconcile.approved-not-deployed Legacy wiki")});
        row("nothing deployed", {},
            {QStringLiteral("reconcile.approved-not-deployed GitHub"),
             QStringLiteral("reconcile.approved-not-deployed Legacy wiki")});
        row("errors before infos", {WikiServer, R"("shell": {"command": "uvx", "args": ["old-shell-mcp"]})"},
            {QStringLiteral("reconcile.unapproved-deployed Old shell"),
             QStringLiteral("reconcile.approved-not-deployed GitHub")});
        if (file == QLatin1String("claude_desktop_config.json"))
            continue; // Claude Desktop's file starts local servers only
        row("revoked remote server",
            {GithubServer, WikiServer, R"("notify": {"type": "http", "url": "https://mcp.example.com/notifier/"})"},
            {QStringLiteral("reconcile.unapproved-deployed Slack notifier")});
        row("unknown remote server",
            {GithubServer, WikiServer, R"("crm": {"type": "sse", "url": "https://crm.example.org/sse"})"},
            {QStringLiteral("reconcile.unknown-server crm")});
    }
}

void TestReconcile::serverFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QStringList, differences);
    const ReconcileResult result = reconcile::reconcile(inventory(), {parsed(file, text)});
    QCOMPARE(summary(result), differences);
}

void TestReconcile::settingsFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("differences");
    const QByteArray github = R"({"serverCommand": ["npx", "-y", "@modelcontextprotocol/server-github"]})";
    const QByteArray wiki = R"({"serverName": "legacy-wiki"})";
    auto settings = [](const QList<QByteArray>& allowed, const QList<QByteArray>& denied) {
        return "{\n  \"allowedMcpServers\": [" + QByteArrayList(allowed).join(",\n    ") +
               "],\n  \"deniedMcpServers\": [" + QByteArrayList(denied).join(", ") + "]\n}\n";
    };
    QTest::newRow("as approved") << settings({github, wiki}, {}) << QStringList();
    QTest::newRow("revoked denied") << settings({github, wiki}, {R"({"serverCommand": ["uvx", "old-shell-mcp"]})"})
                                    << QStringList();
    QTest::newRow("entry naming no connector")
        << settings({github, wiki, R"({"serverUrl": "https://tools.example.org/*"})"}, {})
        << QStringList{QStringLiteral("reconcile.allow-entry-unmatched serverUrl \"https://tools.example.org/*\"")};
    QTest::newRow("revoked allowed") << settings({github, wiki, R"({"serverCommand": ["uvx", "old-shell-mcp"]})"}, {})
                                     << QStringList{QStringLiteral("reconcile.unapproved-deployed Old shell")};
    QTest::newRow("pending re-approval allowed")
        << settings({github, wiki, R"({"serverCommand": ["npx", "-y", "@modelcontextprotocol/server-gdrive"]})"}, {})
        << QStringList{QStringLiteral("reconcile.unapproved-deployed Google Drive")};
    QTest::newRow("requested allowed by name") << settings({R"({"serverName": "box"})", wiki}, {})
                                               << QStringList{QStringLiteral("reconcile.unapproved-deployed Box"),
                                                              QStringLiteral("reconcile.approved-blocked GitHub")};
    QTest::newRow("a wildcard admits what is not approved")
        << settings({github, wiki, R"({"serverUrl": "https://mcp.example.com/*"})"}, {})
        << QStringList{QStringLiteral("reconcile.unapproved-deployed Slack notifier"),
                       QStringLiteral("reconcile.unapproved-deployed Salesforce")};
    QTest::newRow("a wildcard, the revoked denied")
        << settings({github, wiki, R"({"serverUrl": "https://mcp.example.com/*"})"},
                    {R"({"serverUrl": "https://mcp.example.com/notifier"})"})
        << QStringList{QStringLiteral("reconcile.unapproved-deployed Salesforce")};
    QTest::newRow("approved denied") << settings({github, wiki}, {R"({"serverName": "github"})"})
                                     << QStringList{QStringLiteral("reconcile.approved-blocked GitHub")};
    QTest::newRow("approved not allowed")
        << settings({wiki}, {}) << QStringList{QStringLiteral("reconcile.approved-blocked GitHub")};
    // Claude Code ignores a name entry for a local server while the list has command entries.
    QTest::newRow("name ignored beside commands")
        << settings({R"({"serverName": "github"})", wiki, R"({"serverCommand": ["uvx", "other"]})"}, {})
        << QStringList{QStringLiteral("reconcile.allow-entry-unmatched serverCommand uvx other"),
                       QStringLiteral("reconcile.approved-blocked GitHub")};
    QTest::newRow("lockdown") << settings({}, {})
                              << QStringList{QStringLiteral("reconcile.approved-blocked GitHub"),
                                             QStringLiteral("reconcile.approved-blocked Legacy wiki")};
    QTest::newRow("denylist only") << QByteArray(R"({"deniedMcpServers": [{"serverName": "shell"}]})") << QStringList();
}

void TestReconcile::settingsFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, differences);
    const ReconcileResult result =
        reconcile::reconcile(inventory(), {parsed(QStringLiteral("managed-settings.json"), text)});
    QCOMPARE(summary(result), differences);
}

void TestReconcile::differencesCarryWhatTheEditorNeeds()
{
    const QByteArray servers = serverMap(
        {GithubServer,
         R"("filesystem": {"command": "npx", "args": ["-y", "server-filesystem", "/"], "env": {"ROOT": "/"}})",
         R"("shell": {"command": "uvx", "args": ["old-shell-mcp"]})"});
    const QByteArray settings =
        R"({"allowedMcpServers": [{"serverName": "nobody"}], "deniedMcpServers": [{"serverName": "github"}]})";
    const ReconcileResult result =
        reconcile::reconcile(inventory(), {parsed(QStringLiteral("proj/.mcp.json"), servers),
                                           parsed(QStringLiteral("managed-settings.json"), settings)});
    QCOMPARE(result.count(FindingSeverity::Error), 2);

    const Difference& unknown = result.differences[0];
    QCOMPARE(unknown.finding.ruleId, QStringLiteral("reconcile.unknown-server"));
    QCOMPARE(unknown.finding.severity, FindingSeverity::Error);
    QCOMPARE(unknown.finding.subjectType, QStringLiteral("server"));
    QCOMPARE(unknown.finding.subjectId, Id(0));
    QCOMPARE(unknown.finding.subject, QStringLiteral("filesystem"));
    QVERIFY(unknown.finding.message.contains(QStringLiteral("proj/.mcp.json")));
    QVERIFY(unknown.finding.message.contains(QStringLiteral("npx -y server-filesystem /")));
    QVERIFY(!unknown.finding.fix.isEmpty());
    QCOMPARE(unknown.place->text(), QStringLiteral("proj/.mcp.json:4:19"));
    QCOMPARE(unknown.place->path, QStringLiteral("mcpServers.filesystem"));
    QCOMPARE(unknown.server->server.command, QStringLiteral("npx"));
    QCOMPARE(unknown.server->envNames, QStringList{QStringLiteral("ROOT")});

    const Difference& revoked = result.differences[1];
    QCOMPARE(revoked.finding.subjectType, QStringLiteral("connector"));
    QCOMPARE(revoked.finding.subjectId, Id(3));
    QVERIFY(revoked.finding.message.startsWith(QStringLiteral("Revoked, yet deployed in proj/.mcp.json")));
    QCOMPARE(revoked.server->name, QStringLiteral("shell"));

    // The settings' differences name their entries.
    const auto unmatched = std::find_if(result.differences.begin(), result.differences.end(), [](const Difference& d) {
        return d.finding.ruleId == QLatin1String("reconcile.allow-entry-unmatched");
    });
    QVERIFY(unmatched != result.differences.end());
    QCOMPARE(unmatched->finding.subjectType, QStringLiteral("allow-entry"));
    QCOMPARE(unmatched->entry->name, QStringLiteral("nobody"));
    QCOMPARE(unmatched->place->path, QStringLiteral("allowedMcpServers[0]"));
    const auto denied = std::find_if(result.differences.begin(), result.differences.end(), [](const Difference& d) {
        return d.finding.ruleId == QLatin1String("reconcile.approved-blocked") && d.finding.subjectId == 1;
    });
    QVERIFY(denied != result.differences.end());
    QCOMPARE(denied->entry->name, QStringLiteral("github"));
    QVERIFY(denied->finding.message.contains(QStringLiteral("deniedMcpServers")));

    // Approved, deployed nowhere: no place, the connector itself.
    const Difference& last = result.differences.back();
    QCOMPARE(last.finding.ruleId, QStringLiteral("reconcile.approved-not-deployed"));
    QCOMPARE(last.finding.subject, QStringLiteral("Legacy wiki"));
    QVERIFY(!last.place);
    QVERIFY(last.finding.message.contains(QStringLiteral("(proj/.mcp.json)")));
}

void TestReconcile::sharedServersPreferTheNamedConnector()
{
    // Two connectors reach one Atlassian server: deployed under one's name, it runs as that one.
    const McpServer atlassian = remote(QStringLiteral("https://mcp.atlassian.com/v1/sse"));
    const std::vector<Connector> connectors{
        connector(1, QStringLiteral("Confluence"), ApprovalStatus::Approved, atlassian),
        connector(2, QStringLiteral("Jira"), ApprovalStatus::Revoked, atlassian),
    };
    const QByteArray byName = serverMap({R"("jira": {"type": "sse", "url": "https://mcp.atlassian.com/v1/sse"})"});
    QCOMPARE(summary(reconcile::reconcile(connectors, {parsed(QStringLiteral(".mcp.json"), byName)})),
             QStringList{QStringLiteral("reconcile.unapproved-deployed Jira")});
    // Under a name of neither, the server is both: one of them approved is enough.
    const QByteArray other = serverMap({R"("atlassian": {"type": "sse", "url": "https://MCP.atlassian.com/v1/sse"})"});
    QCOMPARE(summary(reconcile::reconcile(connectors, {parsed(QStringLiteral(".mcp.json"), other)})), QStringList());
}

void TestReconcile::settingsAloneSayNothingOfDeployment()
{
    const QByteArray settings =
        R"({"allowedMcpServers": [{"serverCommand": ["npx", "-y", "@modelcontextprotocol/server-github"]}, {"serverName": "legacy-wiki"}]})";
    const ReconcileResult result =
        reconcile::reconcile(inventory(), {parsed(QStringLiteral("managed-settings.json"), settings)});
    QCOMPARE(result.count(FindingSeverity::Info), 0);
    QCOMPARE(summary(result), QStringList());
}

void TestReconcile::requestedConnectorFromAnUnknownServer()
{
    const QByteArray text = serverMap(
        {R"("filesystem": {"command": "npx", "args": ["-y", "server-filesystem", "/srv"], "env": {"FS_TOKEN": "abcdefgh12345678abcdefgh"}})"});
    const ReconcileResult result = reconcile::reconcile(inventory(), {parsed(QStringLiteral(".mcp.json"), text)});
    const Difference& unknown = result.differences.front();
    QCOMPARE(unknown.finding.ruleId, QStringLiteral("reconcile.unknown-server"));
    const Connector requested = requestedConnector(*unknown.server);
    QCOMPARE(requested.name, QStringLiteral("filesystem"));
    QCOMPARE(requested.status, ApprovalStatus::Requested);
    QCOMPARE(requested.access, Access::ReadOnly);
    QCOMPARE(requested.approvedBy, Id(0));
    QCOMPARE(requested.server.command, QStringLiteral("npx"));
    QCOMPARE(requested.server.args.last(), QStringLiteral("/srv"));
    QVERIFY(requested.notes.contains(QStringLiteral(".mcp.json:3:19")));
    QVERIFY(requested.notes.contains(QStringLiteral("FS_TOKEN")));
    QVERIFY(!requested.notes.contains(QStringLiteral("abcdefgh12345678")));

    // The store takes it as it is (no credential in it), and it stays requested.
    test::TempInventory inventoryFile;
    const Id id = inventoryFile->addConnector(requested);
    const auto stored = inventoryFile->connector(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ApprovalStatus::Requested);
    QCOMPARE(stored->server, requested.server);
    // Added, it is deployed and known, no longer unknown: requested, yet deployed.
    std::vector<Connector> withIt = inventory();
    Connector added = *stored;
    added.id = 99;
    withIt.push_back(added);
    QCOMPARE(summary(reconcile::reconcile(withIt, {parsed(QStringLiteral(".mcp.json"), text)})).front(),
             QStringLiteral("reconcile.unapproved-deployed filesystem"));
}

void TestReconcile::catalogueIsStable()
{
    QStringList ids;
    for (const rules::RuleInfo& rule : reconcileRules()) {
        ids.append(rule.id + QLatin1Char(' ') + key(rule.severity));
        QCOMPARE(rule.family, QStringLiteral("reconcile"));
        QVERIFY(!rule.title.isEmpty());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("reconcile.unknown-server error"),
                               QStringLiteral("reconcile.unapproved-deployed error"),
                               QStringLiteral("reconcile.server-differs error"),
                               QStringLiteral("reconcile.approved-blocked warning"),
                               QStringLiteral("reconcile.allow-entry-unmatched warning"),
                               QStringLiteral("reconcile.approved-not-deployed info")}));
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
