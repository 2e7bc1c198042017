// How Claude Code names and matches MCP servers (reconcile/servermatch): server names from connector
// names, serverUrl wildcards, the entry that names a connector's server, Claude Code's evaluation of
// allow- and deny-lists, and credentials taken out of text read from configuration files.
#include "reconcile/servermatch.h"

#include <QtTest>

using namespace steward;
using namespace steward::reconcile;

class TestServerMatch : public QObject
{
    Q_OBJECT

private slots:
    void serverNames_data();
    void serverNames();
    void urlPatterns_data();
    void urlPatterns();
    void entryNamesTheServerMostExactly_data();
    void entryNamesTheServerMostExactly();
    void admission_data();
    void admission();
    void secretsAreTakenOut_data();
    void secretsAreTakenOut();
};

namespace {

McpServer stdio(const QString& command, const QStringList& args)
{
    McpServer server;
    server.transport = Transport::Stdio;
    server.command = command;
    server.args = args;
    return server;
}

McpServer remote(const QString& url, Transport transport = Transport::Http)
{
    McpServer server;
    server.transport = transport;
    server.url = url;
    return server;
}

ServerEntry byName(const QString& name)
{
    return {ServerEntry::By::Name, name, {}, {}};
}

ServerEntry byCommand(const QStringList& command)
{
    return {ServerEntry::By::Command, {}, command, {}};
}

ServerEntry byUrl(const QString& url)
{
    return {ServerEntry::By::Url, {}, {}, url};
}

using Entries = std::vector<ServerEntry>;

} // namespace

Q_DECLARE_METATYPE(McpServer)
Q_DECLARE_METATYPE(ServerEntry)
Q_DECLARE_METATYPE(Entries)
Q_DECLARE_METATYPE(Admission::Outcome)

void TestServerMatch::serverNames_data()
{
    QTest::addColumn<QString>("connector");
    QTest::addColumn<QString>("server");
    QTest::newRow("one word") << QStringLiteral("GitHub") << QStringLiteral("github");
    QTest::newRow("two words") << QStringLiteral("Google Drive") << QStringLiteral("google-drive");
    QTest::newRow("punctuation runs") << QStringLiteral("Box (legal) — archive") << QStringLiteral("box-legal-archive");
    QTest::newRow("underscore kept") << QStringLiteral("my_server") << QStringLiteral("my_server");
    QTest::newRow("edges trimmed") << QStringLiteral("  -Slack- ") << QStringLiteral("slack");
    QTest::newRow("non-ASCII letters") << QStringLiteral("Bücher") << QStringLiteral("b-cher");
    QTest::newRow("nothing usable") << QStringLiteral("—") << QString();
}

void TestServerMatch::serverNames()
{
    QFETCH(QString, connector);
    QFETCH(QString, server);
    QCOMPARE(serverName(connector), server);
    // What Claude Code accepts as a name: letters, digits, '-' and '_'.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_-]*$"));
    QVERIFY(valid.match(serverName(connector)).hasMatch());
}

void TestServerMatch::urlPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << QStringLiteral("https://mcp.stripe.com") << QStringLiteral("https://mcp.stripe.com")
                           << true;
    QTest::newRow("exact, other path") << QStringLiteral("https://mcp.stripe.com")
                                       << QStringLiteral("https://mcp.stripe.com/v1") << false;
    QTest::newRow("all paths") << QStringLiteral("https://mcp.company.com/*")
                               << QStringLiteral("https://mcp.company.com/a/b") << true;
    QTest::newRow("subdomain") << QStringLiteral("https://*.example.com/*")
                               << QStringLiteral("https://api.example.com/mcp") << true;
    QTest::newRow("subdomain, other host")
        << QStringLiteral("https://*.example.com/*") << QStringLiteral("https://example.org/mcp") << false;
    QTest::newRow("any port") << QStringLiteral("http://localhost:*/*") << QStringLiteral("http://localhost:8080/mcp")
                              << true;
    QTest::newRow("star matches nothing")
        << QStringLiteral("https://a.com/*") << QStringLiteral("https://a.com/") << true;
    QTest::newRow("many stars, no match")
        << QStringLiteral("*a*a*a*a*a*a*a*a*b") << QString(200, QLatin1Char('a')) << false;
    QTest::newRow("scheme matters") << QStringLiteral("https://mcp.box.com") << QStringLiteral("http://mcp.box.com")
                                    << false;
}

void TestServerMatch::urlPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, url);
    QFETCH(bool, matches);
    QCOMPARE(urlMatches(pattern, url), matches);
}

void TestServerMatch::entryNamesTheServerMostExactly_data()
{
    QTest::addColumn<McpServer>("server");
    QTest::addColumn<ServerEntry>("entry");
    const QStringList args{QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")};
    QTest::newRow("stdio: its command line")
        << stdio(QStringLiteral("npx"), args) << byCommand(QStringList{QStringLiteral("npx")} + args);
    QTest::newRow("http: its URL") << remote(QStringLiteral("https://mcp.slack.com/mcp"))
                                   << byUrl(QStringLiteral("https://mcp.slack.com/mcp"));
    QTest::newRow("sse: its URL") << remote(QStringLiteral("https://mcp.linear.app/sse"), Transport::Sse)
                                  << byUrl(QStringLiteral("https://mcp.linear.app/sse"));
    QTest::newRow("unknown: its name") << McpServer() << byName(QStringLiteral("legacy-wiki"));
    QTest::newRow("stdio without a command: its name") << stdio(QString(), {}) << byName(QStringLiteral("legacy-wiki"));
    QTest::newRow("http without a URL: its name") << remote(QString()) << byName(QStringLiteral("legacy-wiki"));
}

void TestServerMatch::entryNamesTheServerMostExactly()
{
    QFETCH(McpServer, server);
    QFETCH(ServerEntry, entry);
    Connector c;
    c.name = QStringLiteral("Legacy Wiki");
    c.server = server;
    QCOMPARE(entryFor(c), entry);
    QVERIFY(entryMatches(entry, c.name, c.server));
}

void TestServerMatch::admission_data()
{
    QTest::addColumn<McpServer>("server");
    QTest::addColumn<bool>("hasAllowList");
    QTest::addColumn<Entries>("allowed");
    QTest::addColumn<Entries>("denied");
    QTest::addColumn<Admission::Outcome>("outcome");
    QTest::addColumn<int>("entry");
    const McpServer github = stdio(QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("server-github")});
    const McpServer slack = remote(QStringLiteral("https://mcp.slack.com/mcp"));
    const ServerEntry githubCommand =
        byCommand({QStringLiteral("npx"), QStringLiteral("-y"), QStringLiteral("server-github")});
    using O = Admission::Outcome;
    QTest::newRow("no lists") << github << false << Entries{} << Entries{} << O::Admitted << -1;
    QTest::newRow("empty allow-list: lockdown") << github << true << Entries{} << Entries{} << O::NotAllowed << -1;
    QTest::newRow("by command") << github << true << Entries{byName(QStringLiteral("x")), githubCommand} << Entries{}
                                << O::Admitted << 1;
    QTest::newRow("command must be exact")
        << github << true << Entries{byCommand({QStringLiteral("npx"), QStringLiteral("server-github")})} << Entries{}
        << O::NotAllowed << -1;
    QTest::newRow("by name, no command entries")
        << github << true << Entries{byName(QStringLiteral("GitHub"))} << Entries{} << O::Admitted << 0;
    QTest::newRow("name ignored beside command entries")
        << github << true << Entries{byName(QStringLiteral("github")), byCommand({QStringLiteral("uvx")})} << Entries{}
        << O::NotAllowed << -1;
    QTest::newRow("remote by name beside command entries")
        << slack << true << Entries{byName(QStringLiteral("github")), byCommand({QStringLiteral("uvx")})} << Entries{}
        << O::Admitted << 0;
    QTest::newRow("remote name ignored beside URL entries")
        << slack << true << Entries{byName(QStringLiteral("github")), byUrl(QStringLiteral("https://x/*"))} << Entries{}
        << O::NotAllowed << -1;
    QTest::newRow("by URL pattern") << slack << true << Entries{byUrl(QStringLiteral("https://mcp.slack.com/*"))}
                                    << Entries{} << O::Admitted << 0;
    QTest::newRow("deny wins") << github << true << Entries{githubCommand} << Entries{byName(QStringLiteral("github"))}
                               << O::Denied << 0;
    QTest::newRow("deny without allow-list")
        << slack << false << Entries{} << Entries{byName(QStringLiteral("x")), byUrl(QStringLiteral("https://mcp.*"))}
        << O::Denied << 1;
    QTest::newRow("unknown transport: names count")
        << McpServer() << true << Entries{byUrl(QStringLiteral("*")), byName(QStringLiteral("github"))} << Entries{}
        << O::Admitted << 1;
}

void TestServerMatch::admission()
{
    QFETCH(McpServer, server);
    QFETCH(bool, hasAllowList);
    QFETCH(Entries, allowed);
    QFETCH(Entries, denied);
    QFETCH(Admission::Outcome, outcome);
    QFETCH(int, entry);
    const Admission decided = reconcile::admission(QStringLiteral("GitHub"), server, allowed, hasAllowList, denied);
    QCOMPARE(int(decided.outcome), int(outcome));
    QCOMPARE(decided.entry, entry);
}

void TestServerMatch::secretsAreTakenOut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kept");
    QTest::newRow("ordinary argument") << QStringLiteral("--read-only") << QStringLiteral("--read-only");
    QTest::newRow("placeholder") << QStringLiteral("${GITHUB_TOKEN}") << QStringLiteral("${GITHUB_TOKEN}");
    QTest::newRow("token argument") << QStringLiteral("ghp_abcdefghijklmnopqrstuvwxyz0123456789AB")
                                    << QStringLiteral("<secret removed>");
    QTest::newRow("key=value argument") << QStringLiteral("--api-key=sk-abcdefghij0123456789xyz")
                                        << QStringLiteral("<secret removed>");
    QTest::newRow("URL with a key in its query") << QStringLiteral("https://mcp.example.com/mcp?api_key=abcd12345678")
                                                 << QStringLiteral("https://mcp.example.com/mcp");
    QTest::newRow("URL with a password") << QStringLiteral("https://bot:hunter2pass@mcp.example.com/mcp")
                                         << QStringLiteral("https://mcp.example.com/mcp");
    QTest::newRow("plain URL") << QStringLiteral("https://mcp.example.com/mcp?region=eu")
                               << QStringLiteral("https://mcp.example.com/mcp?region=eu");
}

void TestServerMatch::secretsAreTakenOut()
{
    QFETCH(QString, text);
    QFETCH(QString, kept);
    QCOMPARE(withoutSecrets(text), kept);
}

QTEST_GUILESS_MAIN(TestServerMatch)
#include "tst_servermatch.moc"
