// claudeManagedSettings and claudeManagedMcp (export/claudeexport): only connectors whose approval
// is current are allowed or deployed — a revoked or pending connector never is —, revoked servers are
// denied, servers are named as Claude Code accepts, a local server that signs in gets a placeholder
// instead of a secret, the notes say what needs a hand, and what is exported reconciles cleanly.
#include "export/claudeexport.h"
#include "reconcile/reconcile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace steward;
using namespace steward::exports;

class TestClaudeExport : public QObject
{
    Q_OBJECT

private slots:
    void allowsWhatIsApproved_data();
    void allowsWhatIsApproved();
    void revokedIsNeverAllowed();
    void pendingIsNeverAllowed();
    void managedOnly();
    void connectorWithoutServerIsAllowedByName();
    void emptyAllowListSaysSo();
    void managedMcpHoldsTheApprovedServers();
    void managedMcpNamesAreUnique();
    void noSecretIsWritten();
    void outputIsDeterministic();
    void exportsReconcileCleanly();
};

namespace {

Connector connector(Id id, const QString& name, ApprovalStatus status, Transport transport, const QString& where,
                    const QStringList& args = {})
{
    Connector c;
    c.id = id;
    c.name = name;
    c.status = status;
    c.server.transport = transport;
    if (transport == Transport::Stdio)
        c.server.command = where;
    else
        c.server.url = where;
    c.server.args = args;
    return c;
}

std::vector<Connector> inventory()
{
    using S = ApprovalStatus;
    std::vector<Connector> list{
        connector(1, QStringLiteral("GitHub"), S::Approved, Transport::Stdio, QStringLiteral("npx"),
                  {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")}),
        connector(2, QStringLiteral("Slack"), S::Approved, Transport::Http,
                  QStringLiteral("https://mcp.slack.com/mcp")),
        connector(3, QStringLiteral("Slack notifier"), S::Revoked, Transport::Http,
                  QStringLiteral("https://mcp.example.com/notifier")),
        connector(4, QStringLiteral("Salesforce"), S::PendingReapproval, Transport::Http,
                  QStringLiteral("https://mcp.example.com/salesforce")),
        connector(5, QStringLiteral("Box"), S::Requested, Transport::Http, QStringLiteral("https://mcp.box.com")),
        connector(6, QStringLiteral("Linear"), S::Approved, Transport::Sse,
                  QStringLiteral("https://mcp.linear.app/sse")),
    };
    list[0].system = QStringLiteral("GitHub Enterprise Cloud");
    list[0].scopes = {{0, QStringLiteral("repo"), ScopeMode::Write, QStringLiteral("draft PRs")}};
    return list;
}

QJsonObject json(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

// Each entry as one line: serverUrl https://… / serverCommand npx -y … / serverName x.
QStringList entries(const QJsonArray& list)
{
    QStringList lines;
    for (const QJsonValue& value : list) {
        const QJsonObject entry = value.toObject();
        const QString key = entry.keys().front();
        QString text = entry.value(key).isArray() ? entry.value(key).toVariant().toStringList().join(QLatin1Char(' '))
                                                  : entry.value(key).toString();
        lines.append(key + QLatin1Char(' ') + text);
    }
    return lines;
}

} // namespace

void TestClaudeExport::allowsWhatIsApproved_data()
{
    QTest::addColumn<bool>("managedOnly");
    QTest::newRow("allow and deny") << false;
    QTest::newRow("managed only") << true;
}

void TestClaudeExport::allowsWhatIsApproved()
{
    QFETCH(bool, managedOnly);
    const ClaudeExport exported = claudeManagedSettings(inventory(), {managedOnly});
    const QJsonObject settings = json(exported.bytes);
    QCOMPARE(entries(settings.value(QStringLiteral("allowedMcpServers")).toArray()),
             (QStringList{QStringLiteral("serverCommand npx -y @modelcontextprotocol/server-github"),
                          QStringLiteral("serverUrl https://mcp.slack.com/mcp"),
                          QStringLiteral("serverUrl https://mcp.linear.app/sse")}));
    QCOMPARE(entries(settings.value(QStringLiteral("deniedMcpServers")).toArray()),
             QStringList{QStringLiteral("serverUrl https://mcp.example.com/notifier")});
    QCOMPARE(exported.servers, 3);
    QCOMPARE(settings.contains(QStringLiteral("allowManagedMcpServersOnly")), managedOnly);
    QCOMPARE(settings.keys().size(), managedOnly ? 3 : 2);
}

void TestClaudeExport::revokedIsNeverAllowed()
{
    // Revoked beside an approved connector on the same server: the deny entry wins, and says so.
    std::vector<Connector> connectors = inventory();
    connectors.push_back(connector(7, QStringLiteral("Slack bot"), ApprovalStatus::Revoked, Transport::Http,
                                   QStringLiteral("https://mcp.slack.com/mcp")));
    // And one known by name only.
    connectors.push_back(connector(8, QStringLiteral("Old Wiki"), ApprovalStatus::Revoked, Transport::Unknown, {}));
    const ClaudeExport exported = claudeManagedSettings(connectors);
    const QJsonObject settings = json(exported.bytes);
    const QStringList allowed = entries(settings.value(QStringLiteral("allowedMcpServers")).toArray());
    const QStringList denied = entries(settings.value(QStringLiteral("deniedMcpServers")).toArray());
    QVERIFY(!allowed.contains(QStringLiteral("serverUrl https://mcp.slack.com/mcp")));
    QCOMPARE(denied, (QStringList{QStringLiteral("serverUrl https://mcp.example.com/notifier"),
                                  QStringLiteral("serverUrl https://mcp.slack.com/mcp"),
                                  QStringLiteral("serverName old-wiki")}));
    QVERIFY(exported.notes.join(u'\n').contains(
        QStringLiteral("Slack names the same server as Slack bot, which is revoked")));
    // Nothing any revoked connector is named by is in the allow-list.
    for (const Connector& c : connectors) {
        if (c.status != ApprovalStatus::Revoked)
            continue;
        const reconcile::ServerEntry entry = reconcile::entryFor(c);
        for (const QJsonValue& value : settings.value(QStringLiteral("allowedMcpServers")).toArray()) {
            const QJsonObject allowedEntry = value.toObject();
            QVERIFY(allowedEntry.value(QStringLiteral("serverUrl")).toString() != entry.url || entry.url.isEmpty());
            QVERIFY(allowedEntry.value(QStringLiteral("serverName")).toString() != entry.name || entry.name.isEmpty());
        }
    }
}

void TestClaudeExport::pendingIsNeverAllowed()
{
    const ClaudeExport exported = claudeManagedSettings(inventory());
    const QString text = QString::fromUtf8(exported.bytes);
    QVERIFY(!text.contains(QStringLiteral("salesforce")));  // pending re-approval
    QVERIFY(!text.contains(QStringLiteral("mcp.box.com"))); // requested
    QVERIFY(exported.notes.contains(QStringLiteral(
        "Salesforce waits for re-approval: it stays out of allowedMcpServers until the forum approves it again.")));
    const ClaudeExport mcp = claudeManagedMcp(inventory());
    QVERIFY(!QString::fromUtf8(mcp.bytes).contains(QStringLiteral("salesforce")));
    QVERIFY(!QString::fromUtf8(mcp.bytes).contains(QStringLiteral("notifier")));

    // Pending beside an approved connector on one server: Claude Code cannot tell them apart.
    std::vector<Connector> shared = inventory();
    shared.push_back(connector(7, QStringLiteral("Slack writer"), ApprovalStatus::PendingReapproval, Transport::Http,
                               QStringLiteral("https://mcp.slack.com/mcp")));
    QVERIFY(claudeManagedSettings(shared).notes.join(u'\n').contains(
        QStringLiteral("also admits Slack writer (Pending re-approval)")));
}

void TestClaudeExport::managedOnly()
{
    const QByteArray bytes = claudeManagedSettings(inventory(), {true}).bytes;
    QVERIFY(bytes.startsWith("{\n  \"allowManagedMcpServersOnly\": true,\n  \"allowedMcpServers\": [\n"));
    QVERIFY(json(bytes).value(QStringLiteral("allowManagedMcpServersOnly")).toBool());
}

void TestClaudeExport::connectorWithoutServerIsAllowedByName()
{
    std::vector<Connector> connectors = inventory();
    connectors.push_back(connector(7, QStringLiteral("Legacy Wiki"), ApprovalStatus::Approved, Transport::Unknown, {}));
    const ClaudeExport exported = claudeManagedSettings(connectors);
    QVERIFY(entries(json(exported.bytes).value(QStringLiteral("allowedMcpServers")).toArray())
                .contains(QStringLiteral("serverName legacy-wiki")));
    QVERIFY(exported.notes.join(u'\n').contains(QStringLiteral("Legacy Wiki records no server command or URL")));
    // managed-mcp.json cannot start a server it knows nothing of.
    const ClaudeExport mcp = claudeManagedMcp(connectors);
    QVERIFY(!json(mcp.bytes).value(QStringLiteral("mcpServers")).toObject().contains(QStringLiteral("legacy-wiki")));
    QVERIFY(mcp.notes.join(u'\n').contains(QStringLiteral("Legacy Wiki records no MCP server")));
}

void TestClaudeExport::emptyAllowListSaysSo()
{
    const ClaudeExport exported = claudeManagedSettings({});
    QCOMPARE(exported.bytes, QByteArray("{\n  \"allowedMcpServers\": [],\n  \"deniedMcpServers\": []\n}\n"));
    QCOMPARE(exported.notes, QStringList{QStringLiteral(
                                 "No connector is approved: an empty allowedMcpServers admits no MCP server at all.")});
    const ClaudeExport mcp = claudeManagedMcp({});
    QCOMPARE(mcp.bytes, QByteArray("{\n  \"mcpServers\": {}\n}\n"));
    QCOMPARE(mcp.notes.size(), 1);
}

void TestClaudeExport::managedMcpHoldsTheApprovedServers()
{
    const ClaudeExport exported = claudeManagedMcp(inventory());
    const QJsonObject servers = json(exported.bytes).value(QStringLiteral("mcpServers")).toObject();
    QCOMPARE(servers.keys(),
             (QStringList{QStringLiteral("github"), QStringLiteral("linear"), QStringLiteral("slack")}));
    QCOMPARE(exported.servers, 3);
    const QJsonObject github = servers.value(QStringLiteral("github")).toObject();
    QCOMPARE(github.value(QStringLiteral("type")).toString(), QStringLiteral("stdio"));
    QCOMPARE(github.value(QStringLiteral("command")).toString(), QStringLiteral("npx"));
    QCOMPARE(github.value(QStringLiteral("args")).toArray().size(), 2);
    // It signs in to GitHub: a placeholder Claude Code expands from the machine's environment.
    QCOMPARE(github.value(QStringLiteral("env")).toObject(),
             (QJsonObject{{QStringLiteral("GITHUB_CREDENTIALS"), QStringLiteral("${GITHUB_CREDENTIALS}")}}));
    QVERIFY(exported.notes.join(u'\n').contains(
        QStringLiteral("GitHub runs a local server that signs in to GitHub Enterprise Cloud")));
    const QJsonObject linear = servers.value(QStringLiteral("linear")).toObject();
    QCOMPARE(linear, (QJsonObject{{QStringLiteral("type"), QStringLiteral("sse")},
                                  {QStringLiteral("url"), QStringLiteral("https://mcp.linear.app/sse")}}));
    QCOMPARE(servers.value(QStringLiteral("slack")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("http"));
    // Members in the order people read a server: type first.
    QVERIFY(exported.bytes.contains("\"github\": {\n      \"type\": \"stdio\",\n      \"command\": \"npx\",\n"));
}

void TestClaudeExport::managedMcpNamesAreUnique()
{
    std::vector<Connector> connectors = inventory();
    connectors.push_back(connector(7, QStringLiteral("git hub"), ApprovalStatus::Approved, Transport::Http,
                                   QStringLiteral("https://git.example.com/mcp")));
    connectors.push_back(connector(8, QStringLiteral("Ünïcode"), ApprovalStatus::Approved, Transport::Http,
                                   QStringLiteral("https://u.example.com/mcp")));
    const ClaudeExport exported = claudeManagedMcp(connectors);
    const QJsonObject servers = json(exported.bytes).value(QStringLiteral("mcpServers")).toObject();
    QVERIFY(servers.contains(QStringLiteral("git-hub")));
    QVERIFY(servers.contains(QStringLiteral("n-code")));
    connectors.push_back(connector(9, QStringLiteral("GITHUB"), ApprovalStatus::Approved, Transport::Http,
                                   QStringLiteral("https://gh2.example.com/mcp")));
    const ClaudeExport twice = claudeManagedMcp(connectors);
    QVERIFY(json(twice.bytes).value(QStringLiteral("mcpServers")).toObject().contains(QStringLiteral("github-2")));
    QVERIFY(twice.notes.contains(
        QStringLiteral("GITHUB: the name github is another connector's; it is written as github-2.")));
}

void TestClaudeExport::noSecretIsWritten()
{
    // Steward holds no secret to write; the only env value is the placeholder, and no headers ever.
    const QString mcp = QString::fromUtf8(claudeManagedMcp(inventory()).bytes);
    QVERIFY(!mcp.contains(QStringLiteral("headers")));
    QCOMPARE(mcp.count(QStringLiteral("\"env\"")), 1);
    QCOMPARE(mcp.count(QStringLiteral("${")), 1);
}

void TestClaudeExport::outputIsDeterministic()
{
    QCOMPARE(claudeManagedSettings(inventory()).bytes, claudeManagedSettings(inventory()).bytes);
    QCOMPARE(claudeManagedMcp(inventory()).bytes, claudeManagedMcp(inventory()).bytes);
    // The server map is sorted by name, whatever the inventory's order.
    std::vector<Connector> reversed = inventory();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(claudeManagedMcp(reversed).bytes, claudeManagedMcp(inventory()).bytes);
}

void TestClaudeExport::exportsReconcileCleanly()
{
    const std::vector<Connector> connectors = inventory();
    const reconcile::ParsedConfig settings = reconcile::parseConfig(QStringLiteral("managed-settings.json"),
                                                                    claudeManagedSettings(connectors, {true}).bytes);
    const reconcile::ParsedConfig mcp =
        reconcile::parseConfig(QStringLiteral("managed-mcp.json"), claudeManagedMcp(connectors).bytes);
    QVERIFY(settings.ok());
    QVERIFY(mcp.ok());
    QCOMPARE(settings.config.managedOnly, std::optional<bool>(true));
    const reconcile::ReconcileResult result = reconcile::reconcile(connectors, {mcp.config, settings.config});
    QVERIFY2(result.differences.empty(),
             result.differences.empty() ? "" : qPrintable(result.differences.front().finding.message));
}

QTEST_GUILESS_MAIN(TestClaudeExport)
#include "tst_claudeexport.moc"
