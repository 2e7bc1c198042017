// steward export --format markdown|csv|html of the sample inventory (built for a fixed day, so the
// output is the same every run) against the golden files in tests/golden/, for every object and the
// whole inventory; and read by real clients: cmark-gfm renders a <table> for each table of the
// Markdown, Python's csv module reads each CSV back to the cells Steward's own reader sees.
//
// Regenerate the golden files after a deliberate change (then review the diff):
//     STEWARD_UPDATE_GOLDEN=1 ctest --test-dir build -R tst_cli_tables
#include "clirunner.h"
#include "import/csvreader.h"
#include "templates/templates.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace steward;

class TestCliTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFile_data();
    void matchesTheGoldenFile();
    void markdownRendersTables_data();
    void markdownRendersTables();
    void csvReadsBackInPython_data();
    void csvReadsBackInPython();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sample;
};

namespace {

const QDate SampleDay(2026, 11, 22);
const QStringList Objects{QStringLiteral("policy"),   QStringLiteral("workspaces"), QStringLiteral("connectors"),
                          QStringLiteral("skills"),   QStringLiteral("people"),     QStringLiteral("raci"),
                          QStringLiteral("requests"), QStringLiteral("incidents"),  QStringLiteral("reviews")};

QString goldenPath(const QString& name)
{
    return QStringLiteral(STEWARD_GOLDEN_DIR "/") + name;
}

QString extension(const QString& format)
{
    return format == QLatin1String("markdown") ? QStringLiteral("md") : format;
}

// The tables in the sample's documents: the policy's data classes and review tiers, one for every
// other object (the sample names nobody for the RACI roles, so there is no table of who holds them).
int tableCount(const QString& object)
{
    if (object.isEmpty())
        return 10;
    return object == QLatin1String("policy") ? 2 : 1;
}

QByteArray runProcess(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("%s: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

QList<QStringList> jsonRows(const QByteArray& json)
{
    QList<QStringList> rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(json).array()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

} // namespace

void TestCliTables::initTestCase()
{
    m_dir = test::makeTempDir();
    m_sample = m_dir->filePath(QStringLiteral("sample.steward")); // the name is in the documents' title
    auto store = Store::create(m_sample);
    templates::fillSample(*store, SampleDay);
    if (QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty())
        QFAIL("cmark-gfm is not installed (packaging/dev test installs it)");
}

void TestCliTables::matchesTheGoldenFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("object"); // "" for the whole inventory
    QTest::addColumn<QString>("golden");
    for (const char* format : {"markdown", "html"})
        QTest::newRow(qPrintable(QStringLiteral("inventory.%1").arg(extension(QLatin1String(format)))))
            << QString::fromLatin1(format) << QString()
            << QStringLiteral("inventory.%1").arg(extension(QLatin1String(format)));
    for (const char* format : {"markdown", "csv", "html"}) {
        for (const QString& object : Objects) {
            const QString golden = QStringLiteral("%1.%2").arg(object, extension(QLatin1String(format)));
            QTest::newRow(qPrintable(golden)) << QString::fromLatin1(format) << object << golden;
        }
    }
}

void TestCliTables::matchesTheGoldenFile()
{
    QFETCH(QString, format);
    QFETCH(QString, object);
    QFETCH(QString, golden);
    QStringList args{QStringLiteral("export"), m_sample, QStringLiteral("--format"), format};
    if (!object.isEmpty())
        args << QStringLiteral("--object") << object;
    const auto result = test::runSteward(args);
    QVERIFY2(result.exitCode == 0, describe(result));
    QCOMPARE(result.err, QString());
    const QByteArray bytes = result.outBytes;
    if (qEnvironmentVariableIsSet("STEWARD_UPDATE_GOLDEN")) {
        QDir().mkpath(QStringLiteral(STEWARD_GOLDEN_DIR));
        test::writeBytes(goldenPath(golden), bytes);
        QSKIP("golden file written");
    }
    QVERIFY2(QFile::exists(goldenPath(golden)),
             qPrintable(QStringLiteral("%1 is missing: STEWARD_UPDATE_GOLDEN=1 writes it").arg(golden)));
    const QByteArray expected = test::fileBytes(goldenPath(golden));
    if (bytes != expected) {
        // The first line that differs, rather than two whole documents.
        const QList<QByteArray> got = bytes.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
            if (got.value(i) != want.value(i))
                QFAIL(qPrintable(QStringLiteral("%1, line %2:\n  got:  %3\n  want: %4")
                                     .arg(golden)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(got.value(i)), QString::fromUtf8(want.value(i)))));
        }
    }
    // -o writes the same bytes to a file.
    const QString out = m_dir->filePath(golden);
    const auto toFile = test::runSteward(args + QStringList{QStringLiteral("-o"), out});
    QVERIFY2(toFile.exitCode == 0, describe(toFile));
    QCOMPARE(test::fileBytes(out), bytes);
}

void TestCliTables::markdownRendersTables_data()
{
    QTest::addColumn<QString>("object");
    QTest::newRow("inventory") << QString();
    for (const QString& object : Objects)
        QTest::newRow(qPrintable(object)) << object;
}

void TestCliTables::markdownRendersTables()
{
    QFETCH(QString, object);
    const QString name = (object.isEmpty() ? QStringLiteral("inventory") : object);
    const QByteArray markdown = test::fileBytes(goldenPath(name + QStringLiteral(".md")));
    QVERIFY(!markdown.isEmpty());
    const QByteArray html =
        runProcess(QStringLiteral("cmark-gfm"),
                   {QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table")}, markdown);
    QCOMPARE(int(html.count("<table>")), tableCount(object));
    // The HTML export holds the same tables, with the same cells.
    const QByteArray ownHtml = test::fileBytes(goldenPath(name + QStringLiteral(".html")));
    const QStringList script{QStringLiteral(STEWARD_TABLE_CELLS_SCRIPT)};
    const QByteArray fromMarkdown = runProcess(QStringLiteral("/usr/bin/python3"), script, html);
    const QByteArray fromHtml = runProcess(QStringLiteral("/usr/bin/python3"), script, ownHtml);
    QVERIFY(!fromMarkdown.isEmpty());
    // Cells of Markdown are trimmed by the renderer; the HTML's are as written, and trimmed already.
    QCOMPARE(QJsonDocument::fromJson(fromHtml), QJsonDocument::fromJson(fromMarkdown));
}

void TestCliTables::csvReadsBackInPython_data()
{
    QTest::addColumn<QString>("object");
    for (const QString& object : Objects)
        QTest::newRow(qPrintable(object)) << object;
    QTest::newRow("audit") << QStringLiteral("audit");
}

void TestCliTables::csvReadsBackInPython()
{
    QFETCH(QString, object);
    QByteArray csv;
    qsizetype auditRows = -1;
    if (object == QLatin1String("audit")) {
        // Not golden (it holds the time of every change): read back, one row per audit entry.
        const auto result =
            test::runSteward({QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--object"), object, QStringLiteral("--excel")});
        QVERIFY2(result.exitCode == 0, describe(result));
        csv = result.outBytes;
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "seq,at,actor,entity,entity_id,action,field,old_value,new_value,"));
        auditRows = qsizetype(Store::open(m_sample, Store::Mode::ReadOnly)->auditTrail().size());
    } else {
        csv = test::fileBytes(goldenPath(object + QStringLiteral(".csv")));
    }
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> python =
        jsonRows(runProcess(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STEWARD_CSV_CELLS_SCRIPT)}, csv));
    QList<QStringList> steward;
    csv::Reader reader(csv);
    csv::Record record;
    while (reader.next(record)) {
        QStringList cells;
        for (const csv::Cell& cell : record.cells)
            cells.append(cell.text);
        steward.append(cells);
    }
    QVERIFY(!reader.error());
    QVERIFY(python.size() > 1);
    if (auditRows >= 0)
        QCOMPARE(python.size(), auditRows + 1);
    // Python keeps a value's line breaks as written; Steward writes them as \n, so they agree.
    QCOMPARE(python, steward);
    for (const QStringList& row : python)
        QCOMPARE(row.size(), python.front().size());
}

QTEST_GUILESS_MAIN(TestCliTables)
#include "tst_cli_tables.moc"
