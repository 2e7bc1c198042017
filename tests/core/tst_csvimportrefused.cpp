// importCsv refuses, whole: every malformed file — bad syntax, a wrong type, an unknown value of an
// enumeration, a name given twice, a reference to nothing, absurd size — is an error naming its
// line, column, row and field, and leaves the file byte for byte as it was (and the inventory as its
// JSON export shows it). Errors are all listed, in the order of the file. Mutated exports never
// crash the importer.
#include "csvtestsupport.h"

#include <QRandomGenerator>

using namespace steward;
using imports::ImportReport;

class TestCsvImportRefused : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void errorsAreListedInOrder();
    void absurdSizes();
    void mutatedExportsNeverCrash_data();
    void mutatedExportsNeverCrash();

private:
    // The consistent sample, made once: each case works on a copy of it.
    std::unique_ptr<QTemporaryDir> m_templateDir;
    QString m_template;
};

namespace {

// A copy of the template inventory in its own directory.
struct Copy
{
    explicit Copy(const QString& from)
    {
        QFile::copy(from, inventory.path() + QStringLiteral(".tmp"));
        inventory.close();
        QFile::remove(inventory.path());
        QFile::rename(inventory.path() + QStringLiteral(".tmp"), inventory.path());
        inventory.reopen();
    }
    test::TempInventory inventory;
};

} // namespace

void TestCsvImportRefused::initTestCase()
{
    m_templateDir = test::makeTempDir();
    m_template = m_templateDir->filePath(QStringLiteral("sample.steward"));
    auto store = Store::create(m_template);
    test::fillConsistentSample(*store);
}

void TestCsvImportRefused::refused_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString connectors = QStringLiteral("connectors");
    QTest::newRow("empty file") << connectors << QByteArray() << 0 << 0 << QString()
                                << QStringLiteral("the file is empty");
    QTest::newRow("blank lines only") << connectors << QByteArray("\r\n,,\r\n") << 0 << 0 << QString()
                                      << QStringLiteral("the file is empty");
    QTest::newRow("tier out of range") << connectors << QByteArray("name,tier\nSlack,7\n") << 2 << 7
                                       << QStringLiteral("tier (column B)") << QStringLiteral("7 is outside 1 to 3");
    QTest::newRow("tier as a word") << connectors << QByteArray("name,tier\nSlack,three\n") << 2 << 7
                                    << QStringLiteral("tier (column B)") << QStringLiteral("not a whole number");
    QTest::newRow("unknown access") << connectors << QByteArray("name,access\r\nSlack,read\r\n") << 2 << 7
                                    << QStringLiteral("access (column B)")
                                    << QStringLiteral("\u201cread\u201d is not one of read-only, read-write");
    QTest::newRow("unknown status") << connectors << QByteArray("name,status\nSlack,active\n") << 2 << 7
                                    << QStringLiteral("status")
                                    << QStringLiteral("requested, approved, pending-reapproval, revoked");
    QTest::newRow("external maybe") << connectors << QByteArray("name,external\nSlack,maybe\n") << 2 << 7
                                    << QStringLiteral("external") << QStringLiteral("neither yes nor no");
    QTest::newRow("date as a spreadsheet shows it")
        << connectors << QByteArray("name,approved_on\nSlack,14/02/2026\n") << 2 << 7 << QStringLiteral("approved_on")
        << QStringLiteral("dates are written YYYY-MM-DD");
    QTest::newRow("no such day") << connectors << QByteArray("name,last_reviewed\nSlack,2026-02-30\n") << 2 << 7
                                 << QStringLiteral("last_reviewed") << QStringLiteral("is no date");
    QTest::newRow("unknown cadence") << connectors << QByteArray("name,cadence\nSlack,fortnightly\n") << 2 << 7
                                     << QStringLiteral("cadence") << QStringLiteral("is not a cadence");
    QTest::newRow("unknown transport") << connectors << QByteArray("name,transport\nSlack,ftp\n") << 2 << 7
                                       << QStringLiteral("transport") << QStringLiteral("stdio, http, sse");
    QTest::newRow("a name twice") << connectors << QByteArray("name,notes\nSlack,a\nJira,b\nSlack,c\n") << 4 << 1
                                  << QStringLiteral("name (column A)")
                                  << QStringLiteral("\u201cSlack\u201d is already in row 2");
    QTest::newRow("empty name") << connectors << QByteArray("name,notes\n,x\n") << 2 << 1 << QStringLiteral("name")
                                << QStringLiteral("the name cannot be empty");
    QTest::newRow("no name column") << connectors << QByteArray("system,notes\nX,y\n") << 1 << 1 << QString()
                                    << QStringLiteral("the file has no column name");
    QTest::newRow("a column twice") << connectors << QByteArray("name,notes,Notes\nSlack,a,b\n") << 1 << 12
                                    << QStringLiteral("Notes (column C)") << QStringLiteral("is already column B");
    QTest::newRow("a scope to read and write")
        << connectors << QByteArray("name,read_scopes,write_scopes\nSlack,a b,b\n") << 2 << 11
        << QStringLiteral("write_scopes") << QStringLiteral("both to read and to write");
    QTest::newRow("a scope twice") << connectors << QByteArray("name,read_scopes\nSlack,a b a\n") << 2 << 7
                                   << QStringLiteral("read_scopes") << QStringLiteral("listed twice");
    QTest::newRow("an unquoted comma shifts the row")
        << connectors << QByteArray("name,notes\nSlack,HR, Board\n") << 2 << 10 << QStringLiteral("column C")
        << QStringLiteral("more values than the header has columns (2)");
    QTest::newRow("a quote never closed") << connectors << QByteArray("name,notes\nSlack,\"HR\nBoard\n") << 2 << 7
                                          << QString() << QStringLiteral("never closed");
    QTest::newRow("text after a closing quote") << connectors << QByteArray("name,notes\nSlack,\"HR\" Board\n") << 2
                                                << 12 << QString() << QStringLiteral("after the closing quote");
    QTest::newRow("Latin-1") << connectors << QByteArray("name,notes\nZ\xFCrich,x\n") << 2 << 2 << QString()
                             << QStringLiteral("not UTF-8");
    QTest::newRow("a workbook") << connectors << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << 0 << 0 << QString()
                                << QStringLiteral("workbook");
    QTest::newRow("a credential in the notes")
        << connectors << QByteArray("name,notes\nSlack,ghp_abcdefghijklmnopqrstuvwxyz0123456789AB\n") << 2 << 7
        << QStringLiteral("notes") << QStringLiteral("a GitHub token");

    const QString skills = QStringLiteral("skills");
    QTest::newRow("skill: unknown connector")
        << skills << QByteArray("name,connectors\nDigest,\"Slack\nNope\"\n") << 2 << 8 << QStringLiteral("connectors")
        << QStringLiteral("no connector named \u201cNope\u201d");
    QTest::newRow("skill: a connector twice") << skills << QByteArray("name,connectors\nDigest,\"Slack\nSlack\"\n") << 2
                                              << 8 << QStringLiteral("connectors") << QStringLiteral("listed twice");
    QTest::newRow("skill: unknown status") << skills << QByteArray("name,status\nDigest,retired\n") << 2 << 8
                                           << QStringLiteral("status") << QStringLiteral("draft, active, deprecated");

    const QString workspaces = QStringLiteral("workspaces");
    QTest::newRow("workspace: negative seats") << workspaces << QByteArray("name,seats\nW,-1\n") << 2 << 3
                                               << QStringLiteral("seats") << QStringLiteral("outside 0 to 10000000");
    QTest::newRow("workspace: fractional seats") << workspaces << QByteArray("name,seats\nW,12.5\n") << 2 << 3
                                                 << QStringLiteral("seats") << QStringLiteral("not a whole number");
    QTest::newRow("workspace: seats with a thousands separator")
        << workspaces << QByteArray("name,seats\nW,\"1,200\"\n") << 2 << 3 << QStringLiteral("seats")
        << QStringLiteral("not a whole number");
    QTest::newRow("workspace: five parts to a task")
        << workspaces << QByteArray("name,tasks\nW,a | b | c | yes | x\n") << 2 << 3 << QStringLiteral("tasks")
        << QStringLiteral("is not a task");
    QTest::newRow("workspace: task active maybe") << workspaces << QByteArray("name,tasks\nW,a | b |  | maybe\n") << 2
                                                  << 3 << QStringLiteral("tasks") << QStringLiteral("yes or no");
    QTest::newRow("workspace: task without a name") << workspaces << QByteArray("name,tasks\nW, | daily\n") << 2 << 3
                                                    << QStringLiteral("tasks") << QStringLiteral("has no name");
    QTest::newRow("workspace: unknown skill") << workspaces << QByteArray("name,skills\nW,Nope\n") << 2 << 3
                                              << QStringLiteral("skills") << QStringLiteral("no skill named");
    QTest::newRow("workspace: unknown data class")
        << workspaces << QByteArray("name,data_class\nW,secret\n") << 2 << 3 << QStringLiteral("data_class")
        << QStringLiteral("public, internal, confidential, restricted");

    const QString people = QStringLiteral("people");
    QTest::newRow("people: a name twice") << people << QByteArray("name\nAda\nBo\nAda\n") << 4 << 1
                                          << QStringLiteral("name") << QStringLiteral("already in row 2");

    const QString raci = QStringLiteral("raci");
    QTest::newRow("raci: not letters") << raci << QByteArray("activity,Sponsor\nReview,X\n") << 2 << 8
                                       << QStringLiteral("Sponsor (column B)")
                                       << QStringLiteral("\u201cX\u201d is not RACI letters");
    QTest::newRow("raci: no activity column") << raci << QByteArray("role,Sponsor\nReview,A\n") << 1 << 1 << QString()
                                              << QStringLiteral("no activity column");
    QTest::newRow("raci: an activity twice") << raci << QByteArray("activity,S\nReview,A\nReview,R\n") << 3 << 1
                                             << QStringLiteral("activity") << QStringLiteral("already in row 2");
    QTest::newRow("raci: holders twice") << raci << QByteArray("activity,S\n(held by),Ada\n(HELD BY),Bo\n") << 3 << 1
                                         << QStringLiteral("activity") << QStringLiteral("given twice");
    QTest::newRow("raci: letters without an activity")
        << raci << QByteArray("activity,S\n,R\n") << 2 << 1 << QStringLiteral("activity")
        << QStringLiteral("the activity is empty");
    QTest::newRow("raci: a role twice") << raci << QByteArray("activity,IT,it\n") << 1 << 13 << QStringLiteral("it")
                                        << QStringLiteral("already column B");

    const QString policy = QStringLiteral("policy");
    QTest::newRow("policy: unknown data class") << policy << QByteArray("field,value\ndata_class.secret,allowed\n") << 2
                                                << 1 << QStringLiteral("field") << QStringLiteral("not a data class");
    QTest::newRow("policy: review tier 4") << policy << QByteArray("field,value\nreview_tier.4,x\n") << 2 << 1
                                           << QStringLiteral("field") << QStringLiteral("review_tier.1");
    QTest::newRow("policy: a field twice") << policy << QByteArray("field,value\ntitle,A\nTitle,B\n") << 3 << 1
                                           << QStringLiteral("field") << QStringLiteral("already in row 2");
    QTest::newRow("policy: unknown status") << policy << QByteArray("field,value\nstatus,final\n") << 2 << 8
                                            << QStringLiteral("value") << QStringLiteral("draft, approved");
    QTest::newRow("policy: unknown permission")
        << policy << QByteArray("field,value\ndata_class.public,maybe\n") << 2 << 19 << QStringLiteral("value")
        << QStringLiteral("allowed, conditional, forbidden");
    QTest::newRow("policy: a prohibited use twice")
        << policy << QByteArray("field,value\nprohibited_uses,\"a\na\"\n") << 2 << 17 << QStringLiteral("value")
        << QStringLiteral("listed twice");
    QTest::newRow("policy: no value column")
        << policy << QByteArray("field\ntitle\n") << 1 << 1 << QString() << QStringLiteral("no column value");
    QTest::newRow("policy: empty field") << policy << QByteArray("field,value\n,x\n") << 2 << 1
                                         << QStringLiteral("field") << QStringLiteral("the field is empty");
    QTest::newRow("policy: approval date") << policy << QByteArray("field,value\napproved_on,soon\n") << 2 << 13
                                           << QStringLiteral("value") << QStringLiteral("is no date");

    const QString requests = QStringLiteral("requests");
    QTest::newRow("request: unknown kind")
        << requests << QByteArray("title,kind,requested_on\nX,idea,2026-01-01\n") << 2 << 3 << QStringLiteral("kind")
        << QStringLiteral("connector, skill, scope-change, workflow");
    QTest::newRow("request: no kind column") << requests << QByteArray("title,requested_on\nX,2026-01-01\n") << 1 << 1
                                             << QString() << QStringLiteral("no column kind");
    QTest::newRow("request: no kind") << requests << QByteArray("title,kind,requested_on\nX,,2026-01-01\n") << 2 << 3
                                      << QStringLiteral("kind") << QStringLiteral("needs its kind");

    const QString incidents = QStringLiteral("incidents");
    QTest::newRow("incident: unknown severity")
        << incidents << QByteArray("title,occurred_on,severity\nX,2026-01-01,huge\n") << 2 << 14
        << QStringLiteral("severity") << QStringLiteral("low, medium, high, critical");
    QTest::newRow("incident: unknown workspace")
        << incidents << QByteArray("title,occurred_on,workspaces\nX,2026-01-01,Nowhere\n") << 2 << 14
        << QStringLiteral("workspaces") << QStringLiteral("no workspace named");

    const QString reviews = QStringLiteral("reviews");
    const QByteArray reviewHeader("subject_type,subject,reviewed_on,reviewer\n");
    QTest::newRow("review: unknown kind of subject")
        << reviews << reviewHeader + "thing,X,2026-01-01,\n"
        << 2 << 1 << QStringLiteral("subject_type") << QStringLiteral("workspace, connector, skill, governance");
    QTest::newRow("review: unknown subject")
        << reviews << reviewHeader + "connector,Nope,2026-01-01,\n"
        << 2 << 11 << QStringLiteral("subject") << QStringLiteral("no connector named");
    QTest::newRow("review: unknown governance object")
        << reviews << reviewHeader + "governance,budget,2026-01-01,\n"
        << 2 << 12 << QStringLiteral("subject")
        << QStringLiteral("governance objects are policy, workspaces, connectors, skills");
    QTest::newRow("review: no day") << reviews << reviewHeader + "connector,Slack,,\n"
                                    << 2 << 17 << QStringLiteral("reviewed_on") << QStringLiteral("needs the day");
    QTest::newRow("review: no reviewer column") << reviews << QByteArray("subject_type,subject,reviewed_on\n") << 1 << 1
                                                << QString() << QStringLiteral("no column reviewer");

    QTest::newRow("audit") << QStringLiteral("audit") << QByteArray("seq\n1\n") << 0 << 0 << QString()
                           << QStringLiteral("cannot be imported");
}

void TestCsvImportRefused::refused()
{
    QFETCH(QString, object);
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Copy copy(m_template);
    const ImportReport report = test::importChecked(copy.inventory, *parseObject(object), csv);
    QVERIFY2(!report.ok(), qPrintable(test::issuesText(report)));
    const imports::ImportIssue& first = report.errors().front();
    QVERIFY2(first.message.contains(message), qPrintable(test::issuesText(report)));
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QVERIFY2(first.field.startsWith(field), qPrintable(first.field));
}

void TestCsvImportRefused::errorsAreListedInOrder()
{
    Copy copy(m_template);
    const QByteArray csv(
        "name,tier,access\r\nSlack,4,read-only\r\nJira,1,writes\r\nGitHub,x,y\r\nSlack,3,read-only\r\n");
    const ImportReport report = test::importChecked(copy.inventory, InventoryObject::Connectors, csv);
    QStringList places;
    for (const imports::ImportIssue& issue : report.errors())
        places.append(QStringLiteral("%1:%2 %3").arg(issue.line).arg(issue.column).arg(issue.field));
    QCOMPARE(places, (QStringList{QStringLiteral("2:7 tier (column B)"), QStringLiteral("3:8 access (column C)"),
                                  QStringLiteral("4:8 tier (column B)"), QStringLiteral("4:10 access (column C)"),
                                  QStringLiteral("5:1 name (column A)")}));
    QCOMPARE(report.errors()[2].record, QStringLiteral("row 4 \u201cGitHub\u201d"));
}

void TestCsvImportRefused::absurdSizes()
{
    Copy copy(m_template);
    // Beyond 50 errors the rest are counted, not kept.
    QByteArray csv("name,tier\n");
    for (int i = 0; i < 200; ++i)
        csv += "X" + QByteArray::number(i) + ",9\n";
    ImportReport report = test::importChecked(copy.inventory, InventoryObject::Connectors, csv);
    QCOMPARE(report.errorCount(), 200);
    QCOMPARE(report.errors().size(), std::size_t(ImportReport::maxErrors));
    // A value of more than a MiB, a row of more than a thousand values, more than 256 MiB in all.
    report = test::importChecked(copy.inventory, InventoryObject::People,
                                 "name,notes\nAda,\"" + QByteArray(2 << 20, 'x') + "\"\n");
    QVERIFY(report.errors().front().message.contains(QStringLiteral("longer than 1 MiB")));
    QCOMPARE(report.errors().front().line, 2);
    report = test::importChecked(copy.inventory, InventoryObject::People, "name" + QByteArray(5000, ',') + "\n");
    QVERIFY(report.errors().front().message.contains(QStringLiteral("more than 1000 values")));
    QByteArray huge;
    huge.resize((qint64(256) << 20) + 1);
    huge.fill('a');
    report = imports::importCsv(copy.inventory.store(), InventoryObject::People, huge);
    QVERIFY(report.errors().front().message.contains(QStringLiteral("larger than 256 MiB")));
}

void TestCsvImportRefused::mutatedExportsNeverCrash_data()
{
    QTest::addColumn<QString>("object");
    for (InventoryObject object : documentObjects())
        QTest::newRow(qPrintable(objectKey(object))) << objectKey(object);
}

void TestCsvImportRefused::mutatedExportsNeverCrash()
{
    QFETCH(QString, object);
    const InventoryObject which = *parseObject(object);
    Copy copy(m_template);
    const QByteArray original = exports::csvExport(copy.inventory.store(), which);
    QRandomGenerator random(quint32(qHash(object)));
    const QByteArray inserts[] = {"\"", ",", "\r\n", "\n", "\xFF", "\xC3", "=", "yes", "9", QByteArray(1, '\0'), ";"};
    for (int round = 0; round < 25; ++round) {
        QByteArray csv = original;
        for (int edits = 1 + random.bounded(4); edits > 0 && !csv.isEmpty(); --edits) {
            const int at = random.bounded(int(csv.size()));
            switch (random.bounded(4)) {
            case 0:
                csv.remove(at, 1 + random.bounded(8));
                break;
            case 1:
                csv.insert(at, inserts[random.bounded(int(std::size(inserts)))]);
                break;
            case 2:
                csv.insert(at, csv.mid(random.bounded(int(csv.size())), random.bounded(40)));
                break;
            default:
                csv.truncate(at);
                break;
            }
        }
        const ImportReport report = test::importChecked(copy.inventory, which, csv);
        for (const imports::ImportIssue& issue : report.errors())
            QVERIFY(!issue.message.isEmpty() && issue.line >= 0 && issue.column >= 0);
    }
}

QTEST_GUILESS_MAIN(TestCsvImportRefused)
#include "tst_csvimportrefused.moc"
