// How values are written in the CSV columns and read back (csvvalues.h): command lines that
// QProcess::splitCommand splits into the same arguments, endpoints per transport, cadences,
// scheduled tasks on one line, yes and no.
#include "export/csvvalues.h"

#include <QProcess>
#include <QtTest>

using namespace steward;

class TestCsvValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLinesSplitBack_data();
    void commandLinesSplitBack();
    void endpoints_data();
    void endpoints();
    void endpointKeepsTheOtherKindOfServer();
    void cadences_data();
    void cadences();
    void tasks_data();
    void tasks();
    void yesNo_data();
    void yesNo();
};

void TestCsvValues::commandLinesSplitBack_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringLiteral("npx") << QStringList{QStringLiteral("-y"), QStringLiteral("@x/server")}
                           << QStringLiteral("npx -y @x/server");
    QTest::newRow("space in the command")
        << QStringLiteral("/opt/My Tools/mcp") << QStringList{} << QStringLiteral("\"/opt/My Tools/mcp\"");
    QTest::newRow("space in an argument")
        << QStringLiteral("uvx") << QStringList{QStringLiteral("--root"), QStringLiteral("C:\\Program Files\\x")}
        << QStringLiteral("uvx --root \"C:\\Program Files\\x\"");
    QTest::newRow("quote in an argument") << QStringLiteral("sh") << QStringList{QStringLiteral("say \"hi\"")}
                                          << QStringLiteral("sh \"say \"\"\"hi\"\"\"\"");
    QTest::newRow("quote alone") << QStringLiteral("echo") << QStringList{QStringLiteral("\"")}
                                 << QStringLiteral("echo \"\"\"\"\"");
    QTest::newRow("quote first and last")
        << QStringLiteral("echo") << QStringList{QStringLiteral("\"a b\""), QStringLiteral("x\"")}
        << QStringLiteral("echo \"\"\"\"a b\"\"\"\" \"x\"\"\"\"");
    QTest::newRow("tab and line break") << QStringLiteral("run")
                                        << QStringList{QStringLiteral("a\tb"), QStringLiteral("c\nd")}
                                        << QStringLiteral("run \"a\tb\" \"c\nd\"");
    QTest::newRow("unicode") << QStringLiteral("node") << QStringList{QStringLiteral("/srv/Łódź/東京.js")}
                             << QStringLiteral("node /srv/Łódź/東京.js");
    QTest::newRow("nothing") << QString() << QStringList{} << QString();
}

void TestCsvValues::commandLinesSplitBack()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QString, line);
    QCOMPARE(csvvalues::commandLine(command, args), line);
    const QStringList split = QProcess::splitCommand(line);
    QCOMPARE(split.value(0), command);
    QCOMPARE(split.mid(1), args);
}

void TestCsvValues::endpoints_data()
{
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("stdio") << int(Transport::Stdio) << QStringLiteral("npx")
                           << QStringList{QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")}
                           << QString() << QStringLiteral("npx -y @modelcontextprotocol/server-github");
    QTest::newRow("http") << int(Transport::Http) << QString() << QStringList{}
                          << QStringLiteral("https://mcp.hubspot.com/") << QStringLiteral("https://mcp.hubspot.com/");
    QTest::newRow("sse") << int(Transport::Sse) << QString() << QStringList{}
                         << QStringLiteral("https://mcp.atlassian.com/v1/sse")
                         << QStringLiteral("https://mcp.atlassian.com/v1/sse");
    QTest::newRow("unknown with a url") << int(Transport::Unknown) << QString() << QStringList{}
                                        << QStringLiteral("https://x.example/mcp")
                                        << QStringLiteral("https://x.example/mcp");
    QTest::newRow("unknown with a command")
        << int(Transport::Unknown) << QStringLiteral("mcp-server") << QStringList{QStringLiteral("--stdio")}
        << QString() << QStringLiteral("mcp-server --stdio");
    QTest::newRow("unknown, nothing") << int(Transport::Unknown) << QString() << QStringList{} << QString()
                                      << QString();
}

void TestCsvValues::endpoints()
{
    QFETCH(int, transport);
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QString, url);
    QFETCH(QString, endpoint);
    McpServer server{Transport(transport), command, args, url};
    QCOMPARE(csvvalues::endpoint(server), endpoint);
    McpServer read;
    read.transport = server.transport;
    csvvalues::setEndpoint(read, endpoint);
    QCOMPARE(read, server);
}

void TestCsvValues::endpointKeepsTheOtherKindOfServer()
{
    // As the editor keeps a command when the transport becomes http, so does an import.
    McpServer server{Transport::Http, QStringLiteral("old"), {QStringLiteral("--flag")}, QString()};
    csvvalues::setEndpoint(server, QStringLiteral(" https://new.example/mcp "));
    QCOMPARE(server.url, QStringLiteral("https://new.example/mcp"));
    QCOMPARE(server.command, QStringLiteral("old"));
    server.transport = Transport::Stdio;
    csvvalues::setEndpoint(server, QStringLiteral("uvx server"));
    QCOMPARE(server.command, QStringLiteral("uvx"));
    QCOMPARE(server.args, QStringList{QStringLiteral("server")});
    QCOMPARE(server.url, QStringLiteral("https://new.example/mcp"));
}

void TestCsvValues::cadences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("cadence");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("written");
    QTest::newRow("weekly") << QStringLiteral("weekly") << true << int(Cadence::Weekly) << 0
                            << QStringLiteral("weekly");
    QTest::newRow("upper case") << QStringLiteral(" QUARTERLY ") << true << int(Cadence::Quarterly) << 0
                                << QStringLiteral("quarterly");
    QTest::newRow("annual") << QStringLiteral("Annual") << true << int(Cadence::Annual) << 0
                            << QStringLiteral("annual");
    QTest::newRow("every 45 days") << QStringLiteral("every 45 days") << true << int(Cadence::Custom) << 45
                                   << QStringLiteral("every 45 days");
    QTest::newRow("Every 1 day") << QStringLiteral("Every 1 day") << true << int(Cadence::Custom) << 1
                                 << QStringLiteral("every 1 days");
    QTest::newRow("every 3660 days") << QStringLiteral("every  3660  days") << true << int(Cadence::Custom) << 3660
                                     << QStringLiteral("every 3660 days");
    QTest::newRow("every 0 days") << QStringLiteral("every 0 days") << false << 0 << 0 << QString();
    QTest::newRow("every 3661 days") << QStringLiteral("every 3661 days") << false << 0 << 0 << QString();
    QTest::newRow("custom is no word here") << QStringLiteral("custom") << false << 0 << 0 << QString();
    QTest::newRow("fortnightly") << QStringLiteral("fortnightly") << false << 0 << 0 << QString();
}

void TestCsvValues::cadences()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, cadence);
    QFETCH(int, days);
    QFETCH(QString, written);
    Cadence parsed = Cadence::Monthly;
    int parsedDays = -1;
    QCOMPARE(csvvalues::parseCadence(text, &parsed, &parsedDays), valid);
    if (!valid)
        return;
    QCOMPARE(int(parsed), cadence);
    QCOMPARE(parsedDays, days);
    QCOMPARE(csvvalues::cadence(ReviewState(parsed, {}, 0, parsedDays)), written);
}

void TestCsvValues::tasks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringLiteral("Morning digest") << QStringLiteral("weekdays 07:30")
                           << QStringLiteral("Ada") << true
                           << QStringLiteral("Morning digest | weekdays 07:30 | Ada | yes");
    QTest::newRow("no owner, paused") << QStringLiteral("Variance") << QStringLiteral("0 6 1 * *") << QString() << false
                                      << QStringLiteral("Variance | 0 6 1 * * |  | no");
    QTest::newRow("pipes and backslashes") << QStringLiteral("a|b") << QStringLiteral("C:\\jobs\\") << QString() << true
                                           << QStringLiteral("a\\|b | C:\\\\jobs\\\\ |  | yes");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QString() << QString() << true
                                << QStringLiteral("two\\nlines |  |  | yes");
}

void TestCsvValues::tasks()
{
    QFETCH(QString, name);
    QFETCH(QString, schedule);
    QFETCH(QString, owner);
    QFETCH(bool, active);
    QFETCH(QString, line);
    QCOMPARE(csvvalues::taskLine(name, schedule, owner, active), line);
    const auto parts = csvvalues::parseTaskLine(line);
    QVERIFY(parts);
    QCOMPARE(parts->name, name);
    QCOMPARE(parts->schedule, schedule);
    QCOMPARE(parts->owner, owner);
    QCOMPARE(csvvalues::parseYesNo(parts->active), std::optional<bool>(active));
    // Shorter lines leave the rest empty; more than four parts is no task.
    QCOMPARE(csvvalues::parseTaskLine(QStringLiteral("Only a name"))->name, QStringLiteral("Only a name"));
    QCOMPARE(csvvalues::parseTaskLine(QStringLiteral("Only a name"))->active, QString());
    QVERIFY(!csvvalues::parseTaskLine(QStringLiteral("a | b | c | yes | extra")));
}

void TestCsvValues::yesNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value"); // -1: neither
    QTest::newRow("yes") << QStringLiteral("yes") << 1;
    QTest::newRow("YES") << QStringLiteral(" YES ") << 1;
    QTest::newRow("No") << QStringLiteral("No") << 0;
    QTest::newRow("TRUE (a spreadsheet checkbox)") << QStringLiteral("TRUE") << 1;
    QTest::newRow("false") << QStringLiteral("false") << 0;
    QTest::newRow("1") << QStringLiteral("1") << -1;
    QTest::newRow("y") << QStringLiteral("y") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCsvValues::yesNo()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    const auto parsed = csvvalues::parseYesNo(text);
    QCOMPARE(parsed.has_value(), value >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), value);
    QCOMPARE(csvvalues::yesNo(true), QStringLiteral("yes"));
    QCOMPARE(csvvalues::yesNo(false), QStringLiteral("no"));
}

QTEST_GUILESS_MAIN(TestCsvValues)
#include "tst_csvvalues.moc"
