// steward reconcile: the sample inventory against Claude configuration files in each of the four
// shapes, as findings in lint's manner (text, and JSON checked against
// resources/schema/reconcile.schema.json by a real validator); exit 0 without errors, 1 with errors,
// 2 when a file cannot be compared — each named with the line and column of its problem — and never
// a byte changed in the inventory or the configuration files.
#include "clirunner.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace steward;

class TestCliReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachShape_data();
    void eachShape();
    void jsonFollowsTheSchema();
    void cleanConfigurationExitsZero();
    void unreadableConfigurations_data();
    void unreadableConfigurations();
    void everyUnreadableFileIsNamed();
    void inventoryOpenInTheEditor();
    void usageErrors_data();
    void usageErrors();
    void commandWinsOverAFileOfItsName();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sample;
    QByteArray m_sampleBytes;
};

namespace {

const QDate SampleDay(2026, 11, 22);

// The sample's approved connectors deployed as they are recorded, in a .mcp.json-like map.
const QByteArray ApprovedServers = R"(
    "confluence": {"type": "sse", "url": "https://mcp.atlassian.com/v1/sse"},
    "github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"]},
    "linear": {"type": "sse", "url": "https://mcp.linear.app/sse"},
    "google-drive": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-gdrive"]},
    "gmail": {"type": "http", "url": "https://mcp.fernhill.io/gmail"},
    "google-calendar": {"type": "http", "url": "https://mcp.fernhill.io/gcal"},
    "slack": {"type": "http", "url": "https://mcp.slack.com/mcp"},
    "hubspot": {"type": "http", "url": "https://mcp.hubspot.com/"},
    "zendesk": {"type": "http", "url": "https://mcp.fernhill.io/zendesk"},
    "netsuite": {"type": "http", "url": "https://mcp.fernhill.io/netsuite"},
    "stripe": {"type": "http", "url": "https://mcp.stripe.com"},
    "snowflake": {"command": "uvx", "args": ["snowflake-labs-mcp", "--service-config-file", "/etc/fernhill/mcp/snowflake.yaml"]})";

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(dir.filePath(name)).path());
    const QString path = dir.filePath(name);
    test::writeBytes(path, text);
    return path;
}

test::CliResult reconcileRun(const QStringList& args)
{
    return test::runSteward(QStringList{QStringLiteral("reconcile")} + args);
}

} // namespace

void TestCliReconcile::initTestCase()
{
    m_dir = test::makeTempDir();
    m_sample = m_dir->filePath(QStringLiteral("sample.steward"));
    {
        auto store = Store::create(m_sample);
        templates::fillSample(*store, SampleDay);
    }
    m_sampleBytes = test::fileBytes(m_sample);
}

void TestCliReconcile::eachShape_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // the findings' lines start so, in this order (PLACE is the file)

    QTest::newRow(".mcp.json: unknown and revoked servers")
        << QStringLiteral("project/.mcp.json")
        << QByteArray("{\n  \"mcpServers\": {\n"
                      "    \"filesystem\": {\"command\": \"npx\", \"args\": [\"-y\", "
                      "\"@modelcontextprotocol/server-filesystem\", \"/\"]},\n"
                      "    \"notifier\": {\"type\": \"http\", \"url\": \"https://mcp.fernhill.io/slack-notifier\", "
                      "\"headers\": {\"Authorization\": \"Bearer abcdefghijklmnopqrstuvwxyz012345\"}}\n  }\n}\n")
        << 1
        << QStringList{QStringLiteral("PLACE:3:19: error reconcile.unknown-server: server \u201cfilesystem\u201d: "
                                      "Deployed in PLACE as a local server running npx -y "
                                      "@modelcontextprotocol/server-filesystem /, but no connector"),
                       QStringLiteral("PLACE:4:17: error reconcile.unapproved-deployed: connector \u201cSlack "
                                      "notifier\u201d: Revoked, yet deployed in PLACE as \u201cnotifier\u201d.")};
    QTest::newRow("managed-mcp.json: pending, a different server, one not deployed")
        << QStringLiteral("etc/managed-mcp.json")
        << QByteArray("{\"mcpServers\": {" + QByteArray(ApprovedServers).replace("server-github", "server-github@2") +
                      ",\n    \"salesforce\": {\"type\": \"http\", \"url\": \"https://mcp.fernhill.io/salesforce\"}}}")
               .replace("\"stripe\": {\"type\": \"http\", \"url\": \"https://mcp.stripe.com\"},", "")
        << 1
        << QStringList{QStringLiteral("PLACE:3:15: error reconcile.server-differs: connector \u201cGitHub\u201d: "
                                      "Deployed in PLACE as \u201cgithub\u201d, which runs npx -y "
                                      "@modelcontextprotocol/server-github@2; the inventory records npx -y "
                                      "@modelcontextprotocol/server-github for this connector."),
                       QStringLiteral("PLACE:14:19: error reconcile.unapproved-deployed: connector "
                                      "\u201cSalesforce\u201d: Pending re-approval, yet deployed"),
                       QStringLiteral("SAMPLE: info reconcile.approved-not-deployed: connector \u201cStripe\u201d: "
                                      "Approved, yet deployed in none of the server files compared (PLACE).")};
    QTest::newRow("claude_desktop_config.json: a requested connector's server")
        << QStringLiteral("Claude/claude_desktop_config.json")
        << QByteArray("{\n  \"mcpServers\": {\n    \"box\": {\"command\": \"npx\", \"args\": [\"mcp-remote\", "
                      "\"https://mcp.box.com\"]}\n  },\n  \"globalShortcut\": \"\"\n}\n")
        << 1
        << QStringList{
               QStringLiteral("PLACE:3:12: error reconcile.server-differs: connector \u201cBox\u201d: Deployed in "
                              "PLACE as \u201cbox\u201d, which runs npx mcp-remote https://mcp.box.com; the "
                              "inventory records https://mcp.box.com for this connector.")};
    QTest::newRow("managed-settings.json: a wildcard, a denied and an unknown entry")
        << QStringLiteral("managed-settings.json")
        << QByteArray("{\n  \"allowManagedMcpServersOnly\": true,\n  \"allowedMcpServers\": [\n"
                      "    {\"serverUrl\": \"https://mcp.fernhill.io/*\"},\n"
                      "    {\"serverUrl\": \"https://mcp.atlassian.com/*\"},\n"
                      "    {\"serverUrl\": \"https://mcp.*.com*\"},\n"
                      "    {\"serverUrl\": \"https://mcp.linear.app/sse\"},\n"
                      "    {\"serverCommand\": [\"npx\", \"-y\", \"@modelcontextprotocol/server-github\"]},\n"
                      "    {\"serverCommand\": [\"npx\", \"-y\", \"@modelcontextprotocol/server-gdrive\"]},\n"
                      "    {\"serverCommand\": [\"uvx\", \"snowflake-labs-mcp\", \"--service-config-file\", "
                      "\"/etc/fernhill/mcp/snowflake.yaml\"]},\n"
                      "    {\"serverName\": \"playwright\"}\n  ],\n"
                      "  \"deniedMcpServers\": [{\"serverUrl\": \"https://mcp.stripe.com\"}]\n}\n")
        << 1
        << QStringList{
               QStringLiteral("PLACE:4:5: error reconcile.unapproved-deployed: connector \u201cSlack notifier\u201d: "
                              "Revoked, yet allowedMcpServers in PLACE admits it (serverUrl "
                              "\"https://mcp.fernhill.io/*\")."),
               QStringLiteral("PLACE:4:5: error reconcile.unapproved-deployed: connector \u201cSalesforce\u201d"),
               QStringLiteral("PLACE:6:5: error reconcile.unapproved-deployed: connector \u201cBox\u201d: Requested"),
               QStringLiteral("PLACE:11:5: warning reconcile.allow-entry-unmatched: allow-entry \u201cserverName "
                              "\"playwright\"\u201d"),
               QStringLiteral("PLACE:13:24: warning reconcile.approved-blocked: connector \u201cStripe\u201d: "
                              "Approved, yet deniedMcpServers in PLACE blocks it")};
}

void TestCliReconcile::eachShape()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    const auto dir = test::makeTempDir();
    const QString config = write(*dir, name, text);
    const auto result = reconcileRun({m_sample, config});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.err, QString());
    QStringList out = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(out.back().startsWith(m_sample + QStringLiteral(": errors: ")), describe(result));
    QVERIFY2(out.back().contains(QStringLiteral("; configuration files compared: 1 (servers: ")), describe(result));
    out.removeLast();
    for (const QString& line : out)
        QVERIFY2(line.contains(QStringLiteral(" Fix: ")), qPrintable(line));
    // The expected lines, in order, among the findings.
    qsizetype at = 0;
    for (QString expected : lines) {
        expected.replace(QStringLiteral("PLACE"), config).replace(QStringLiteral("SAMPLE"), m_sample);
        while (at < out.size() && !out[at].startsWith(expected))
            ++at;
        QVERIFY2(at < out.size(), qPrintable(expected + QStringLiteral("\n---\n") + result.out));
        ++at;
    }
    // Read, never written: the inventory and the configuration as they were, nothing beside them.
    QCOMPARE(test::fileBytes(m_sample), m_sampleBytes);
    QCOMPARE(test::fileBytes(config), text);
    QCOMPARE(test::dirEntries(QFileInfo(config).path()), QStringList{QFileInfo(config).fileName()});
    // Credentials in the file never reach the output.
    QVERIFY(!result.out.contains(QStringLiteral("Bearer")));
}

void TestCliReconcile::jsonFollowsTheSchema()
{
    const auto dir = test::makeTempDir();
    const QString servers =
        write(*dir, QStringLiteral(".mcp.json"),
              R"({"mcpServers": {"filesystem": {"command": "npx", "args": ["fs", "/"], "env": {"K": "v"}},
                                      "notifier": {"type": "http", "url": "https://mcp.fernhill.io/slack-notifier"}}})");
    const QString settings = write(*dir, QStringLiteral("managed-settings.json"),
                                   R"({"allowedMcpServers": [{"serverName": "playwright"}], "deniedMcpServers": []})");
    const auto result = reconcileRun({m_sample, servers, settings, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 1);
    const QString output = dir->filePath(QStringLiteral("reconcile.json"));
    test::writeBytes(output, result.out.toUtf8());
    QProcess validator;
    validator.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(JSON_SCHEMA_CHECK_SCRIPT),
                     QStringLiteral(STEWARD_FIXTURES_DIR "/../../resources/schema/reconcile.schema.json"), output});
    QVERIFY(validator.waitForFinished(60'000));
    QVERIFY2(validator.exitCode() == 0, validator.readAllStandardError().constData());

    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("file")).toString(), m_sample);
    const QJsonArray configs = json.value(QStringLiteral("configs")).toArray();
    QCOMPARE(configs.size(), 2);
    QCOMPARE(configs[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("mcp-json"));
    QCOMPARE(configs[0].toObject().value(QStringLiteral("allowed")), QJsonValue(QJsonValue::Null));
    QCOMPARE(configs[1].toObject().value(QStringLiteral("allowed")).toInt(), 1);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    const QJsonObject unknown = findings[0].toObject();
    QCOMPARE(unknown.value(QStringLiteral("rule")).toString(), QStringLiteral("reconcile.unknown-server"));
    QCOMPARE(unknown.value(QStringLiteral("subject")).toObject().value(QStringLiteral("id")).toInt(), 0);
    QCOMPARE(unknown.value(QStringLiteral("place")).toObject().value(QStringLiteral("file")).toString(), servers);
    QCOMPARE(unknown.value(QStringLiteral("place")).toObject().value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(unknown.value(QStringLiteral("server")).toObject().value(QStringLiteral("env")).toArray(),
             QJsonArray{QStringLiteral("K")});
    int errors = 0;
    for (const QJsonValue& finding : findings)
        errors += finding.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error");
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), errors);
    QCOMPARE(errors, 2);
    // The same files, the same bytes.
    QCOMPARE(reconcileRun({m_sample, servers, settings, QStringLiteral("--format"), QStringLiteral("json")}).out,
             result.out);
}

void TestCliReconcile::cleanConfigurationExitsZero()
{
    const auto dir = test::makeTempDir();
    const QString servers = write(*dir, QStringLiteral(".mcp.json"), "{\"mcpServers\": {" + ApprovedServers + "}}");
    const auto result = reconcileRun({m_sample, servers});
    QVERIFY2(result.exitCode == 0, describe(result));
    QCOMPARE(result.out, QStringLiteral("%1: errors: 0, warnings: 0, infos: 0; configuration files compared: 1 "
                                        "(servers: 12, allow-list entries: 0, deny-list entries: 0)\n")
                             .arg(m_sample));
    // Warnings and infos alone do not fail the check.
    const QString partial = write(*dir, QStringLiteral("claude_desktop_config.json"), "{\"mcpServers\": {}}");
    const auto infos = reconcileRun({m_sample, partial});
    QVERIFY2(infos.exitCode == 0, describe(infos));
    QVERIFY(infos.out.contains(QStringLiteral("errors: 0, warnings: 0, infos: 13")));
}

void TestCliReconcile::unreadableConfigurations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // after "steward: PATH"
    QTest::newRow("syntax error") << QStringLiteral(".mcp.json")
                                  << QByteArray("{\n  \"mcpServers\": {\n    \"a\": {\"command\": \"x\",}\n  }\n}\n")
                                  << QStringLiteral(":3:26: this is not valid JSON: syntax error while parsing object "
                                                    "key - unexpected '}'; expected string literal");
    QTest::newRow("wrong shape") << QStringLiteral("managed-settings.json")
                                 << QByteArray("{\"allowedMcpServers\": [\"github\"]}")
                                 << QStringLiteral(":1:24: allowedMcpServers[0]: an entry names its server in exactly "
                                                   "one way: serverName, serverCommand or serverUrl");
    QTest::newRow("absurd nesting") << QStringLiteral("managed-mcp.json")
                                    << QByteArray("{\"mcpServers\": ") + QByteArray(50000, '[')
                                    << QStringLiteral(":1:47: the data is nested more than 32 levels deep, far beyond "
                                                      "any Claude configuration.");
    QTest::newRow("absurd size") << QStringLiteral(".mcp.json") << QByteArray((16 << 20) + 10, ' ')
                                 << QStringLiteral(": is larger than 16 MiB, more than any Claude configuration; it "
                                                   "was not read");
    QTest::newRow("another program's file")
        << QStringLiteral("tsconfig.json") << QByteArray("{\"compilerOptions\": {}}")
        << QStringLiteral(":1:1: this is no Claude configuration");
    QTest::newRow("an inventory") << QStringLiteral("other.steward") << QByteArray("SQLite format 3\0", 16)
                                  << QStringLiteral(":1:1: this is not valid JSON");
}

void TestCliReconcile::unreadableConfigurations()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const auto dir = test::makeTempDir();
    const QString config = write(*dir, name, text);
    const QString good = write(*dir, QStringLiteral("ok/.mcp.json"), "{\"mcpServers\": {}}");
    const auto result = reconcileRun({m_sample, good, config});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.front().startsWith(QStringLiteral("steward: ") + config + error), describe(result));
    QCOMPARE(lines.back(), QStringLiteral("steward: %1: nothing was compared; no file was changed").arg(m_sample));
    QCOMPARE(test::fileBytes(config), text);
    QCOMPARE(test::fileBytes(m_sample), m_sampleBytes);
}

void TestCliReconcile::everyUnreadableFileIsNamed()
{
    const auto dir = test::makeTempDir();
    const QString missing = dir->filePath(QStringLiteral("absent.json"));
    const QString broken = write(*dir, QStringLiteral(".mcp.json"), "{\"mcpServers\": {\"a\": 1, \"b\": []}}");
    const auto result = reconcileRun({m_sample, missing, broken, dir->path()});
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith(QStringLiteral("steward: %1: cannot read it: ").arg(missing)));
    QVERIFY(lines[1].startsWith(QStringLiteral("steward: %1:1:22: mcpServers.a: ").arg(broken)));
    QVERIFY(lines[2].startsWith(QStringLiteral("steward: %1:1:30: mcpServers.b: ").arg(broken)));
    QCOMPARE(lines[3], QStringLiteral("steward: %1: is a folder, not a configuration file").arg(dir->path()));
}

void TestCliReconcile::inventoryOpenInTheEditor()
{
    const auto dir = test::makeTempDir();
    const QString servers = write(*dir, QStringLiteral(".mcp.json"), "{\"mcpServers\": {" + ApprovedServers + "}}");
    const auto editor = Store::open(m_sample); // holds the write lock, as the editor does
    QVERIFY(!editor->isReadOnly());
    const auto result = reconcileRun({m_sample, servers});
    QVERIFY2(result.exitCode == 0, describe(result));
}

void TestCliReconcile::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("missing FILE");
    QTest::newRow("no config") << QStringList{QStringLiteral("x.steward")} << QStringLiteral("missing CONFIG");
    QTest::newRow("bad format") << QStringList{QStringLiteral("x.steward"), QStringLiteral(".mcp.json"),
                                               QStringLiteral("--format"), QStringLiteral("csv")}
                                << QStringLiteral("--format is text or json");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("x.steward"), QStringLiteral(".mcp.json"),
                                                   QStringLiteral("--fix")}
                                    << QStringLiteral("unknown option --fix");
    QTest::newRow("empty name") << QStringList{QStringLiteral("x.steward"), QString()}
                                << QStringLiteral("must not be empty");
}

void TestCliReconcile::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const auto result = test::runSteward(QStringList{QStringLiteral("reconcile")} + args, dir->path());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: ")), describe(result));
    QVERIFY2(result.err.contains(message), describe(result));
    QVERIFY2(result.err.contains(QStringLiteral("Try 'steward --help'.")), describe(result));
    QCOMPARE(test::dirEntries(dir->path()), QStringList());
}

void TestCliReconcile::commandWinsOverAFileOfItsName()
{
    // A file named like the command sits in the working directory: "steward reconcile …" is still
    // the command, never the editor opened on "reconcile" (which would not exit in the time limit).
    const auto dir = test::makeTempDir();
    const QByteArray decoyBytes = QByteArrayLiteral("not an inventory\n");
    const QString decoy = write(*dir, QStringLiteral("reconcile"), decoyBytes);
    const auto result = test::runSteward({QStringLiteral("reconcile"), QStringLiteral("inv.steward"),
                                          QStringLiteral("a.json"), QStringLiteral("b.json")},
                                         dir->path(), 30'000);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: a.json: cannot read it: ")), describe(result));
    QVERIFY2(result.err.contains(QStringLiteral("steward: b.json: cannot read it: ")), describe(result));
    QVERIFY(result.err.endsWith(QStringLiteral("steward: inv.steward: nothing was compared; no file was changed\n")));
    QCOMPARE(test::fileBytes(decoy), decoyBytes);
    QCOMPARE(test::dirEntries(dir->path()), QStringList{QStringLiteral("reconcile")});
}

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_cli_reconcile.moc"
