// Opening a schema-version-1 inventory (the committed fixture, made by
// tests/fixtures/make_inventory_v1.py) migrates it to the current schema: the data is kept, a
// byte-identical backup lies beside it, the trail still verifies, and the new tables work.
#include "coretest.h"
#include "store/errors.h"
#include "store/fileinspector.h"
#include "store/schema.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace steward;

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fixtureIsVersionOne();
    void openingMigratesAndKeepsABackup();
    void dataSurvivesMigration();
    void migratedFileVerifiesClean();
    void newTablesWork();
    void migrationHappensOnce();
    void existingBackupIsNotOverwritten();
    void readOnlyOpeningRefusesToMigrate();
    void failedMigrationLeavesTheFileAsItWas();

private:
    QString m_fixture;
    QByteArray m_fixtureBytes;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigration::initTestCase()
{
    m_fixture = test::fixture(QStringLiteral("inventory-v1.steward"));
    QVERIFY2(QFileInfo::exists(m_fixture), qPrintable(m_fixture));
    m_fixtureBytes = test::fileBytes(m_fixture);
    QVERIFY(m_fixtureBytes.size() > 4096);
}

// Each test works on its own copy; the committed fixture is never opened for writing.
void TestMigration::init()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("inventory.steward"));
    QVERIFY(QFile::copy(m_fixture, m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMigration::fixtureIsVersionOne()
{
    QCOMPARE(inspectFile(m_path).schemaVersion, 1);
    QCOMPARE(test::fileBytes(m_path), m_fixtureBytes);
}

void TestMigration::openingMigratesAndKeepsABackup()
{
    auto store = Store::open(m_path);
    QCOMPARE(store->schemaVersion(), schema::currentVersion);
    const QString backup = m_path + QStringLiteral(".v1.bak");
    QCOMPARE(store->migrationBackup(), backup);
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(test::fileBytes(backup), m_fixtureBytes);
    store.reset();
    QCOMPARE(inspectFile(m_path).schemaVersion, schema::currentVersion);
    QCOMPARE(test::fileBytes(backup), m_fixtureBytes); // the backup is left alone afterwards
    QCOMPARE(test::fileBytes(m_fixture), m_fixtureBytes);
    // Beside the file: the file and its backup, nothing else (no journal, no lock).
    QCOMPARE(test::filesIn(m_dir->path()),
             (QStringList{QStringLiteral("inventory.steward"), QStringLiteral("inventory.steward.v1.bak")}));
}

void TestMigration::dataSurvivesMigration()
{
    auto store = Store::open(m_path);

    const auto people = store->people();
    QCOMPARE(people.size(), std::size_t(3)); // the contractor was removed in version 1
    QCOMPARE(people[0], (Person{1,
                                QStringLiteral("Ada Lovelace"),
                                QStringLiteral("ada@example.org"),
                                QStringLiteral("Head of Analytics"),
                                QStringLiteral("Finance"),
                                {}}));
    QCOMPARE(people[1].name, QStringLiteral("Grace Hopper"));
    QCOMPARE(people[2], (Person{3,
                                QStringLiteral("Zoë Ångström"),
                                QStringLiteral("zoe@example.org"),
                                {},
                                QStringLiteral("Sales"),
                                QStringLiteral("Pilot sponsor; \"Q2\" owner")}));

    const auto github = store->connector(1);
    QVERIFY(github.has_value());
    QCOMPARE(github->name, QStringLiteral("GitHub"));
    QCOMPARE(github->system, QStringLiteral("GitHub Enterprise"));
    QVERIFY(github->access == Access::ReadOnly);
    QCOMPARE(github->tier, 1);
    QCOMPARE(github->ownerId, Id(1));
    QCOMPARE(github->approvedBy, Id(2));
    QCOMPARE(github->approvedOn, QDate(2024, 2, 20));
    QVERIFY(github->status == ApprovalStatus::Approved);
    QVERIFY(github->server.transport == Transport::Stdio);
    QCOMPARE(github->server.command, QStringLiteral("npx"));
    QCOMPARE(github->server.args,
             (QStringList{QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")}));
    QCOMPARE(github->notes, QStringLiteral("Read-only until the pilot ends."));
    QCOMPARE(github->scopes.size(), std::size_t(2));
    QCOMPARE(github->scopes[0].scope, QStringLiteral("repo:status"));
    QCOMPARE(github->scopes[0].justification, QStringLiteral("CI results"));
    QCOMPARE(github->scopes[1].scope, QStringLiteral("read:org"));

    const auto slack = store->connector(2);
    QVERIFY(slack.has_value());
    QVERIFY(slack->access == Access::ReadWrite);
    QVERIFY(slack->external);
    QCOMPARE(slack->tier, 3);
    QVERIFY(slack->server.transport == Transport::Http);
    QCOMPARE(slack->server.url, QStringLiteral("https://mcp.example.org/slack"));
    QVERIFY(slack->scopes[0].mode == ScopeMode::Write);

    const auto workspaces = store->workspaces();
    QCOMPARE(workspaces.size(), std::size_t(1));
    const Workspace& finance = workspaces[0];
    QCOMPARE(finance.name, QStringLiteral("Finance pilot"));
    QCOMPARE(finance.ownerId, Id(1));
    QCOMPARE(finance.sponsorId, Id(3));
    QCOMPARE(finance.seats, 8);
    QVERIFY(finance.hasClaudeMd);
    QVERIFY(finance.status == WorkspaceStatus::Pilot);
    QVERIFY(!finance.memoryCheckedOn.isValid()); // the column version 2 added starts empty
    QCOMPARE(finance.review.lastReviewedOn, QDate(2024, 3, 4));
    QCOMPARE(finance.tasks.size(), std::size_t(1));
    QCOMPARE(finance.tasks[0].name, QStringLiteral("Reconcile"));
    QCOMPARE(finance.tasks[0].schedule, QStringLiteral("weekdays 07:00"));
    QVERIFY(finance.tasks[0].active);
    QCOMPARE(finance.connectorIds, (std::vector<Id>{1, 2}));
    QCOMPARE(finance.skillIds, std::vector<Id>{1});

    const auto skills = store->skills();
    QCOMPARE(skills.size(), std::size_t(1));
    QCOMPARE(skills[0].name, QStringLiteral("Weekly digest"));
    QCOMPARE(skills[0].connectorIds, (std::vector<Id>{1, 2}));
    QCOMPARE(skills[0].verifiedOn, QDate(2024, 2, 28));

    const Policy policy = store->policy();
    QCOMPARE(policy.title, QStringLiteral("Acceptable use of AI agents"));
    QCOMPARE(policy.allowedGroups, (QStringList{QStringLiteral("Finance"), QStringLiteral("Sales")}));
    QCOMPARE(policy.prohibitedUses.size(), qsizetype(3));
    QCOMPARE(policy.dataClasses.size(), std::size_t(4));
    QVERIFY(policy.dataClasses[2].permission == Permission::Conditional);
    QCOMPARE(policy.reviewTiers.size(), std::size_t(3));
    QCOMPARE(policy.reviewTiers[2].control, QStringLiteral("dual-review + audit"));

    const GovernanceObject connectors = store->governanceObject(GovernanceKind::Connectors);
    QCOMPARE(connectors.ownerId, Id(2));
    QCOMPARE(connectors.location, QStringLiteral("https://wiki.example.org/ai/connectors"));

    const Raci raci = store->raci();
    QCOMPARE(raci.roles.size(), std::size_t(2));
    QCOMPARE(raci.cells.size(), std::size_t(2));
    QCOMPARE(raci.cells[1].letters, QStringLiteral("RC"));

    QCOMPARE(store->reviews().size(), std::size_t(1));
    QCOMPARE(store->auditTrail().size(), std::size_t(46));
    QCOMPARE(store->auditTrail().front().actor, QStringLiteral("fixture-v1"));
}

void TestMigration::migratedFileVerifiesClean()
{
    {
        auto store = Store::open(m_path);
        const QStringList problems = store->verify();
        QVERIFY2(problems.isEmpty(), qPrintable(test::joined(problems)));
    }
    // And read afresh, read-only, once the migration is committed.
    auto store = Store::open(m_path, Store::Mode::ReadOnly);
    QCOMPARE(store->schemaVersion(), schema::currentVersion);
    QCOMPARE(store->verify(), QStringList());
}

void TestMigration::newTablesWork()
{
    auto store = Store::open(m_path);
    QVERIFY(store->requests().empty());
    QVERIFY(store->incidents().empty());

    ForumRequest request;
    request.kind = RequestKind::Connector;
    request.title = QStringLiteral("Jira connector");
    request.requestedBy = 3;
    request.requestedOn = QDate(2024, 6, 1);
    request.id = store->addRequest(request);
    Incident incident;
    incident.title = QStringLiteral("Digest posted to the wrong channel");
    incident.occurredOn = QDate(2024, 6, 2);
    incident.reportedBy = 2;
    incident.severity = Severity::Medium;
    incident.connectorIds = {2};
    incident.workspaceIds = {1};
    incident.id = store->addIncident(incident);
    Workspace finance = *store->workspace(1);
    finance.memoryCheckedOn = QDate(2024, 6, 3);
    finance.pilotStartedOn = QDate(2024, 1, 15);                  // version 3
    finance.review = {Cadence::Custom, QDate(2024, 6, 3), 2, 21}; // version 3
    store->updateWorkspace(finance);
    Raci raci = store->raci();
    QVERIFY(!raci.roles.empty());
    raci.roles[0].people = {2}; // version 3
    raci = store->setRaci(raci);
    // The chain continues from the version-1 trail.
    const auto trail = store->auditTrail();
    QCOMPARE(trail[46].seq, qint64(47));
    QCOMPARE(trail[46].prevHash, trail[45].hash);
    store.reset();

    store = Store::open(m_path);
    QCOMPARE(store->requests().size(), std::size_t(1));
    QCOMPARE(store->requests()[0], request);
    QCOMPARE(store->incidents().size(), std::size_t(1));
    QCOMPARE(store->incidents()[0], incident);
    QCOMPARE(store->workspace(1)->memoryCheckedOn, QDate(2024, 6, 3));
    QCOMPARE(*store->workspace(1), finance);
    QCOMPARE(store->raci(), raci);
    // The new tables' references hold: Slack cannot go while the incident names it.
    QVERIFY_THROWS_EXCEPTION(StoreError, store->removeConnector(2));
    QCOMPARE(store->verify(), QStringList());
}

void TestMigration::migrationHappensOnce()
{
    Store::open(m_path).reset();
    const QByteArray migrated = test::fileBytes(m_path);
    auto store = Store::open(m_path);
    QCOMPARE(store->migrationBackup(), QString());
    QCOMPARE(store->schemaVersion(), schema::currentVersion);
    store.reset();
    QCOMPARE(test::fileBytes(m_path), migrated);
    QCOMPARE(test::filesIn(m_dir->path()).size(), qsizetype(2)); // still the file and its one backup
}

void TestMigration::existingBackupIsNotOverwritten()
{
    const QString taken = m_path + QStringLiteral(".v1.bak");
    test::writeBytes(taken, QByteArrayLiteral("an older backup the user keeps"));
    auto store = Store::open(m_path);
    const QString backup = store->migrationBackup();
    QVERIFY2(backup != taken, qPrintable(backup));
    QVERIFY2(backup.startsWith(m_path + QStringLiteral(".v1-")) && backup.endsWith(QStringLiteral(".bak")),
             qPrintable(backup));
    QCOMPARE(test::fileBytes(backup), m_fixtureBytes);
    QCOMPARE(test::fileBytes(taken), QByteArrayLiteral("an older backup the user keeps"));
}

void TestMigration::readOnlyOpeningRefusesToMigrate()
{
    try {
        Store::open(m_path, Store::Mode::ReadOnly);
        QFAIL("a version-1 file was opened read-only without migrating");
    } catch (const OpenError& e) {
        QVERIFY(e.kind() == OpenErrorKind::MigrationFailed);
    }
    QCOMPARE(test::fileBytes(m_path), m_fixtureBytes);
    QCOMPARE(test::filesIn(m_dir->path()), QStringList{QStringLiteral("inventory.steward")}); // no backup either
}

// A step that cannot run (here: a table of that name is already there) rolls back: the file is
// as it was, the backup written before the step is kept, and nothing else is left beside them.
void TestMigration::failedMigrationLeavesTheFileAsItWas()
{
    QVERIFY(test::rawSql(m_path, QStringLiteral("CREATE TABLE requests (note TEXT)")));
    const QByteArray before = test::fileBytes(m_path);
    try {
        Store::open(m_path);
        QFAIL("the migration did not fail");
    } catch (const OpenError& e) {
        QVERIFY(e.kind() == OpenErrorKind::MigrationFailed);
        QVERIFY2(e.message().contains(m_path + QStringLiteral(".v1.bak")), qPrintable(e.message()));
    }
    QCOMPARE(test::fileBytes(m_path), before);
    QCOMPARE(inspectFile(m_path).schemaVersion, 1);
    QCOMPARE(test::fileBytes(m_path + QStringLiteral(".v1.bak")), before);
    QCOMPARE(test::filesIn(m_dir->path()),
             (QStringList{QStringLiteral("inventory.steward"), QStringLiteral("inventory.steward.v1.bak")}));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
