// Credentials are refused on every way in from the command line: each importer (JSON, policy-json,
// CSV of each object with free text) rejects a value that looks like a credential, exits 2 with a
// message naming the record and field, and leaves the file byte for byte as it was. (The editor's
// forms: tests/ui; the store and the detector itself: tests/core/tst_secrets.)
#include "clirunner.h"
#include "testsupport.h"

#include <QtTest>

using namespace steward;

namespace {

QString githubToken()
{
    return QStringLiteral("ghp_") + QStringLiteral("A1b2C3d4E5f6G7h8J9k0").repeated(2).left(36);
}

} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyImportRefuses_data();
    void everyImportRefuses();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pristine;
};

void TestCliSecrets::initTestCase()
{
    m_dir = test::makeTempDir();
    m_pristine = m_dir->filePath(QStringLiteral("pristine.steward"));
    const auto made =
        test::runSteward({QStringLiteral("new"), m_pristine, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(made.exitCode == 0, describe(made));
}

void TestCliSecrets::everyImportRefuses_data()
{
    QTest::addColumn<QStringList>("format"); // --format … [--object …]
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("field"); // what the message must name
    QTest::addColumn<QString>("kind");  // and what it took the value for

    const QByteArray token = githubToken().toUtf8();
    const QByteArray jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl";
    const QByteArray random = "Q7mZr2KdX9bLw4NcT1vHs8PyF3jGu6Ae0iRo";
    const QStringList csv{QStringLiteral("csv"), QStringLiteral("--object")};

    QTest::newRow("json: connector notes")
        << QStringList{QStringLiteral("json")}
        << QByteArray("{\"schema_version\": 1, \"connectors\": [{\"name\": \"Leaky\", \"notes\": \"token " + token +
                      "\"}]}")
        << QStringLiteral("notes") << QStringLiteral("GitHub token");
    QTest::newRow("json: person email")
        << QStringList{QStringLiteral("json")}
        << QByteArray("{\"schema_version\": 1, \"people\": [{\"name\": \"Eve\", \"email\": \"Bearer " + random +
                      "\"}]}")
        << QStringLiteral("email") << QStringLiteral("bearer token");
    QTest::newRow("policy-json: approver")
        << QStringList{QStringLiteral("policy-json")}
        << QByteArray("{\"connectors\": {\"crm\": {\"access\": \"read-only\", \"tier\": 1, \"approved_by\": \"" + jwt +
                      "\"}}}")
        << QStringLiteral("approved_by") << QStringLiteral("JSON Web Token");
    QTest::newRow("csv connectors: endpoint")
        << csv + QStringList{QStringLiteral("connectors")}
        << QByteArray("name,endpoint\r\nLeaky,https://mcp.example.com/sse?api_key=9f8e7d6c5b4a3210\r\n")
        << QStringLiteral("endpoint") << QStringLiteral("password or key");
    QTest::newRow("csv connectors: scope") << csv + QStringList{QStringLiteral("connectors")}
                                           << QByteArray("name,read_scopes\r\nLeaky,read:all " + random + "\r\n")
                                           << QStringLiteral("read_scopes") << QStringLiteral("random-looking");
    QTest::newRow("csv people: notes")
        << csv + QStringList{QStringLiteral("people")}
        << QByteArray("name,notes\r\nEve,\"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\"\r\n")
        << QStringLiteral("notes") << QStringLiteral("private key");
    QTest::newRow("csv workspaces: purpose") << csv + QStringList{QStringLiteral("workspaces")}
                                             << QByteArray("name,purpose\r\nLeaky,uses sk-ant-api03-" + random + "\r\n")
                                             << QStringLiteral("purpose") << QStringLiteral("Anthropic");
    QTest::newRow("csv skills: inputs") << csv + QStringList{QStringLiteral("skills")}
                                        << QByteArray("name,inputs\r\nLeaky,AKIAQWERTY234567QWER\r\n")
                                        << QStringLiteral("inputs") << QStringLiteral("AWS");
    QTest::newRow("csv incidents: description")
        << csv + QStringList{QStringLiteral("incidents")}
        << QByteArray("title,occurred_on,description\r\nLeak,2026-11-02,password=hunter22\r\n")
        << QStringLiteral("description") << QStringLiteral("password or key");
    QTest::newRow("csv requests: description")
        << csv + QStringList{QStringLiteral("requests")}
        << QByteArray(
               "title,kind,requested_on,description\r\nMore,connector,2026-11-02,xoxb-1234567890-abcdefghijklmnop\r\n")
        << QStringLiteral("description") << QStringLiteral("Slack");
    QTest::newRow("csv policy: section") << csv + QStringList{QStringLiteral("policy")}
                                         << QByteArray("field,value,detail\r\nsection,Keys,\"use " + token + "\"\r\n")
                                         << QStringLiteral("detail") << QStringLiteral("GitHub token");
}

void TestCliSecrets::everyImportRefuses()
{
    QFETCH(QStringList, format);
    QFETCH(QByteArray, input);
    QFETCH(QString, field);
    QFETCH(QString, kind);
    const QString path = m_dir->filePath(QStringLiteral("target.steward"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_pristine, path));
    const QByteArray before = test::fileBytes(path);
    const QString inputPath = m_dir->filePath(QStringLiteral("input"));
    test::writeBytes(inputPath, input);

    const auto result = test::runSteward(QStringList{QStringLiteral("import"), path, QStringLiteral("--format")} +
                                         format + QStringList{inputPath});
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(inputPath), describe(result));
    QVERIFY2(result.err.contains(field), describe(result));
    QVERIFY2(result.err.contains(kind), describe(result));
    // The message says what it is, never the value itself.
    QVERIFY2(!result.err.contains(githubToken()), describe(result));
    QCOMPARE(test::fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"
