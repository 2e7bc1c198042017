// steward export --format ics: the calendar read back by a real iCalendar parser
// (python3-icalendar, recurrences expanded by dateutil) and compared with what core computes; the
// command's output, errors and exit codes; the inventory never written to.
#include "clirunner.h"
#include "export/icsexport.h"
#include "rules/reviewitems.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace steward;

class TestCliExportIcs : public QObject
{
    Q_OBJECT

private slots:
    void sampleHasAnEventPerReviewItem();
    void knownItems_data();
    void knownItems();
    void escapingRoundTrips();
    void longLinesFoldWithinUtf8();
    void ownerInDescription();
    void uidsStayAcrossExportsRenamesAndCopies();
    void outputIsByteIdentical();
    void outputFile_data();
    void outputFile();
    void unwritableOutput_data();
    void unwritableOutput();
    void usageErrors_data();
    void usageErrors();
    void notAnInventory_data();
    void notAnInventory();
    void inventoryUntouched();
    void exportsWhileTheEditorHoldsTheFile();
    void helpListsExport();
};

namespace {

const QString Today = QStringLiteral("2026-03-15");
const QString SlackName = QStringLiteral("Slack, Inc; ops\\eu");
const QString SkillName =
    QStringLiteral("Prüfbericht für Überweisungen — 請求書の照合と承認の記録 ✓ 🧾");
const QString SkillLocation = QStringLiteral("Shared drive\nFolder: Skills; v2, final");

QString sample(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.steward"));
    const auto made =
        test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("sample")});
    if (made.exitCode != 0)
        QTest::qFail(describe(made).constData(), __FILE__, __LINE__);
    return path;
}

// A small inventory with review dates chosen for the calendar's edge cases (with --today
// 2026-03-15): month ends, a leap day, a custom period, a week, a revoked connector.
QString knownInventory(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("known.steward"));
    auto store = Store::create(path);
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    ada.email = QStringLiteral("ada@example.com");
    const Id adaId = store->addPerson(ada);
    Person bo;
    bo.name = QStringLiteral("Bø Ström");
    const Id boId = store->addPerson(bo);

    GovernanceObject policy = store->governanceObject(GovernanceKind::Policy);
    policy.ownerId = adaId;
    policy.location = QStringLiteral("https://wiki.example.com/policy");
    policy.review = ReviewState{Cadence::Annual, QDate(2024, 2, 29), adaId};
    store->updateGovernanceObject(policy);

    Connector slack;
    slack.name = SlackName;
    slack.system = QStringLiteral("Slack");
    slack.ownerId = adaId;
    slack.server.transport = Transport::Sse;
    slack.server.url = QStringLiteral("https://mcp.slack.example/sse?team=ops");
    slack.review = ReviewState{Cadence::Monthly, QDate(2026, 1, 31), adaId};
    store->addConnector(slack);

    Connector github;
    github.name = QStringLiteral("GitHub");
    github.system = QStringLiteral("GitHub");
    github.ownerId = boId;
    github.review = ReviewState{Cadence::Quarterly, QDate(2025, 11, 30), boId};
    store->addConnector(github);

    Connector crm;
    crm.name = QStringLiteral("Old CRM");
    crm.status = ApprovalStatus::Revoked;
    crm.review = ReviewState{Cadence::Monthly, QDate(2025, 1, 1)};
    store->addConnector(crm);

    Skill skill;
    skill.name = SkillName;
    skill.ownerId = adaId;
    skill.skillMdUrl = SkillLocation;
    skill.review = ReviewState{Cadence::Custom, QDate(2026, 2, 20), 0, 10};
    store->addSkill(skill);

    Workspace finance;
    finance.name = QStringLiteral("Finance pilot");
    finance.ownerId = boId;
    finance.status = WorkspaceStatus::Pilot;
    finance.review = ReviewState{Cadence::Weekly, QDate(2026, 3, 10), boId};
    store->addWorkspace(finance);
    return path;
}

test::CliResult exportIcs(const QString& path, const QStringList& more = {})
{
    return test::runSteward(QStringList{QStringLiteral("export"), path, QStringLiteral("--format"),
                                        QStringLiteral("ics"), QStringLiteral("--today"), Today} +
                            more);
}

// The calendar as python3-icalendar reads it (see ics_check.py); empty with `error` set when the
// checker refused the file.
QJsonObject parseIcs(const QString& icsPath, QString* error, int occurrences = 30)
{
    QProcess checker;
    checker.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(ICS_CHECK_SCRIPT), icsPath, QString::number(occurrences)});
    if (!checker.waitForFinished(60'000) || checker.exitStatus() != QProcess::NormalExit || checker.exitCode() != 0) {
        *error = QStringLiteral("ics_check.py: exit %1: %2")
                     .arg(checker.exitCode())
                     .arg(QString::fromUtf8(checker.readAllStandardError()));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(checker.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return json.object();
}

// Exports `inventory` to a file beside it and parses it; fails the test when either goes wrong.
#define PARSE_EXPORT(calendar, inventory)                                                                              \
    QJsonObject calendar;                                                                                              \
    {                                                                                                                  \
        const QString icsPath = (inventory) + QStringLiteral(".ics");                                                  \
        const auto exported = exportIcs((inventory), {QStringLiteral("-o"), icsPath});                                 \
        QVERIFY2(exported.exitCode == 0, describe(exported));                                                          \
        QString parseError;                                                                                            \
        calendar = parseIcs(icsPath, &parseError);                                                                     \
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));                                                        \
    }

QJsonObject eventWithSummary(const QJsonObject& calendar, const QString& summary)
{
    for (const QJsonValue& event : calendar.value(QStringLiteral("events")).toArray()) {
        if (event.toObject().value(QStringLiteral("summary")).toString() == summary)
            return event.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& value : array.toArray())
        list += value.toString();
    return list;
}

QString sortedRule(const QString& rule)
{
    QStringList parts = rule.split(QLatin1Char(';'));
    parts.sort();
    return parts.join(QLatin1Char(';'));
}

// The k-th review day (from 0) the calendar should show: the last review plus k + 1 periods, as
// QDate counts months and years (clamped to a shorter month's end), or when never reviewed the due
// day plus k periods.
QDate expectedOccurrence(const rules::ReviewItem& item, int k)
{
    const bool reviewed = item.review.lastReviewedOn.isValid();
    const QDate anchor = reviewed ? item.review.lastReviewedOn : item.due;
    const int periods = reviewed ? k + 1 : k;
    switch (item.review.cadence) {
    case Cadence::Weekly:
        return anchor.addDays(7 * periods);
    case Cadence::Monthly:
        return anchor.addMonths(periods);
    case Cadence::Quarterly:
        return anchor.addMonths(3 * periods);
    case Cadence::Annual:
        return anchor.addYears(periods);
    case Cadence::Custom:
        break;
    }
    return anchor.addDays(qint64(std::max(item.review.cadenceDays, 1)) * periods);
}

std::vector<rules::ReviewItem> coreItems(const QString& path, QString* inventoryId)
{
    const auto store = Store::open(path, Store::Mode::ReadOnly);
    *inventoryId = store->inventoryId();
    return rules::reviewItems(rules::readLintInput(*store), QDate::fromString(Today, Qt::ISODate));
}

} // namespace

void TestCliExportIcs::sampleHasAnEventPerReviewItem()
{
    const auto dir = test::makeTempDir();
    const QString path = sample(*dir);
    PARSE_EXPORT(calendar, path);
    QString inventoryId;
    const std::vector<rules::ReviewItem> items = coreItems(path, &inventoryId);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(inventoryId).hasMatch());

    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    QVERIFY(items.size() > 20);
    QCOMPARE(qsizetype(events.size()), qsizetype(items.size()));
    QCOMPARE(calendar.value(QStringLiteral("name")).toString(), QStringLiteral("Steward reviews: sample.steward"));
    QCOMPARE(calendar.value(QStringLiteral("prodid")).toString(),
             QStringLiteral("-//Steward//Steward %1//EN").arg(QStringLiteral(STEWARD_VERSION)));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events[i].toObject();
        const rules::ReviewItem& item = items[size_t(i)];
        const QString what = event.value(QStringLiteral("summary")).toString();
        // In core's order, each with its due date and its cadence's dates after it.
        QCOMPARE(event.value(QStringLiteral("uid")).toString(),
                 QStringLiteral("%1-%2@%3.steward").arg(item.subjectType).arg(item.subjectId).arg(inventoryId));
        QCOMPARE(event.value(QStringLiteral("dtstart")).toString(), item.due.toString(Qt::ISODate));
        QCOMPARE(event.value(QStringLiteral("dtstamp")).toString(), Today + QStringLiteral("T00:00:00Z"));
        const QStringList occurrences = strings(event.value(QStringLiteral("occurrences")));
        QCOMPARE(occurrences.size(), 30);
        for (int k = 0; k < occurrences.size(); ++k)
            QVERIFY2(occurrences[k] == expectedOccurrence(item, k).toString(Qt::ISODate),
                     qPrintable(QStringLiteral("%1: occurrence %2 is %3, not %4")
                                    .arg(what)
                                    .arg(k)
                                    .arg(occurrences[k], expectedOccurrence(item, k).toString(Qt::ISODate))));
        QVERIFY2(what.startsWith(QStringLiteral("Review: %1 \u201c").arg(rules::subjectLabel(item.subjectType))),
                 qPrintable(what));
        QVERIFY2(what.contains(item.name), qPrintable(what));
        const QString description = event.value(QStringLiteral("description")).toString();
        QVERIFY2(description.startsWith(QStringLiteral("Owner: ")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("Cadence: %1").arg(rules::cadenceText(item.review))),
                 qPrintable(description));
        QCOMPARE(description.contains(QStringLiteral("OVERDUE")), item.state == rules::DueState::Overdue);
        QCOMPARE(strings(event.value(QStringLiteral("categories"))),
                 (QStringList{QStringLiteral("Steward review"), rules::subjectLabel(item.subjectType)}));
        QCOMPARE(event.value(QStringLiteral("transp")).toString(), QStringLiteral("TRANSPARENT"));
    }
}

void TestCliExportIcs::knownItems_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("dtstart");
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QStringList>("occurrences"); // the first ones; index 24 too when given

    // Reviewed 31 January: due on February's last day, then every month's last day up to the 31st.
    QTest::newRow("monthly from 31 Jan") << QStringLiteral("Review: Connector \u201c%1\u201d").arg(SlackName)
                                         << QStringLiteral("2026-02-28")
                                         << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1")
                                         << QStringList{QStringLiteral("2026-02-28"), QStringLiteral("2026-03-31"),
                                                        QStringLiteral("2026-04-30"), QStringLiteral("2026-05-31"),
                                                        QStringLiteral("2026-06-30"), QStringLiteral("2026-07-31"),
                                                        QStringLiteral("2026-08-31"), QStringLiteral("2026-09-30")};
    QTest::newRow("quarterly from 30 Nov")
        << QStringLiteral("Review: Connector \u201cGitHub\u201d") << QStringLiteral("2026-02-28")
        << QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1")
        << QStringList{QStringLiteral("2026-02-28"), QStringLiteral("2026-05-30"), QStringLiteral("2026-08-30"),
                       QStringLiteral("2026-11-30"), QStringLiteral("2027-02-28"), QStringLiteral("2027-05-30")};
    QTest::newRow("annual from 29 Feb 2024")
        << QStringLiteral("Review: Governance object \u201c%1\u201d").arg(label(GovernanceKind::Policy))
        << QStringLiteral("2025-02-28") << QStringLiteral("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1")
        << QStringList{QStringLiteral("2025-02-28"), QStringLiteral("2026-02-28"), QStringLiteral("2027-02-28"),
                       QStringLiteral("2028-02-29"), QStringLiteral("2029-02-28")};
    QTest::newRow("every 10 days over the end of February")
        << QStringLiteral("Review: Skill \u201c%1\u201d").arg(SkillName) << QStringLiteral("2026-03-02")
        << QStringLiteral("FREQ=DAILY;INTERVAL=10")
        << QStringList{QStringLiteral("2026-03-02"), QStringLiteral("2026-03-12"), QStringLiteral("2026-03-22"),
                       QStringLiteral("2026-04-01")};
    QTest::newRow("weekly") << QStringLiteral("Review: Workspace \u201cFinance pilot\u201d")
                            << QStringLiteral("2026-03-17") << QStringLiteral("FREQ=WEEKLY")
                            << QStringList{QStringLiteral("2026-03-17"), QStringLiteral("2026-03-24"),
                                           QStringLiteral("2026-03-31"), QStringLiteral("2026-04-07")};
}

void TestCliExportIcs::knownItems()
{
    QFETCH(QString, summary);
    QFETCH(QString, dtstart);
    QFETCH(QString, rrule);
    QFETCH(QStringList, occurrences);
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    PARSE_EXPORT(calendar, path);
    // Four governance objects, two connectors (not the revoked one), one skill, one workspace.
    QCOMPARE(calendar.value(QStringLiteral("events")).toArray().size(), 8);

    const QJsonObject event = eventWithSummary(calendar, summary);
    QVERIFY2(!event.isEmpty(), qPrintable(summary));
    QCOMPARE(event.value(QStringLiteral("dtstart")).toString(), dtstart);
    QCOMPARE(event.value(QStringLiteral("rrule")).toString(), sortedRule(rrule));
    const QStringList expanded = strings(event.value(QStringLiteral("occurrences")));
    QCOMPARE(expanded.mid(0, occurrences.size()), occurrences);
    if (rrule.contains(QStringLiteral("BYMONTHDAY=28,29,30,31")))
        QCOMPARE(expanded.value(24), QStringLiteral("2028-02-29")); // a leap February two years on
    // The raw file says the same: the rule as written, in one content line.
    const QString raw = QString::fromUtf8(test::fileBytes(path + QStringLiteral(".ics")));
    QVERIFY2(raw.contains(QStringLiteral("\r\nRRULE:%1\r\n").arg(rrule)), qPrintable(rrule));
}

void TestCliExportIcs::escapingRoundTrips()
{
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    PARSE_EXPORT(calendar, path);
    const QByteArray raw = test::fileBytes(path + QStringLiteral(".ics"));
    // Backslash, semicolon and comma escaped in the file, and read back as they were.
    QVERIFY2(raw.contains("SUMMARY:Review: Connector \xe2\x80\x9cSlack\\, Inc\\; ops\\\\eu\xe2\x80\x9d\r\n"),
             raw.constData());
    const QJsonObject slack =
        eventWithSummary(calendar, QStringLiteral("Review: Connector \u201c%1\u201d").arg(SlackName));
    QVERIFY(!slack.isEmpty());
    QCOMPARE(slack.value(QStringLiteral("url")).toString(), QStringLiteral("https://mcp.slack.example/sse?team=ops"));

    // A location with a line break, a semicolon and a comma: whole in the description, and no URL
    // (it is not one).
    const QJsonObject skill = eventWithSummary(calendar, QStringLiteral("Review: Skill \u201c%1\u201d").arg(SkillName));
    QVERIFY(!skill.isEmpty());
    const QString description = skill.value(QStringLiteral("description")).toString();
    QVERIFY2(description.contains(QStringLiteral("\nWhere it lives: %1\n").arg(SkillLocation)),
             qPrintable(description));
    QCOMPARE(skill.value(QStringLiteral("url")).toString(), QString());
    QByteArray unfolded = raw;
    unfolded.replace("\r\n ", "");
    QVERIFY(unfolded.contains("\\nWhere it lives: Shared drive\\nFolder: Skills\\; v2\\, final\\n"));
    // Lines are broken only as CRLF (ics_check.py refuses anything else).
    QVERIFY(!raw.contains("\n\n"));
}

void TestCliExportIcs::longLinesFoldWithinUtf8()
{
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    PARSE_EXPORT(calendar, path);
    // ics_check.py has refused any line over 75 octets or one that is no UTF-8 on its own; the
    // long multibyte name must have been folded, and unfolds to itself.
    QVERIFY(!calendar.value(QStringLiteral("folded_lines")).toArray().isEmpty());
    QVERIFY(!eventWithSummary(calendar, QStringLiteral("Review: Skill \u201c%1\u201d").arg(SkillName)).isEmpty());
    const QByteArray raw = test::fileBytes(path + QStringLiteral(".ics"));
    const QByteArray summary = QStringLiteral("SUMMARY:Review: Skill \u201c%1\u201d\r\n").arg(SkillName).toUtf8();
    QVERIFY(summary.size() > 77);
    QVERIFY2(!raw.contains(summary), "the long summary was not folded");
    QByteArray unfolded = raw;
    unfolded.replace("\r\n ", "");
    QVERIFY(unfolded.contains(summary));
}

void TestCliExportIcs::ownerInDescription()
{
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    PARSE_EXPORT(calendar, path);
    const QJsonObject slack =
        eventWithSummary(calendar, QStringLiteral("Review: Connector \u201c%1\u201d").arg(SlackName));
    const QString slackText = slack.value(QStringLiteral("description")).toString();
    QVERIFY2(slackText.startsWith(QStringLiteral("Owner: Ada Lovelace <ada@example.com>\n")), qPrintable(slackText));
    QVERIFY2(slackText.contains(QStringLiteral("\nCadence: Monthly\n")), qPrintable(slackText));
    QVERIFY2(slackText.contains(QStringLiteral("\nLast reviewed: 2026-01-31 by Ada Lovelace\n")),
             qPrintable(slackText));
    QVERIFY2(slackText.contains(QStringLiteral("Status on 2026-03-15: OVERDUE (was due 2026-02-28)")),
             qPrintable(slackText));
    QCOMPARE(slack.value(QStringLiteral("organizer")).toString(), QStringLiteral("mailto:ada@example.com"));
    QCOMPARE(slack.value(QStringLiteral("organizer_cn")).toString(), QStringLiteral("Ada Lovelace"));

    // No e-mail: the name only, and no ORGANIZER to send anything to.
    const QJsonObject finance =
        eventWithSummary(calendar, QStringLiteral("Review: Workspace \u201cFinance pilot\u201d"));
    const QString financeText = finance.value(QStringLiteral("description")).toString();
    QVERIFY2(financeText.startsWith(QStringLiteral("Owner: Bø Ström\n")), qPrintable(financeText));
    QVERIFY2(financeText.contains(QStringLiteral("Status on 2026-03-15: due soon")), qPrintable(financeText));
    QCOMPARE(finance.value(QStringLiteral("organizer")).toString(), QString());

    // Nobody yet, never reviewed: due today, and said so.
    const QJsonObject skills = eventWithSummary(
        calendar, QStringLiteral("Review: Governance object \u201c%1\u201d").arg(label(GovernanceKind::Skills)));
    const QString skillsText = skills.value(QStringLiteral("description")).toString();
    QCOMPARE(skills.value(QStringLiteral("dtstart")).toString(), Today);
    QVERIFY2(skillsText.startsWith(QStringLiteral("Owner: nobody yet")), qPrintable(skillsText));
    QVERIFY2(skillsText.contains(QStringLiteral("Last reviewed: never")), qPrintable(skillsText));
    QVERIFY2(skillsText.contains(QStringLiteral("never reviewed, due now")), qPrintable(skillsText));
}

void TestCliExportIcs::uidsStayAcrossExportsRenamesAndCopies()
{
    const auto dir = test::makeTempDir();
    const QString path = sample(*dir);
    const auto uidsOf = [](const QJsonObject& calendar) {
        QStringList uids;
        for (const QJsonValue& event : calendar.value(QStringLiteral("events")).toArray())
            uids += event.toObject().value(QStringLiteral("uid")).toString();
        return uids;
    };
    PARSE_EXPORT(first, path);
    PARSE_EXPORT(second, path);
    const QStringList uids = uidsOf(first);
    QVERIFY(uids.size() > 20);
    QCOMPARE(uidsOf(second), uids);

    const QString renamed = dir->filePath(QStringLiteral("renamed.steward"));
    QVERIFY(QFile::rename(path, renamed));
    PARSE_EXPORT(afterRename, renamed);
    QCOMPARE(uidsOf(afterRename), uids);
    QCOMPARE(afterRename.value(QStringLiteral("name")).toString(), QStringLiteral("Steward reviews: renamed.steward"));

    const QString copy = dir->filePath(QStringLiteral("copy.steward"));
    QVERIFY(QFile::copy(renamed, copy));
    PARSE_EXPORT(ofCopy, copy);
    QCOMPARE(uidsOf(ofCopy), uids);

    // Another inventory has other UIDs, so two files' calendars do not overwrite each other.
    const auto other = test::makeTempDir();
    const QString otherPath = sample(*other);
    PARSE_EXPORT(otherCalendar, otherPath);
    for (const QString& uid : uidsOf(otherCalendar))
        QVERIFY2(!uids.contains(uid), qPrintable(uid));
}

void TestCliExportIcs::outputIsByteIdentical()
{
    const auto dir = test::makeTempDir();
    const QString path = sample(*dir);
    const auto first = exportIcs(path);
    const auto second = exportIcs(path);
    QVERIFY2(first.exitCode == 0, describe(first));
    QCOMPARE(first.err, QString());
    QVERIFY(first.out.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
    QVERIFY(first.out.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    QCOMPARE(second.out, first.out);

    // The file written with -o holds exactly what stdout showed.
    const QString ics = dir->filePath(QStringLiteral("reviews.ics"));
    QCOMPARE(exportIcs(path, {QStringLiteral("-o"), ics}).exitCode, 0);
    QCOMPARE(test::fileBytes(ics), first.out.toUtf8());

    // Another day: another DTSTAMP (and perhaps states), the same events.
    const auto later = test::runSteward(
        {QStringLiteral("export"), path, QStringLiteral("--format=ics"), QStringLiteral("--today=2026-03-16")});
    QCOMPARE(later.exitCode, 0);
    QVERIFY(later.out.contains(QStringLiteral("DTSTAMP:20260316T000000Z\r\n")));
    QVERIFY(!later.out.contains(QStringLiteral("DTSTAMP:20260315T000000Z\r\n")));
    QCOMPARE(later.out.count(QStringLiteral("\r\nUID:")), first.out.count(QStringLiteral("\r\nUID:")));
}

void TestCliExportIcs::outputFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("-o") << QStringLiteral("-o");
    QTest::newRow("--output") << QStringLiteral("--output");
}

void TestCliExportIcs::outputFile()
{
    QFETCH(QString, option);
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    const QString ics = dir->filePath(QStringLiteral("reviews.ics"));
    test::writeBytes(ics, QByteArrayLiteral("an older export\n")); // replaced whole
    const auto result = exportIcs(path, {option, ics});
    QVERIFY2(result.exitCode == 0, describe(result));
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Wrote 8 review events to %1.\n").arg(ics));
    const QByteArray bytes = test::fileBytes(ics);
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(bytes.count("BEGIN:VEVENT\r\n"), 8);
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(test::dirEntries(dir->path()),
             (QStringList{QStringLiteral("known.steward"), QStringLiteral("reviews.ics")}));
}

void TestCliExportIcs::unwritableOutput_data()
{
    QTest::addColumn<QString>("output"); // relative to the temporary directory
    QTest::addColumn<QString>("message");
    QTest::newRow("folder missing") << QStringLiteral("missing/reviews.ics") << QStringLiteral("cannot write");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("cannot write");
    QTest::newRow("the inventory itself") << QStringLiteral("known.steward") << QStringLiteral("inventory itself");
}

void TestCliExportIcs::unwritableOutput()
{
    QFETCH(QString, output);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    QVERIFY(QDir(dir->path()).mkdir(QStringLiteral("folder")));
    const QByteArray before = test::fileBytes(path);
    const QStringList entries = test::dirEntries(dir->path());
    const QString target = dir->filePath(output);
    const auto result = exportIcs(path, {QStringLiteral("-o"), target});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(target)), describe(result));
    QVERIFY2(result.err.contains(message), describe(result));
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::dirEntries(dir->path()), entries);
}

void TestCliExportIcs::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("x.steward");
    const QString format = QStringLiteral("--format");
    const QString ics = QStringLiteral("ics");
    QTest::newRow("nothing") << QStringList{QStringLiteral("export")} << QStringLiteral("missing FILE");
    QTest::newRow("no format") << QStringList{QStringLiteral("export"), file} << QStringLiteral("needs --format");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), file, format, QStringLiteral("vcal")}
                                    << QStringLiteral("not \"vcal\"");
    QTest::newRow("bad date") << QStringList{QStringLiteral("export"),    file, format, ics, QStringLiteral("--today"),
                                             QStringLiteral("15/03/2026")}
                              << QStringLiteral("--today");
    QTest::newRow("-o without a value") << QStringList{QStringLiteral("export"), file, format, ics,
                                                       QStringLiteral("-o")}
                                        << QStringLiteral("--output needs a value");
    QTest::newRow("output twice") << QStringList{QStringLiteral("export"),
                                                 file,
                                                 format,
                                                 ics,
                                                 QStringLiteral("-o"),
                                                 QStringLiteral("a.ics"),
                                                 QStringLiteral("--output"),
                                                 QStringLiteral("b.ics")}
                                  << QStringLiteral("--output is given twice");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), file, format, ics, QStringLiteral("-x")}
                                    << QStringLiteral("unknown option -x");
    QTest::newRow("two files") << QStringList{QStringLiteral("export"), file, QStringLiteral("y.steward"), format, ics}
                               << QStringLiteral("unexpected argument y.steward");
    QTest::newRow("unknown object")
        << QStringList{QStringLiteral("export"), file, format, QStringLiteral("csv"), QStringLiteral("--object"),
                       QStringLiteral("things")}
        << QStringLiteral("--object is one of");
    QTest::newRow("object with ics")
        << QStringList{QStringLiteral("export"),    file, format, ics, QStringLiteral("--object"),
                       QStringLiteral("connectors")}
        << QStringLiteral("--object does not apply to --format ics");
}

void TestCliExportIcs::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const auto result = test::runSteward(args, dir->path());
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: ")), describe(result));
    QVERIFY2(result.err.contains(message), describe(result));
    QVERIFY2(result.err.contains(QStringLiteral("Try 'steward --help'.")), describe(result));
    QCOMPARE(test::dirEntries(dir->path()), QStringList());
}

void TestCliExportIcs::notAnInventory_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text file") << true << QByteArrayLiteral("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    QTest::newRow("empty file") << true << QByteArray();
    QTest::newRow("missing file") << false << QByteArray();
}

void TestCliExportIcs::notAnInventory()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, bytes);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("input.steward"));
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString ics = dir->filePath(QStringLiteral("out.ics"));
    const auto result = exportIcs(path, {QStringLiteral("-o"), ics});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(path)), describe(result));
    QVERIFY(result.err.endsWith(QLatin1Char('\n')));
    QVERIFY(!QFile::exists(ics));
    if (exists)
        QCOMPARE(test::fileBytes(path), bytes);
    QCOMPARE(test::dirEntries(dir->path()).size(), exists ? 1 : 0);
}

void TestCliExportIcs::inventoryUntouched()
{
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    const QByteArray before = test::fileBytes(path);
    const QStringList entries = test::dirEntries(dir->path());
    QCOMPARE(exportIcs(path).exitCode, 0);
    const auto elsewhere = test::makeTempDir();
    QCOMPARE(exportIcs(path, {QStringLiteral("-o"), elsewhere->filePath(QStringLiteral("r.ics"))}).exitCode, 0);
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::dirEntries(dir->path()), entries); // no journal, lock or backup left beside it
}

void TestCliExportIcs::exportsWhileTheEditorHoldsTheFile()
{
    const auto dir = test::makeTempDir();
    const QString path = knownInventory(*dir);
    const auto alone = exportIcs(path);
    QCOMPARE(alone.exitCode, 0);
    const auto editor = Store::open(path); // holds the write lock, as the editor does
    QVERIFY(!editor->isReadOnly());
    const auto held = exportIcs(path);
    QVERIFY2(held.exitCode == 0, describe(held));
    QCOMPARE(held.out, alone.out);
}

void TestCliExportIcs::helpListsExport()
{
    const auto result = test::runSteward({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains(QStringLiteral("steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]")),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("steward reconcile FILE CONFIG...")));
}

QTEST_GUILESS_MAIN(TestCliExportIcs)
#include "tst_cli_export_ics.moc"
