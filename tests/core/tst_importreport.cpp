// ImportReport: counts per kind of row in the order first met, errors beyond the limit counted but
// not kept, and the lines people read: "INPUT:LINE:COLUMN: record R, field F: message".
#include "import/importreport.h"

#include <QtTest>

using namespace steward::imports;

Q_DECLARE_METATYPE(steward::imports::ImportIssue)

class TestImportReport : public QObject
{
    Q_OBJECT

private slots:
    void countsPerKindOfRow();
    void issueText_data();
    void issueText();
    void errorsBeyondTheLimitAreCounted();
    void reportText();
};

void TestImportReport::countsPerKindOfRow()
{
    ImportReport report;
    report.count(QStringLiteral("people"), Outcome::Added);
    report.count(QStringLiteral("connectors"), Outcome::Unchanged);
    report.count(QStringLiteral("people"), Outcome::Updated);
    report.count(QStringLiteral("people"), Outcome::Added);
    QCOMPARE(report.objects().size(), std::size_t(2));
    QCOMPARE(report.objects()[0].first, QStringLiteral("people"));
    QCOMPARE(report.counts(QStringLiteral("people")), (ImportCounts{2, 1, 0}));
    QCOMPARE(report.counts(QStringLiteral("skills")), ImportCounts());
    QCOMPARE(report.total(), (ImportCounts{2, 1, 1}));
    QVERIFY(report.ok());
    report.fail({QStringLiteral("bad")});
    QVERIFY(!report.ok());
    report.clearCounts();
    QCOMPARE(report.total(), ImportCounts());
    QCOMPARE(report.errors().size(), std::size_t(1));
}

void TestImportReport::issueText_data()
{
    QTest::addColumn<ImportIssue>("issue");
    QTest::addColumn<QString>("text");
    QTest::newRow("everything") << ImportIssue(QStringLiteral("bad tier"),
                                               QStringLiteral("connectors[3] \u201cX\u201d"), QStringLiteral("tier"),
                                               12, 7)
                                << QStringLiteral(
                                       "in.json:12:7: record connectors[3] \u201cX\u201d, field tier: bad tier");
    QTest::newRow("no column") << ImportIssue(QStringLiteral("m"), QStringLiteral("line 4"), {}, 4, 0)
                               << QStringLiteral("in.json:4: record line 4: m");
    QTest::newRow("no place") << ImportIssue(QStringLiteral("m"), QStringLiteral("policy"), QStringLiteral("status"))
                              << QStringLiteral("in.json: record policy, field status: m");
    QTest::newRow("field only") << ImportIssue(QStringLiteral("m"), {}, QStringLiteral("prohibited[1]"), 1, 3)
                                << QStringLiteral("in.json:1:3: field prohibited[1]: m");
    QTest::newRow("message only") << ImportIssue(QStringLiteral("not valid JSON"), {}, {}, 2, 5)
                                  << QStringLiteral("in.json:2:5: not valid JSON");
}

void TestImportReport::issueText()
{
    QFETCH(ImportIssue, issue);
    QFETCH(QString, text);
    QCOMPARE(steward::imports::issueText(QStringLiteral("in.json"), issue), text);
}

void TestImportReport::errorsBeyondTheLimitAreCounted()
{
    ImportReport report;
    for (int i = 0; i < ImportReport::maxErrors + 7; ++i)
        report.fail({QString::number(i)});
    QCOMPARE(report.errors().size(), std::size_t(ImportReport::maxErrors));
    QCOMPARE(report.errorCount(), ImportReport::maxErrors + 7);
    QVERIFY(report.errorLimitReached());
    for (int i = 0; i < ImportReport::maxWarnings + 3; ++i)
        report.warn({QString::number(i)});
    QCOMPARE(report.warnings().size(), std::size_t(ImportReport::maxWarnings));
    QCOMPARE(report.warningCount(), ImportReport::maxWarnings + 3);
    const QString text = steward::imports::reportText(report, QStringLiteral("in.json"), QStringLiteral("inv.steward"));
    QVERIFY(text.startsWith(QStringLiteral("Imported in.json into inv.steward: added 0, updated 0, unchanged 0; "
                                           "warnings: 503\n")));
    QVERIFY(text.endsWith(QStringLiteral("in.json: and 3 more warnings not shown\n")));
}

void TestImportReport::reportText()
{
    ImportReport report;
    report.count(QStringLiteral("people"), Outcome::Added);
    report.count(QStringLiteral("connectors"), Outcome::Updated);
    report.warn({QStringLiteral("raised to 3."), QStringLiteral("connectors[0] \u201cX\u201d"), {}, 9, 5});
    QCOMPARE(steward::imports::reportText(report, QStringLiteral("in.json"), QStringLiteral("inv.steward")),
             QStringLiteral("Imported in.json into inv.steward: added 1, updated 1, unchanged 0; warnings: 1\n"
                            "  people: added 1, updated 0, unchanged 0\n"
                            "  connectors: added 0, updated 1, unchanged 0\n"
                            "in.json:9:5: warning: record connectors[0] \u201cX\u201d: raised to 3.\n"));
}

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
