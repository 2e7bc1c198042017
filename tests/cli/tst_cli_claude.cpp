// steward export --format claude-managed-settings|claude-managed-mcp of the sample inventory (built
// for a fixed day, so the output is the same every run) against the golden files in
// tests/golden/claude/, the notes included; a revoked or pending connector never allowed; the
// options; and what is exported reconciling cleanly with the inventory it came from.
//
// Regenerate the golden files after a deliberate change (then review the diff):
//     STEWARD_UPDATE_GOLDEN=1 ctest --test-dir build -R tst_cli_claude
#include "clirunner.h"
#include "templates/templates.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace steward;

class TestCliClaude : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFile_data();
    void matchesTheGoldenFile();
    void revokedAndPendingAreNeverAllowed();
    void writesOutputWithItsNotes();
    void usageErrors_data();
    void usageErrors();
    void exportsReconcileCleanly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sample;
    QByteArray m_sampleBytes;
};

namespace {

const QDate SampleDay(2026, 11, 22);

QString goldenPath(const QString& name)
{
    return QStringLiteral(STEWARD_GOLDEN_DIR "/claude/") + name;
}

void compareWithGolden(const QByteArray& bytes, const QString& golden)
{
    if (qEnvironmentVariableIsSet("STEWARD_UPDATE_GOLDEN")) {
        QDir().mkpath(QStringLiteral(STEWARD_GOLDEN_DIR "/claude"));
        test::writeBytes(goldenPath(golden), bytes);
        return;
    }
    QVERIFY2(QFile::exists(goldenPath(golden)),
             qPrintable(QStringLiteral("%1 is missing: STEWARD_UPDATE_GOLDEN=1 writes it").arg(golden)));
    const QByteArray expected = test::fileBytes(goldenPath(golden));
    if (bytes == expected)
        return;
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

QStringList entryTexts(const QJsonArray& entries)
{
    QStringList texts;
    for (const QJsonValue& entry : entries)
        texts.append(QString::fromUtf8(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact)));
    return texts;
}

} // namespace

void TestCliClaude::initTestCase()
{
    m_dir = test::makeTempDir();
    m_sample = m_dir->filePath(QStringLiteral("sample.steward"));
    {
        auto store = Store::create(m_sample);
        templates::fillSample(*store, SampleDay);
    }
    m_sampleBytes = test::fileBytes(m_sample);
}

void TestCliClaude::matchesTheGoldenFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("golden");
    QTest::newRow("managed-settings.json")
        << QStringList{QStringLiteral("--format"), QStringLiteral("claude-managed-settings")}
        << QStringLiteral("managed-settings.json");
    QTest::newRow("managed-settings.json, --managed-only")
        << QStringList{QStringLiteral("--managed-only"), QStringLiteral("--format"),
                       QStringLiteral("claude-managed-settings")}
        << QStringLiteral("managed-settings-managed-only.json");
    QTest::newRow("managed-mcp.json") << QStringList{QStringLiteral("--format"), QStringLiteral("claude-managed-mcp")}
                                      << QStringLiteral("managed-mcp.json");
}

void TestCliClaude::matchesTheGoldenFile()
{
    QFETCH(QStringList, options);
    QFETCH(QString, golden);
    const auto result = test::runSteward(QStringList{QStringLiteral("export"), m_sample} + options);
    QVERIFY2(result.exitCode == 0, describe(result));
    compareWithGolden(result.out.toUtf8(), golden);
    // The notes go to stderr, so stdout is the file to deploy and nothing else.
    compareWithGolden(result.err.toUtf8(), golden + QStringLiteral(".notes"));
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).isObject());
    // Exported from a file opened read-only: not a byte of it changed.
    QCOMPARE(test::fileBytes(m_sample), m_sampleBytes);
    if (qEnvironmentVariableIsSet("STEWARD_UPDATE_GOLDEN"))
        QSKIP("golden files written");
}

void TestCliClaude::revokedAndPendingAreNeverAllowed()
{
    const auto settings = test::runSteward(
        {QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("claude-managed-settings")});
    QCOMPARE(settings.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(settings.out.toUtf8()).object();
    const QStringList allowed = entryTexts(json.value(QStringLiteral("allowedMcpServers")).toArray());
    const QStringList denied = entryTexts(json.value(QStringLiteral("deniedMcpServers")).toArray());
    const QString revoked = QStringLiteral("{\"serverUrl\":\"https://mcp.fernhill.io/slack-notifier\"}");
    const QString pending = QStringLiteral("{\"serverUrl\":\"https://mcp.fernhill.io/salesforce\"}");
    const QString requested = QStringLiteral("{\"serverUrl\":\"https://mcp.box.com\"}");
    QVERIFY(!allowed.contains(revoked));
    QVERIFY(denied.contains(revoked));
    QVERIFY(!allowed.contains(pending));
    QVERIFY(!denied.contains(pending));
    QVERIFY(!allowed.contains(requested));
    // Confluence and Jira share Atlassian's server: one entry.
    QCOMPARE(allowed.count(QStringLiteral("{\"serverUrl\":\"https://mcp.atlassian.com/v1/sse\"}")), 1);
    QCOMPARE(allowed.size(), 12);

    const auto mcp = test::runSteward(
        {QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("claude-managed-mcp")});
    QCOMPARE(mcp.exitCode, 0);
    const QJsonObject servers =
        QJsonDocument::fromJson(mcp.out.toUtf8()).object().value(QStringLiteral("mcpServers")).toObject();
    QCOMPARE(servers.size(), 13);
    for (const QString& absent :
         {QStringLiteral("slack-notifier"), QStringLiteral("salesforce"), QStringLiteral("box")})
        QVERIFY2(!servers.contains(absent), qPrintable(absent));
}

void TestCliClaude::writesOutputWithItsNotes()
{
    const auto dir = test::makeTempDir();
    const QString out = dir->filePath(QStringLiteral("managed-mcp.json"));
    const auto toStdout = test::runSteward(
        {QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("claude-managed-mcp")});
    const auto toFile = test::runSteward({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                                          QStringLiteral("claude-managed-mcp"), QStringLiteral("-o"), out});
    QVERIFY2(toFile.exitCode == 0, describe(toFile));
    QCOMPARE(toFile.err, QString());
    QCOMPARE(test::fileBytes(out), toStdout.out.toUtf8());
    const QStringList lines = toFile.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.front(), QStringLiteral("Wrote the managed MCP configuration (servers: 13) to %1.").arg(out));
    // With a file to write, the notes follow the report on stdout, one per line.
    QCOMPARE(lines.size() - 1, toStdout.err.count(QLatin1Char('\n')));
    for (const QString& line : lines.mid(1))
        QVERIFY2(line.startsWith(QStringLiteral("note: ")), qPrintable(line));
    QVERIFY(toFile.out.contains(QStringLiteral("env GITHUB_CREDENTIALS is a placeholder")));
}

void TestCliClaude::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("--managed-only elsewhere")
        << QStringList{QStringLiteral("--format"), QStringLiteral("claude-managed-mcp"),
                       QStringLiteral("--managed-only")}
        << QStringLiteral("--managed-only applies to --format claude-managed-settings only");
    QTest::newRow("--managed-only with a value")
        << QStringList{QStringLiteral("--format"), QStringLiteral("claude-managed-settings"),
                       QStringLiteral("--managed-only=yes")}
        << QStringLiteral("--managed-only takes no value");
    QTest::newRow("--managed-only twice")
        << QStringList{QStringLiteral("--format"), QStringLiteral("claude-managed-settings"),
                       QStringLiteral("--managed-only"), QStringLiteral("--managed-only")}
        << QStringLiteral("--managed-only is given twice");
    QTest::newRow("--object") << QStringList{QStringLiteral("--format"), QStringLiteral("claude-managed-settings"),
                                             QStringLiteral("--object"), QStringLiteral("connectors")}
                              << QStringLiteral("--object does not apply to --format claude-managed-settings");
}

void TestCliClaude::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const QString out = dir->filePath(QStringLiteral("out.json"));
    const auto result =
        test::runSteward(QStringList{QStringLiteral("export"), m_sample, QStringLiteral("-o"), out} + options);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(message), describe(result));
    QVERIFY(!QFile::exists(out));
}

void TestCliClaude::exportsReconcileCleanly()
{
    const auto dir = test::makeTempDir();
    const QString settings = dir->filePath(QStringLiteral("managed-settings.json"));
    const QString mcp = dir->filePath(QStringLiteral("managed-mcp.json"));
    QCOMPARE(test::runSteward({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                               QStringLiteral("claude-managed-settings"), QStringLiteral("-o"), settings})
                 .exitCode,
             0);
    QCOMPARE(test::runSteward({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                               QStringLiteral("claude-managed-mcp"), QStringLiteral("-o"), mcp})
                 .exitCode,
             0);
    const auto result = test::runSteward({QStringLiteral("reconcile"), m_sample, mcp, settings});
    QVERIFY2(result.exitCode == 0, describe(result));
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.out.contains(QStringLiteral("errors: 0, warnings: 0, infos: 0")), describe(result));
}

QTEST_GUILESS_MAIN(TestCliClaude)
#include "tst_cli_claude.moc"
