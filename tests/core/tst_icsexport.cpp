// The calendar export's building blocks: TEXT escaping, line folding at 75 octets without
// splitting UTF-8, recurrence rules per cadence, UIDs, and the calendar built from core values.
#include "export/icsexport.h"

#include <QtTest>

using namespace steward;

class TestIcsExport : public QObject
{
    Q_OBJECT

private slots:
    void escapeText_data();
    void escapeText();
    void foldLine_data();
    void foldLine();
    void recurrenceRule_data();
    void recurrenceRule();
    void eventUid();
    void calendar();
    void calendarIsDeterministic();
};

void TestIcsExport::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Slack") << QStringLiteral("Slack");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
    QTest::newRow("colon stays") << QStringLiteral("a:b") << QStringLiteral("a:b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("CRLF is one break") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("CR alone") << QStringLiteral("a\rb") << QStringLiteral("a\\nb");
    QTest::newRow("tab stays") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
    QTest::newRow("controls dropped") << QStringLiteral("a\x01\x1f\x7f"
                                                        "b")
                                      << QStringLiteral("ab");
    QTest::newRow("all at once") << QStringLiteral("Slack, Inc; ops\\eu\n2")
                                 << QStringLiteral("Slack\\, Inc\\; ops\\\\eu\\n2");
    QTest::newRow("unicode stays") << QStringLiteral("“Prüfung” 漢字 🧾")
                                   << QStringLiteral("“Prüfung” 漢字 🧾");
}

void TestIcsExport::escapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ics::escapeText(text), expected);
}

void TestIcsExport::foldLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("physicalLines");
    QTest::newRow("short") << QByteArray("SUMMARY:Review") << 1;
    QTest::newRow("75 octets") << QByteArray(75, 'a') << 1;
    QTest::newRow("76 octets") << QByteArray(76, 'a') << 2;
    QTest::newRow("75 + 74 octets") << QByteArray(75 + 74, 'a') << 2;
    QTest::newRow("75 + 74 + 1 octets") << QByteArray(75 + 74 + 1, 'a') << 3;
    // Two-, three- and four-octet sequences at every offset against the fold.
    for (int pad = 0; pad < 4; ++pad) {
        const QByteArray prefix = QByteArray("SUMMARY:") + QByteArray(pad, 'x');
        QTest::addRow("umlauts, pad %d", pad) << prefix + QStringLiteral("ü").repeated(80).toUtf8() << 3;
        QTest::addRow("kanji, pad %d", pad) << prefix + QStringLiteral("漢").repeated(60).toUtf8() << 3;
        QTest::addRow("emoji, pad %d", pad) << prefix + QStringLiteral("🧾").repeated(40).toUtf8() << 3;
    }
}

void TestIcsExport::foldLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, physicalLines);
    const QByteArray folded = ics::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    QCOMPARE(lines.size(), physicalLines);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray physical = lines[i];
        if (i + 1 < lines.size()) {
            QVERIFY(physical.endsWith('\r'));
            physical.chop(1);
        }
        QVERIFY2(physical.size() <= 75, physical.constData());
        QCOMPARE(physical.startsWith(' '), i > 0);
        // Whole UTF-8 sequences only: decoding and encoding again gives the same octets.
        QCOMPARE(QString::fromUtf8(physical).toUtf8(), physical);
        QVERIFY(!QString::fromUtf8(physical).contains(QChar::ReplacementCharacter));
    }
    // Unfolding (RFC 5545 3.1) gives the line back.
    QByteArray unfolded = folded.chopped(2);
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, line);
}

void TestIcsExport::recurrenceRule_data()
{
    QTest::addColumn<ReviewState>("review");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("expected");
    QTest::newRow("weekly") << ReviewState{Cadence::Weekly, QDate(2026, 3, 10)} << QDate(2026, 3, 17)
                            << QStringLiteral("FREQ=WEEKLY");
    QTest::newRow("monthly on the 15th") << ReviewState{Cadence::Monthly, QDate(2026, 1, 15)} << QDate(2026, 2, 15)
                                         << QStringLiteral("FREQ=MONTHLY");
    QTest::newRow("monthly on the 28th") << ReviewState{Cadence::Monthly, QDate(2026, 1, 28)} << QDate(2026, 2, 28)
                                         << QStringLiteral("FREQ=MONTHLY");
    QTest::newRow("monthly on the 29th") << ReviewState{Cadence::Monthly, QDate(2026, 1, 29)} << QDate(2026, 2, 28)
                                         << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1");
    QTest::newRow("monthly on the 31st") << ReviewState{Cadence::Monthly, QDate(2026, 1, 31)} << QDate(2026, 2, 28)
                                         << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1");
    QTest::newRow("never reviewed, due the 30th") << ReviewState{Cadence::Monthly} << QDate(2026, 4, 30)
                                                  << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1");
    QTest::newRow("quarterly on the 30th") << ReviewState{Cadence::Quarterly, QDate(2025, 11, 30)} << QDate(2026, 2, 28)
                                           << QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1");
    QTest::newRow("quarterly on the 1st") << ReviewState{Cadence::Quarterly, QDate(2026, 1, 1)} << QDate(2026, 4, 1)
                                          << QStringLiteral("FREQ=MONTHLY;INTERVAL=3");
    QTest::newRow("annual") << ReviewState{Cadence::Annual, QDate(2025, 6, 1)} << QDate(2026, 6, 1)
                            << QStringLiteral("FREQ=YEARLY");
    QTest::newRow("annual from 29 Feb") << ReviewState{Cadence::Annual, QDate(2024, 2, 29)} << QDate(2025, 2, 28)
                                        << QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1");
    QTest::newRow("annual from 28 Feb") << ReviewState{Cadence::Annual, QDate(2025, 2, 28)} << QDate(2026, 2, 28)
                                        << QStringLiteral("FREQ=YEARLY");
    QTest::newRow("custom 10 days") << ReviewState{Cadence::Custom, QDate(2026, 2, 20), 0, 10} << QDate(2026, 3, 2)
                                    << QStringLiteral("FREQ=DAILY;INTERVAL=10");
    QTest::newRow("custom, no days set") << ReviewState{Cadence::Custom, QDate(2026, 2, 20), 0, 0} << QDate(2026, 2, 21)
                                         << QStringLiteral("FREQ=DAILY");
}

void TestIcsExport::recurrenceRule()
{
    QFETCH(ReviewState, review);
    QFETCH(QDate, due);
    QFETCH(QString, expected);
    QCOMPARE(ics::recurrenceRule(review, due), expected);
}

void TestIcsExport::eventUid()
{
    const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
    QCOMPARE(ics::eventUid(QStringLiteral("connector"), 7, id),
             QStringLiteral("connector-7@0123456789abcdef0123456789abcdef.steward"));
    QVERIFY(ics::eventUid(QStringLiteral("skill"), 7, id) != ics::eventUid(QStringLiteral("connector"), 7, id));
}

namespace {

rules::LintInput smallInventory()
{
    rules::LintInput input;
    Person ada;
    ada.id = 1;
    ada.name = QStringLiteral("Ada Lovelace, \"Countess\"");
    ada.email = QStringLiteral("ada@example.com");
    Person bo;
    bo.id = 2;
    bo.name = QStringLiteral("Bo");
    bo.email = QStringLiteral("not an address");
    input.people = {ada, bo};
    GovernanceObject policy;
    policy.id = 1;
    policy.kind = GovernanceKind::Policy;
    policy.ownerId = 1;
    policy.location = QStringLiteral("https://wiki.example.com/a page");
    policy.review = ReviewState{Cadence::Annual, QDate(2025, 3, 1), 1};
    input.governance = {policy};
    Connector connector;
    connector.id = 7;
    connector.name = QStringLiteral("Slack");
    connector.ownerId = 2;
    connector.server.url = QStringLiteral("https://mcp.example.com/sse");
    connector.review = ReviewState{Cadence::Monthly, QDate(2026, 1, 31), 2};
    input.connectors = {connector};
    return input;
}

} // namespace

void TestIcsExport::calendar()
{
    const ics::CalendarOptions options{QStringLiteral("fernhill.steward"), QStringLiteral("abc"), QDate(2026, 3, 15)};
    const QByteArray bytes = ics::reviewCalendar(smallInventory(), options);
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Steward//Steward "));
    QVERIFY(bytes.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    QVERIFY(bytes.contains(
        "\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Steward reviews: fernhill.steward\r\n"));
    QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 2);
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n")); // no bare line feed
    // Sorted by due date: the connector (28 Feb 2026) before the policy (1 Mar 2026).
    const qsizetype connector = bytes.indexOf("UID:connector-7@abc.steward\r\n");
    const qsizetype policy = bytes.indexOf("UID:governance-1@abc.steward\r\n");
    QVERIFY(connector > 0 && policy > connector);
    QVERIFY(bytes.contains("UID:connector-7@abc.steward\r\nDTSTAMP:20260315T000000Z\r\nDTSTART;VALUE=DATE:20260228\r\n"
                           "DTEND;VALUE=DATE:20260301\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1\r\n"));
    QVERIFY(bytes.contains("DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\nRRULE:FREQ=YEARLY\r\n"));
    // A mail address only where there is one, the name quoted without its double quotes.
    QCOMPARE(bytes.count("ORGANIZER"), 1);
    QVERIFY(bytes.contains("ORGANIZER;CN=\"Ada Lovelace, 'Countess'\":mailto:ada@example.com\r\n"));
    // A URL only for a strict web address; the page with a space stays in the description.
    QCOMPARE(bytes.count("\r\nURL:"), 1);
    QVERIFY(bytes.contains("\r\nURL:https://mcp.example.com/sse\r\n"));
    QVERIFY(bytes.contains("CATEGORIES:Steward review,Connector\r\n"));
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    QVERIFY(unfolded.contains("Where it lives: https://wiki.example.com/a page\\n"));
    QVERIFY(
        unfolded.contains("DESCRIPTION:Owner: Bo <not an address>\\nCadence: Monthly\\nLast reviewed: 2026-01-31 by "
                          "Bo\\nWhere it lives: https://mcp.example.com/sse\\nStatus on 2026-03-15: OVERDUE (was "
                          "due 2026-02-28)\\nFrom the Steward inventory fernhill.steward.\r\n"));
}

void TestIcsExport::calendarIsDeterministic()
{
    const ics::CalendarOptions options{QStringLiteral("x.steward"), QStringLiteral("abc"), QDate(2026, 3, 15)};
    QCOMPARE(ics::reviewCalendar(smallInventory(), options), ics::reviewCalendar(smallInventory(), options));
    ics::CalendarOptions nextDay = options;
    nextDay.today = QDate(2026, 3, 16);
    const QByteArray later = ics::reviewCalendar(smallInventory(), nextDay);
    QVERIFY(later.contains("DTSTAMP:20260316T000000Z\r\n"));
    QVERIFY(!later.contains("DTSTAMP:20260315T000000Z\r\n"));
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
