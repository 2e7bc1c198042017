// Reading Claude's configuration files (reconcile/claudeconfig): the four shapes with every server
// and entry at its line and column, and every file that cannot be compared refused with the place of
// its problem — malformed JSON, wrong shapes, absurd nesting and size, other programs' files —
// without a credential of the file ever kept or repeated.
#include "reconcile/claudeconfig.h"
#include "testsupport.h"

#include <QtTest>

using namespace steward;
using namespace steward::reconcile;

class TestClaudeConfig : public QObject
{
    Q_OBJECT

private slots:
    void mcpJson();
    void managedMcp();
    void claudeDesktop();
    void managedSettings();
    void kindFollowsTheContentForOtherNames();
    void refused_data();
    void refused();
    void credentialsAreNeverKept();
    void unreadableFiles();
};

namespace {

const QByteArray McpJson = R"({
  "mcpServers": {
    "zeta": {"type": "http", "url": "https://mcp.example.com/zeta", "headers": {"Authorization": "Bearer abcdefghijklmnopqrstuvwxyz012345"}},
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"},
      "timeout": 30000
    },
    "linear": {"type": "sse", "url": "https://mcp.linear.app/sse"}
  }
}
)";

} // namespace

void TestClaudeConfig::mcpJson()
{
    const ParsedConfig parsed = parseConfig(QStringLiteral("project/.mcp.json"), McpJson);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.errors.front().text()));
    const ConfigFile& config = parsed.config;
    QCOMPARE(config.kind, ConfigKind::McpJson);
    QVERIFY(config.hasServers);
    QVERIFY(!config.hasAllowList);
    QCOMPARE(config.servers.size(), std::size_t(3));
    // In the order of the file, each at its value.
    const DeployedServer& zeta = config.servers[0];
    QCOMPARE(zeta.name, QStringLiteral("zeta"));
    QCOMPARE(zeta.server.transport, Transport::Http);
    QCOMPARE(zeta.server.url, QStringLiteral("https://mcp.example.com/zeta"));
    QCOMPARE(zeta.headerNames, QStringList{QStringLiteral("Authorization")});
    QCOMPARE(zeta.place, (ConfigPlace{QStringLiteral("project/.mcp.json"), 3, 13, QStringLiteral("mcpServers.zeta")}));
    const DeployedServer& github = config.servers[1];
    QCOMPARE(github.server.transport, Transport::Stdio); // type may be absent for stdio
    QCOMPARE(github.server.command, QStringLiteral("npx"));
    QCOMPARE(github.server.args,
             (QStringList{QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")}));
    QCOMPARE(github.envNames, QStringList{QStringLiteral("GITHUB_PERSONAL_ACCESS_TOKEN")});
    QCOMPARE(github.place.text(), QStringLiteral("project/.mcp.json:4:15"));
    QCOMPARE(config.servers[2].server.transport, Transport::Sse);
    QCOMPARE(config.servers[2].place.line, 10);
}

void TestClaudeConfig::managedMcp()
{
    // The "disable MCP" pattern is an empty map: a server file that deploys nothing.
    const ParsedConfig empty = parseConfig(QStringLiteral("/etc/claude-code/managed-mcp.json"), "{\"mcpServers\": {}}");
    QVERIFY(empty.ok());
    QCOMPARE(empty.config.kind, ConfigKind::ManagedMcp);
    QVERIFY(empty.config.hasServers);
    QVERIFY(empty.config.servers.empty());

    const ParsedConfig full = parseConfig(QStringLiteral("managed-mcp.json"), McpJson);
    QVERIFY(full.ok());
    QCOMPARE(full.config.kind, ConfigKind::ManagedMcp);
    QCOMPARE(full.config.servers.size(), std::size_t(3));
    QCOMPARE(full.config.servers[0].kind, ConfigKind::ManagedMcp);
}

void TestClaudeConfig::claudeDesktop()
{
    const QByteArray text = R"({
  "globalShortcut": "Ctrl+Space",
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/ada/Desktop"]
    }
  }
})";
    const ParsedConfig parsed = parseConfig(QStringLiteral("claude_desktop_config.json"), text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.config.kind, ConfigKind::ClaudeDesktop);
    QCOMPARE(parsed.config.servers.size(), std::size_t(1));
    QCOMPARE(parsed.config.servers[0].server.args.last(), QStringLiteral("/Users/ada/Desktop"));
    QCOMPARE(parsed.config.servers[0].place.line, 4);
    // Claude Desktop without servers is Claude Desktop all the same.
    const ParsedConfig none = parseConfig(QStringLiteral("claude_desktop_config.json"), "{\"globalShortcut\": \"\"}");
    QVERIFY(none.ok());
    QVERIFY(!none.config.hasServers);
}

void TestClaudeConfig::managedSettings()
{
    const QByteArray text = R"json({
  "permissions": {"deny": ["Bash(curl:*)"]},
  "allowManagedMcpServersOnly": true,
  "allowedMcpServers": [
    {"serverName": "github"},
    {"serverCommand": ["npx", "-y", "@modelcontextprotocol/server-filesystem"]},
    {"serverUrl": "https://*.example.com/*"}
  ],
  "deniedMcpServers": [{"serverName": "dangerous-server"}]
})json";
    const ParsedConfig parsed = parseConfig(QStringLiteral("managed-settings.json"), text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.errors.front().text()));
    const ConfigFile& config = parsed.config;
    QCOMPARE(config.kind, ConfigKind::ManagedSettings);
    QVERIFY(!config.hasServers);
    QVERIFY(config.hasAllowList);
    QCOMPARE(config.managedOnly, std::optional<bool>(true));
    QCOMPARE(config.allowListPlace.line, 4);
    QCOMPARE(config.allowed.size(), std::size_t(3));
    QCOMPARE(config.allowed[0].entry, (ServerEntry{ServerEntry::By::Name, QStringLiteral("github"), {}, {}}));
    QCOMPARE(config.allowed[1].entry.by, ServerEntry::By::Command);
    QCOMPARE(config.allowed[1].entry.command.size(), 3);
    QCOMPARE(config.allowed[2].entry.url, QStringLiteral("https://*.example.com/*"));
    QCOMPARE(config.allowed[2].place,
             (ConfigPlace{QStringLiteral("managed-settings.json"), 7, 5, QStringLiteral("allowedMcpServers[2]")}));
    QCOMPARE(config.denied.size(), std::size_t(1));
    QCOMPARE(config.denied[0].place.line, 9);

    // Settings without MCP lists restrict nothing; an empty allow-list admits nothing.
    const ParsedConfig plain = parseConfig(QStringLiteral("managed-settings.json"), "{\"model\": \"opus\"}");
    QVERIFY(plain.ok());
    QVERIFY(!plain.config.hasAllowList);
    const ParsedConfig lockdown = parseConfig(QStringLiteral("managed-settings.json"), "{\"allowedMcpServers\": []}");
    QVERIFY(lockdown.ok());
    QVERIFY(lockdown.config.hasAllowList);
    QVERIFY(lockdown.config.allowed.empty());
}

void TestClaudeConfig::kindFollowsTheContentForOtherNames()
{
    const ParsedConfig servers = parseConfig(QStringLiteral("team-servers.json"), McpJson);
    QVERIFY(servers.ok());
    QCOMPARE(servers.config.kind, ConfigKind::McpJson);
    const ParsedConfig lists = parseConfig(QStringLiteral("policy.json"), "{\"deniedMcpServers\": []}");
    QVERIFY(lists.ok());
    QCOMPARE(lists.config.kind, ConfigKind::ManagedSettings);
}

void TestClaudeConfig::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // the first error's text, place included

    QTest::newRow("syntax error") << QStringLiteral(".mcp.json") << QByteArray("{\n  \"mcpServers\": {,}\n}")
                                  << QStringLiteral(".mcp.json:2:18: this is not valid JSON: syntax error while "
                                                    "parsing object key - unexpected ','; expected string literal");
    QTest::newRow("truncated") << QStringLiteral(".mcp.json") << QByteArray("{\"mcpServers\": {")
                               << QStringLiteral(".mcp.json:1:17: this is not valid JSON: syntax error while parsing "
                                                 "object key - unexpected end of input; expected string literal");
    QTest::newRow("comments") << QStringLiteral("managed-settings.json")
                              << QByteArray("{\n  // allow by name\n  \"allowedMcpServers\": []\n}")
                              << QStringLiteral("managed-settings.json:2:3: this is not valid JSON: syntax error "
                                                "while parsing object key - invalid literal; expected string literal");
    QTest::newRow("empty file") << QStringLiteral(".mcp.json") << QByteArray()
                                << QStringLiteral(".mcp.json:1:1: this is not valid JSON: syntax error while parsing "
                                                  "value - unexpected end of input; expected '[', '{', or a literal");
    QTest::newRow("key twice") << QStringLiteral(".mcp.json")
                               << QByteArray("{\"mcpServers\": {\"a\": {\"command\": \"x\"}, \"a\": {}}}")
                               << QStringLiteral(".mcp.json:1:40: mcpServers: \u201ca\u201d is given twice in one "
                                                 "object; each name may appear once.");
    QTest::newRow("absurd nesting") << QStringLiteral(".mcp.json") << QByteArray(100000, '[')
                                    << QStringLiteral(".mcp.json:1:33: the data is nested more than 32 levels deep, "
                                                      "far beyond any Claude configuration.");
    QTest::newRow("too large") << QStringLiteral(".mcp.json") << QByteArray(maxConfigBytes + 1, ' ')
                               << QStringLiteral(".mcp.json: is larger than 16 MiB, more than any Claude "
                                                 "configuration; it was not read");
    QTest::newRow("root is a list") << QStringLiteral("managed-mcp.json") << QByteArray("[]")
                                    << QStringLiteral("managed-mcp.json:1:1: a Claude configuration is a JSON "
                                                      "object, not a list");
    QTest::newRow("another program's JSON") << QStringLiteral("package.json") << QByteArray("{\"name\": \"x\"}")
                                            << QStringLiteral("package.json:1:1: this is no Claude configuration: it "
                                                              "has neither an mcpServers map (.mcp.json, "
                                                              "managed-mcp.json, claude_desktop_config.json) nor "
                                                              "allowedMcpServers or deniedMcpServers "
                                                              "(managed-settings.json)");
    QTest::newRow("server file without servers") << QStringLiteral(".mcp.json") << QByteArray("{\"servers\": {}}")
                                                 << QStringLiteral(".mcp.json:1:1: .mcp.json has no mcpServers map");
    QTest::newRow("servers as a list") << QStringLiteral(".mcp.json") << QByteArray("{\"mcpServers\": []}")
                                       << QStringLiteral(".mcp.json:1:16: mcpServers: expected an object of servers "
                                                         "by name, not a list");
    QTest::newRow("server as text") << QStringLiteral(".mcp.json") << QByteArray("{\"mcpServers\": {\"a\": \"npx\"}}")
                                    << QStringLiteral(".mcp.json:1:22: mcpServers.a: a server is an object (command "
                                                      "and args, or type and url), not text");
    QTest::newRow("unknown type") << QStringLiteral(".mcp.json")
                                  << QByteArray("{\"mcpServers\": {\"a\": {\"type\": \"ws\", \"url\": \"wss://x\"}}}")
                                  << QStringLiteral(".mcp.json:1:31: mcpServers.a.type: type is stdio, http or sse, "
                                                    "not \u201cws\u201d");
    QTest::newRow("stdio without command")
        << QStringLiteral(".mcp.json") << QByteArray("{\"mcpServers\": {\"a\": {\"type\": \"stdio\"}}}")
        << QStringLiteral(".mcp.json:1:22: mcpServers.a.command: is missing");
    QTest::newRow("http without url") << QStringLiteral("managed-mcp.json")
                                      << QByteArray("{\"mcpServers\": {\"a\": {\"type\": \"http\"}}}")
                                      << QStringLiteral("managed-mcp.json:1:22: mcpServers.a.url: is missing");
    QTest::newRow("command and url") << QStringLiteral(".mcp.json")
                                     << QByteArray("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"url\": \"y\"}}}")
                                     << QStringLiteral(".mcp.json:1:22: mcpServers.a: has both command and url; type "
                                                       "says which it is");
    QTest::newRow("argument not text") << QStringLiteral("claude_desktop_config.json")
                                       << QByteArray("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"args\": [1]}}}")
                                       << QStringLiteral("claude_desktop_config.json:1:48: mcpServers.a.args[0]: "
                                                         "expected text, not a whole number");
    QTest::newRow("env not an object") << QStringLiteral(".mcp.json")
                                       << QByteArray(
                                              "{\"mcpServers\": {\"a\": {\"command\": \"x\", \"env\": [\"A=1\"]}}}")
                                       << QStringLiteral(
                                              ".mcp.json:1:46: mcpServers.a.env: expected an object of names "
                                              "and text, not a list");
    QTest::newRow("allow-list not a list")
        << QStringLiteral("managed-settings.json") << QByteArray("{\"allowedMcpServers\": {\"serverName\": \"a\"}}")
        << QStringLiteral("managed-settings.json:1:23: allowedMcpServers: expected a "
                          "list of entries ({\"serverName\": …}, {\"serverCommand\": "
                          "[…]} or {\"serverUrl\": …}), not an object");
    QTest::newRow("entry naming two ways")
        << QStringLiteral("managed-settings.json")
        << QByteArray("{\"deniedMcpServers\": [{\"serverName\": \"a\", \"serverUrl\": \"b\"}]}")
        << QStringLiteral("managed-settings.json:1:23: deniedMcpServers[0]: an entry names its server in exactly one "
                          "way: serverName, serverCommand or serverUrl");
    QTest::newRow("entry naming none") << QStringLiteral("managed-settings.json")
                                       << QByteArray("{\"allowedMcpServers\": [{\"name\": \"a\"}]}")
                                       << QStringLiteral("managed-settings.json:1:24: allowedMcpServers[0]: an entry "
                                                         "names its server in exactly one way: serverName, "
                                                         "serverCommand or serverUrl");
    QTest::newRow("empty command") << QStringLiteral("managed-settings.json")
                                   << QByteArray("{\"allowedMcpServers\": [{\"serverCommand\": []}]}")
                                   << QStringLiteral("managed-settings.json:1:42: allowedMcpServers[0].serverCommand: "
                                                     "must start with the command");
    QTest::newRow("managed-only not a boolean")
        << QStringLiteral("managed-settings.json") << QByteArray("{\"allowManagedMcpServersOnly\": \"yes\"}")
        << QStringLiteral("managed-settings.json:1:32: allowManagedMcpServersOnly: expected true or false, not text");
}

void TestClaudeConfig::refused()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const ParsedConfig parsed = parseConfig(file, text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errors.front().text(), error);
    // Nothing of a refused file is compared.
    QVERIFY(parsed.config.servers.empty());
    QVERIFY(parsed.config.allowed.empty());
}

void TestClaudeConfig::credentialsAreNeverKept()
{
    const QString token = QStringLiteral("ghp_abcdefghijklmnopqrstuvwxyz0123456789AB");
    const ParsedConfig parsed = parseConfig(QStringLiteral(".mcp.json"), McpJson);
    QVERIFY(parsed.ok());
    for (const DeployedServer& server : parsed.config.servers) {
        const QString all = QStringList{server.name,       server.server.command,      server.server.args.join(u' '),
                                        server.server.url, server.envNames.join(u' '), server.headerNames.join(u' ')}
                                .join(u' ');
        QVERIFY2(!all.contains(token) && !all.contains(QStringLiteral("Bearer")), qPrintable(all));
    }
    // A credential passed as an argument or in a URL is taken out when read.
    const QByteArray inArgs =
        "{\"mcpServers\": {\"a\": {\"command\": \"x\", \"args\": [\"--token\", \"" + token.toUtf8() +
        "\"]}, \"b\": {\"type\": \"http\", \"url\": " + "\"https://mcp.example.com/mcp?api_key=abcd12345678\"}}}";
    const ParsedConfig withArgs = parseConfig(QStringLiteral(".mcp.json"), inArgs);
    QVERIFY(withArgs.ok());
    QCOMPARE(withArgs.config.servers[0].server.args,
             (QStringList{QStringLiteral("--token"), QStringLiteral("<secret removed>")}));
    QCOMPARE(withArgs.config.servers[1].server.url, QStringLiteral("https://mcp.example.com/mcp"));
    // The parser's message quotes the text it stopped at; in these files that can be a key.
    const QByteArray broken = "{\"mcpServers\": {\"a\": {\"env\": {\"K\": \"" + token.toUtf8() + "\n\"}}}}";
    const ParsedConfig refused = parseConfig(QStringLiteral(".mcp.json"), broken);
    QVERIFY(!refused.ok());
    QVERIFY2(!refused.errors.front().text().contains(QStringLiteral("ghp_")),
             qPrintable(refused.errors.front().text()));
    QVERIFY(refused.errors.front().text().startsWith(QStringLiteral(".mcp.json:1:")));
}

void TestClaudeConfig::unreadableFiles()
{
    const auto dir = test::makeTempDir();
    const ParsedConfig missing = readConfig(dir->filePath(QStringLiteral("absent.json")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors.front().message.startsWith(QStringLiteral("cannot read it: ")));
    const ParsedConfig folder = readConfig(dir->path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.errors.front().message, QStringLiteral("is a folder, not a configuration file"));
    const QString path = dir->filePath(QStringLiteral(".mcp.json"));
    test::writeBytes(path, McpJson);
    const ParsedConfig read = readConfig(path);
    QVERIFY(read.ok());
    QCOMPARE(read.config.file, path);
    QCOMPARE(read.config.servers[1].place.file, path);
    QCOMPARE(test::fileBytes(path), McpJson); // read, never written
}

QTEST_GUILESS_MAIN(TestClaudeConfig)
#include "tst_claudeconfig.moc"
