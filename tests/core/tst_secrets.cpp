// rules::secretReason on credentials of every kind it knows and on the scope strings and prose it
// must leave alone, and the store refusing such text in any field without writing anything.
// Tokens are assembled at run time from repeated parts, so no string here is a real credential.
#include "coretest.h"
#include "rules/secrets.h"
#include "templates/templates.h"

#include <QtTest>

using namespace steward;

namespace {

// `count` characters cycling through `alphabet`.
QString filler(int count, const QString& alphabet = QStringLiteral("A1b2C3d4E5f6G7h8J9k0"))
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(alphabet.at(i % alphabet.size()));
    return text;
}

QString githubToken()
{
    return QStringLiteral("ghp_") + filler(36);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesCredentials_data();
    void recognisesCredentials();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void connectorNotesAreRefused();
    void scopeStringIsRefused();
    void personEmailIsRefused();
    void updateIsRefusedAndRowKept();
    void messageNeverRepeatsTheSecret();
    void sampleAndDemoPass();
};

void TestSecrets::recognisesCredentials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QString jwt =
        QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.") + filler(43);
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer ") + filler(32)
                                   << QStringLiteral("bearer token");
    QTest::newRow("bearer lower case") << QStringLiteral("curl -H 'bearer ") + filler(40) + QStringLiteral("'")
                                       << QStringLiteral("bearer token");
    QTest::newRow("bearer with dots") << QStringLiteral("Bearer ab.cd/ef+gh~ij.kl/mn+op~qr.st")
                                      << QStringLiteral("bearer token");
    QTest::newRow("rsa key") << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIEow")
                             << QStringLiteral("private key");
    QTest::newRow("pkcs8 key") << QStringLiteral("-----BEGIN PRIVATE KEY-----") << QStringLiteral("private key");
    QTest::newRow("openssh key") << QStringLiteral("see -----BEGIN OPENSSH PRIVATE KEY----- below")
                                 << QStringLiteral("private key");
    QTest::newRow("pgp key") << QStringLiteral("-----BEGIN PGP PRIVATE KEY BLOCK-----")
                             << QStringLiteral("private key");
    QTest::newRow("aws akia") << QStringLiteral("key AKIA") + filler(16, QStringLiteral("QWERTY234567"))
                              << QStringLiteral("AWS access key");
    QTest::newRow("aws asia") << QStringLiteral("ASIA") + filler(16, QStringLiteral("ZXCV9876")) + QStringLiteral(",")
                              << QStringLiteral("AWS access key");
    QTest::newRow("github ghp") << githubToken() << QStringLiteral("GitHub token");
    for (const QString& prefix :
         {QStringLiteral("gho_"), QStringLiteral("ghu_"), QStringLiteral("ghs_"), QStringLiteral("ghr_")})
        QTest::addRow("github %s", qPrintable(prefix)) << prefix + filler(36) << QStringLiteral("GitHub token");
    QTest::newRow("github fine-grained") << QStringLiteral("github_pat_11") + filler(20) + QStringLiteral("_") +
                                                filler(59)
                                         << QStringLiteral("GitHub token");
    for (const QString& prefix : {QStringLiteral("xoxb-"), QStringLiteral("xoxp-"), QStringLiteral("xoxa-2-")})
        QTest::addRow("slack %s", qPrintable(prefix))
            << prefix + QStringLiteral("123456789012-1234567890123-") + filler(24) << QStringLiteral("Slack token");
    QTest::newRow("slack app") << QStringLiteral("xapp-1-A0123456789-1234567890123-") +
                                      filler(64, QStringLiteral("0f9e"))
                               << QStringLiteral("Slack token");
    QTest::newRow("openai") << QStringLiteral("OPENAI key sk-") + filler(48) << QStringLiteral("OpenAI");
    QTest::newRow("openai project") << QStringLiteral("sk-proj-") + filler(56) << QStringLiteral("OpenAI");
    QTest::newRow("anthropic") << QStringLiteral("sk-ant-api03-") + filler(86) + QStringLiteral("-") + filler(6)
                               << QStringLiteral("Anthropic");
    QTest::newRow("google") << QStringLiteral("AIza") + filler(35) << QStringLiteral("Google API key");
    QTest::newRow("stripe secret") << QStringLiteral("sk_live_") + filler(24) << QStringLiteral("Stripe");
    QTest::newRow("stripe restricted") << QStringLiteral("rk_live_") + filler(24) << QStringLiteral("Stripe");
    QTest::newRow("jwt") << jwt << QStringLiteral("JSON Web Token");
    QTest::newRow("password=") << QStringLiteral("password=hunter22") << QStringLiteral("password or key");
    QTest::newRow("api_key=") << QStringLiteral("api_key=abcd1234") << QStringLiteral("password or key");
    QTest::newRow("secret=") << QStringLiteral("secret=s3cr3t-value") << QStringLiteral("password or key");
    QTest::newRow("env line") << QStringLiteral("export MY_API_KEY='abcd1234ef'") << QStringLiteral("password or key");
    QTest::newRow("client_secret") << QStringLiteral("client_secret = zyx987wvu") << QStringLiteral("password or key");
    QTest::newRow("query string") << QStringLiteral("https://api.example.com/v1?api_key=ab12cd34&x=1")
                                  << QStringLiteral("password or key");
    QTest::newRow("json api key") << QStringLiteral("{\"api_key\": \"9f8e7d6c5b4a\"}")
                                  << QStringLiteral("password or key");
    QTest::newRow("header api key") << QStringLiteral("X-Api-Key: 9f8e7d6c5b4a3210")
                                    << QStringLiteral("password or key");
    QTest::newRow("url password") << QStringLiteral("postgres://admin:S3cretPass@db.example.com/ledger")
                                  << QStringLiteral("URL with a password");
    // No prefix, no name: only its randomness gives it away.
    QTest::newRow("random token") << QStringLiteral("copied 9fKq2ZxLm4TpR8sWvB1nYc7HdE3uJ6aG from the vault")
                                  << QStringLiteral("random-looking");
    QTest::newRow("random token alone") << QStringLiteral("Q7mZr2KdX9bLw4NcT1vHs8PyF3jGu6Ae0iRo")
                                        << QStringLiteral("random-looking");
}

void TestSecrets::recognisesCredentials()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const std::optional<QString> found = rules::secretReason(text);
    QVERIFY2(found, qPrintable(text));
    QVERIFY2(found->contains(reason), qPrintable(*found));
}

void TestSecrets::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& scope :
         {QStringLiteral("https://www.googleapis.com/auth/drive.readonly"),
          QStringLiteral("https://www.googleapis.com/auth/gmail.send"), QStringLiteral("chat:write"),
          QStringLiteral("channels:history"), QStringLiteral("repo"), QStringLiteral("read:org"),
          QStringLiteral("read:jira-work"), QStringLiteral("write:confluence-content"),
          QStringLiteral("read:confluence-content.all"), QStringLiteral("crm.objects.contacts.read"),
          QStringLiteral("session:role:ANALYST"), QStringLiteral("refresh_token"), QStringLiteral("offline_access"),
          QStringLiteral("api"), QStringLiteral("tickets:write"), QStringLiteral("secrets:read"),
          QStringLiteral("https://graph.microsoft.com/Mail.Read"), QStringLiteral("ZohoCRM.modules.ALL")})
        QTest::addRow("scope %s", qPrintable(scope)) << scope;
    QTest::newRow("url") << QStringLiteral("https://mcp.example.com:8443/github/1");
    // Long ids that are no secret: document links, hashes, UUIDs, identifiers made of words.
    QTest::newRow("google doc link") << QStringLiteral(
        "https://docs.google.com/document/d/1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789abcDE/edit");
    QTest::newRow("notion link") << QStringLiteral(
        "https://www.notion.so/acme/Connector-Inventory-8f3a2b1c4d5e6f708192a3b4c5d6e7f8");
    QTest::newRow("git sha") << QStringLiteral("fixed in 3f9c2a7b1e4d8c6a0b5f2e9d7c1a3b8e4f6d2c0a");
    QTest::newRow("uuid") << QStringLiteral("workspace 123e4567-e89b-12d3-a456-426614174000");
    QTest::newRow("camel case words") << QStringLiteral("ConnectorInventoryReview2026QuarterlyForSecurity");
    QTest::newRow("pangram") << QStringLiteral("TheQuickBrownFoxJumpsOverTheLazyDog1234567");
    QTest::newRow("alphabet") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123");
    QTest::newRow("sse url") << QStringLiteral("https://mcp.atlassian.com/v1/sse");
    QTest::newRow("args") << QStringLiteral("[\"-y\",\"@modelcontextprotocol/server-github\"]");
    QTest::newRow("email") << QStringLiteral("ada.lovelace@example.com");
    QTest::newRow("schedule") << QStringLiteral("weekdays 07:30");
    QTest::newRow("cron") << QStringLiteral("0 6 1 * *");
    QTest::newRow("bearer prose") << QStringLiteral("The bearer of this role approves connectors.");
    QTest::newRow("password prose") << QStringLiteral("Passwords are never stored here; see the vault.");
    QTest::newRow("password colon prose") << QStringLiteral("password: rotate every 90 days");
    QTest::newRow("secret colon") << QStringLiteral("secret: none");
    QTest::newRow("secret manager") << QStringLiteral("Keys live in the secret manager, owned by IT.");
    QTest::newRow("placeholder env") << QStringLiteral("password=${DB_PASSWORD}");
    QTest::newRow("placeholder angle") << QStringLiteral("api_key=<your key>");
    QTest::newRow("markdown rule") << QStringLiteral("Intro\n-----\nBody");
    QTest::newRow("hyphenated") << QStringLiteral("a risk-based-approach-for-every-connector-and-workspace");
    QTest::newRow("long word") << QStringLiteral("Datenschutzgrundverordnungskonform");
    QTest::newRow("short ghp") << QStringLiteral("ghp_short");
    QTest::newRow("akia lower") << QStringLiteral("akiaabcdefghijklmnop");
    QTest::newRow("empty") << QString();
    QTest::newRow("policy section") << QStringLiteral("## Tier 3\nDual review: a named reviewer and an audit entry.");
}

void TestSecrets::leavesOrdinaryTextAlone()
{
    QFETCH(QString, text);
    const std::optional<QString> found = rules::secretReason(text);
    QVERIFY2(!found, qPrintable(found.value_or(QString())));
}

void TestSecrets::connectorNotesAreRefused()
{
    test::TempInventory inventory;
    const auto before = test::auditFingerprint(inventory.store());
    Connector c = test::connector(QStringLiteral("X"));
    c.notes = QStringLiteral("Service account token: ") + githubToken();
    try {
        inventory->addConnector(c);
        QFAIL("a GitHub token in a connector's notes was stored");
    } catch (const StoreError& e) {
        QCOMPARE(e.message(),
                 QStringLiteral("The notes of connector \"X\" look like a secret (a GitHub token). Steward "
                                "records OAuth scopes, never credentials; remove it."));
    }
    QVERIFY(inventory->connectors().empty());
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestSecrets::scopeStringIsRefused()
{
    test::TempInventory inventory;
    const auto before = test::auditFingerprint(inventory.store());
    Connector c = test::connector(QStringLiteral("Slack"));
    c.scopes = {{0, QStringLiteral("chat:write"), ScopeMode::Write, QStringLiteral("Post digests")},
                {0, QStringLiteral("xoxb-123456789012-1234567890123-") + filler(24), ScopeMode::Read, {}}};
    try {
        inventory->addConnector(c);
        QFAIL("a Slack token as a scope string was stored");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("One OAuth scope of connector \"Slack\" looks like a secret "
                                                       "(a Slack token).")),
                 qPrintable(e.message()));
    }
    QVERIFY(inventory->connectors().empty());
    QCOMPARE(inventory->count(QStringLiteral("connector_scopes")), qint64(0));
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
}

void TestSecrets::personEmailIsRefused()
{
    test::TempInventory inventory;
    const auto before = test::auditFingerprint(inventory.store());
    try {
        inventory->addPerson(test::person(QStringLiteral("Ada"), QStringLiteral("password=hunter22")));
        QFAIL("a password as an email address was stored");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("The email of person \"Ada\" looks like a secret")),
                 qPrintable(e.message()));
    }
    QVERIFY(inventory->people().empty());
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
}

void TestSecrets::updateIsRefusedAndRowKept()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    Workspace w = test::fullWorkspace(world);
    w.id = inventory->addWorkspace(w);
    const Workspace stored = *inventory->workspace(w.id);
    const auto before = test::auditFingerprint(inventory.store());

    Workspace edited = stored;
    edited.tasks[1].schedule = QStringLiteral("curl -H 'Authorization: Bearer ") + filler(40) + QStringLiteral("'");
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->updateWorkspace(edited));
    edited = stored;
    edited.claudeMdUrl = QStringLiteral("https://ci:hunter22@git.example.org/finance/CLAUDE.md");
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->updateWorkspace(edited));

    QCOMPARE(*inventory->workspace(w.id), stored);
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestSecrets::messageNeverRepeatsTheSecret()
{
    test::TempInventory inventory;
    const QString token = githubToken();
    Connector c = test::connector(token);
    try {
        inventory->addConnector(c);
        QFAIL("a GitHub token as a connector name was stored");
    } catch (const StoreError& e) {
        QVERIFY2(!e.message().contains(token), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QStringLiteral("The name of this connector looks like a secret")),
                 qPrintable(e.message()));
    }
    Connector d = test::connector(QStringLiteral("Ops"));
    d.server.transport = Transport::Stdio;
    d.server.command = QStringLiteral("mcp-ops");
    d.server.args = {QStringLiteral("--token=") + token};
    try {
        inventory->addConnector(d);
        QFAIL("a GitHub token among the server's arguments was stored");
    } catch (const StoreError& e) {
        QVERIFY2(!e.message().contains(token), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QStringLiteral("The arguments of connector \"Ops\" look like")),
                 qPrintable(e.message()));
    }
}

void TestSecrets::sampleAndDemoPass()
{
    // The shipped templates hold real scope strings and URLs: none of it may read as a secret.
    test::TempInventory sample;
    templates::fillSample(sample.store(), QDate(2026, 6, 1));
    QVERIFY(!sample->connectors().empty());
    test::TempInventory demo;
    QVERIFY(templates::fillDemo(demo.store(), 2000, 7, QDate(2026, 6, 1)) > 0);
    QVERIFY(demo->connectors().size() > 100);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
