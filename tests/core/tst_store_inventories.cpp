// Store round trips for the inventories: workspaces with their scheduled tasks, connectors with
// their scopes and MCP server, skills, the links between them, and what removing one takes with
// it. Every entity is written, the store closed, the file reopened and the entity compared whole.
#include "coretest.h"
#include "store/errors.h"
#include "store/store.h"

#include <QtTest>

using namespace steward;
using steward::test::compareEach;
using steward::test::connector;
using steward::test::fullWorkspace;
using steward::test::makeWorld;
using steward::test::person;
using steward::test::TempInventory;
using steward::test::World;

class TestStoreInventories : public QObject
{
    Q_OBJECT

private slots:
    void workspaceRoundTrip();
    void workspaceUpdateRoundTrip();
    void customCadenceOutOfRangeIsRefused_data();
    void customCadenceOutOfRangeIsRefused();
    void removingWorkspaceRemovesTasksAndLinks();

    void connectorRoundTrip_data();
    void connectorRoundTrip();
    void connectorUpdateRoundTrip();
    void removingConnectorRemovesScopesAndLinks();
    void removingConnectorReferencedByIncidentIsRefused();
    void connectorTierOutsideOneToThreeIsRefused_data();
    void connectorTierOutsideOneToThreeIsRefused();

    void skillRoundTrip();
    void skillUpdateAndRemovalRoundTrip();

    void countReportsRowsOfKnownTablesOnly();
};

// Workspaces -----------------------------------------------------------------------------------

void TestStoreInventories::workspaceRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Workspace expected = fullWorkspace(world);
    expected.id = inv->addWorkspace(expected);
    QVERIFY(expected.id > 0);

    Store& store = inv.reopen();
    const auto read = store.workspace(expected.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->tasks.size(), std::size_t(2));
    QVERIFY(read->tasks[0].id > 0);
    QVERIFY(read->tasks[1].id > read->tasks[0].id);
    expected.tasks[0].id = read->tasks[0].id;
    expected.tasks[1].id = read->tasks[1].id;
    QCOMPARE(*read, expected);
    compareEach(store.workspaces(), {expected});
    QCOMPARE(store.workspace(expected.id + 100), std::optional<Workspace>());
    QCOMPARE(store.verify(), QStringList());
}

void TestStoreInventories::customCadenceOutOfRangeIsRefused_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("none") << 0;
    QTest::newRow("negative") << -7;
    QTest::newRow("over ten years") << 3661;
}

void TestStoreInventories::customCadenceOutOfRangeIsRefused()
{
    QFETCH(int, days);
    TempInventory inv;
    const World world = makeWorld(inv.store());
    inv.close();
    const QByteArray before = test::fileBytes(inv.path());
    Store& store = inv.reopen();
    Connector c = *store.connector(world.github);
    c.review = {Cadence::Custom, QDate(2026, 1, 5), world.ada, days};
    QVERIFY_THROWS_EXCEPTION(StoreError, store.updateConnector(c));
    GovernanceObject object = store.governanceObjects().front();
    object.review = {Cadence::Custom, {}, 0, days};
    QVERIFY_THROWS_EXCEPTION(StoreError, store.updateGovernanceObject(object));
    inv.close();
    QCOMPARE(test::fileBytes(inv.path()), before);
}

void TestStoreInventories::workspaceUpdateRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    const Id id = inv->addWorkspace(fullWorkspace(world));
    Workspace w = *inv.reopen().workspace(id);
    const Id keptTask = w.tasks[1].id;

    w.name = QStringLiteral("Finance close (EU)");
    w.status = WorkspaceStatus::Archived;
    w.seats = 0;
    w.hasClaudeMd = false;
    w.claudeMdUrl.clear();
    w.memoryCheckedOn = QDate();
    w.tasks.erase(w.tasks.begin());
    w.tasks[0].active = true;
    w.tasks[0].ownerId = world.bob;
    w.tasks.push_back({0, QStringLiteral("Archive"), QStringLiteral("yearly"), world.ada, false});
    w.connectorIds = {world.slack};
    w.skillIds = {world.triage};
    inv->updateWorkspace(w);

    const Workspace read = *inv.reopen().workspace(id);
    QCOMPARE(read.tasks.size(), std::size_t(2));
    QCOMPARE(read.tasks[0].id, keptTask); // an edited task keeps its row
    QVERIFY(read.tasks[1].id > keptTask);
    w.tasks[1].id = read.tasks[1].id;
    QCOMPARE(read, w);
    QCOMPARE(inv->count(QStringLiteral("scheduled_tasks")), qint64(2));
    QCOMPARE(inv->count(QStringLiteral("workspace_connectors")), qint64(1));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStoreInventories::removingWorkspaceRemovesTasksAndLinks()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    const Id gone = inv->addWorkspace(fullWorkspace(world));
    Workspace other;
    other.name = QStringLiteral("Sales");
    other.tasks = {{0, QStringLiteral("Pipeline"), {}, 0, true}};
    other.connectorIds = {world.github};
    other.id = inv->addWorkspace(other);

    inv->removeWorkspace(gone);
    Store& store = inv.reopen();
    QCOMPARE(store.workspace(gone), std::optional<Workspace>());
    QCOMPARE(store.workspaces().size(), std::size_t(1));
    QCOMPARE(store.workspaces()[0].name, QStringLiteral("Sales"));
    QCOMPARE(store.count(QStringLiteral("scheduled_tasks")), qint64(1));
    QCOMPARE(store.count(QStringLiteral("workspace_connectors")), qint64(1));
    QCOMPARE(store.count(QStringLiteral("workspace_skills")), qint64(0));
    // What the workspace used is still there.
    QCOMPARE(store.connectors().size(), std::size_t(3));
    QCOMPARE(store.skills().size(), std::size_t(2));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.removeWorkspace(gone));
    QCOMPARE(store.verify(), QStringList());
}

// Connectors -----------------------------------------------------------------------------------

void TestStoreInventories::connectorRoundTrip_data()
{
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("url");
    QTest::newRow("no server") << int(Transport::Unknown) << QString() << QStringList() << QString();
    QTest::newRow("stdio with args") << int(Transport::Stdio) << QStringLiteral("/usr/bin/npx")
                                     << QStringList{QStringLiteral("-y"),
                                                    QStringLiteral("@modelcontextprotocol/server-github"),
                                                    QStringLiteral("--label=it's \"quoted\""),
                                                    QStringLiteral("with space"), QStringLiteral("ü→✓")}
                                     << QString();
    QTest::newRow("stdio without args") << int(Transport::Stdio) << QStringLiteral("mcp-jira") << QStringList()
                                        << QString();
    QTest::newRow("http") << int(Transport::Http) << QString() << QStringList()
                          << QStringLiteral("https://mcp.example.org/github?tenant=a&x=1");
    QTest::newRow("sse") << int(Transport::Sse) << QString() << QStringList()
                         << QStringLiteral("https://mcp.example.org/sse");
}

void TestStoreInventories::connectorRoundTrip()
{
    QFETCH(int, transport);
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QString, url);

    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    const Id bob = inv->addPerson(person(QStringLiteral("Bob")));
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.system = QStringLiteral("GitHub Enterprise");
    c.access = Access::ReadWrite;
    c.scopes = {{0, QStringLiteral("repo:status"), ScopeMode::Read, QStringLiteral("CI results")},
                {0, QStringLiteral("repo"), ScopeMode::Write, QStringLiteral("open pull requests")},
                {0, QStringLiteral("read:org"), ScopeMode::Read, {}}};
    c.sensitivity = DataClass::Restricted;
    c.external = true;
    c.tier = 3;
    c.ownerId = ada;
    c.approvedBy = bob;
    c.approvedOn = QDate(2024, 2, 29);
    c.status = ApprovalStatus::PendingReapproval;
    c.widenedBy = ada;
    c.widenedOn = QDate(2024, 3, 1);
    c.server = {static_cast<Transport>(transport), command, args, url};
    c.review = {Cadence::Weekly, QDate(2024, 3, 4), bob};
    c.notes = QStringLiteral("Write access for the release bot only.");
    c.id = inv->addConnector(c);

    Store& store = inv.reopen();
    const auto read = store.connector(c.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->scopes.size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) {
        QVERIFY(read->scopes[i].id > 0);
        c.scopes[i].id = read->scopes[i].id;
    }
    QCOMPARE(read->server.args, args);
    QCOMPARE(*read, c);
    compareEach(store.connectors(), {c});
    QCOMPARE(store.verify(), QStringList());
}

void TestStoreInventories::connectorUpdateRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Connector c = *inv->connector(world.github);
    c.scopes = {{0, QStringLiteral("repo:status"), ScopeMode::Read, {}},
                {0, QStringLiteral("read:org"), ScopeMode::Read, {}}};
    c.server = {Transport::Stdio, QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("server")}, {}};
    inv->updateConnector(c);
    c = *inv.reopen().connector(world.github);
    const Id keptScope = c.scopes[1].id;

    c.name = QStringLiteral("GitHub (org)");
    c.access = Access::ReadWrite;
    c.tier = 3;
    c.status = ApprovalStatus::Approved;
    c.approvedBy = world.bob;
    c.approvedOn = QDate(2024, 6, 3);
    c.scopes.erase(c.scopes.begin());
    c.scopes[0].mode = ScopeMode::Write;
    c.scopes[0].justification = QStringLiteral("manage teams");
    c.scopes.push_back({0, QStringLiteral("workflow"), ScopeMode::Write, QStringLiteral("re-run CI")});
    c.server = {Transport::Http, {}, {}, QStringLiteral("https://mcp.example.org/gh")};
    inv->updateConnector(c);

    const Connector read = *inv.reopen().connector(world.github);
    QCOMPARE(read.scopes.size(), std::size_t(2));
    QCOMPARE(read.scopes[0].id, keptScope);
    c.scopes[1].id = read.scopes[1].id;
    QCOMPARE(read, c);
    QCOMPARE(inv->count(QStringLiteral("connector_scopes")), qint64(2));
    // Other connectors are untouched.
    QCOMPARE(inv->connector(world.slack)->name, QStringLiteral("Slack"));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStoreInventories::removingConnectorRemovesScopesAndLinks()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Connector gh = *inv->connector(world.github);
    gh.scopes = {{0, QStringLiteral("repo"), ScopeMode::Write, {}},
                 {0, QStringLiteral("read:org"), ScopeMode::Read, {}}};
    inv->updateConnector(gh);
    Connector slack = *inv->connector(world.slack);
    slack.scopes = {{0, QStringLiteral("chat:write"), ScopeMode::Write, {}}};
    inv->updateConnector(slack);
    Workspace w = fullWorkspace(world);
    w.connectorIds = {world.github, world.slack};
    w.id = inv->addWorkspace(w);
    Skill digest = *inv->skill(world.digest);
    digest.connectorIds = {world.github, world.jira};
    inv->updateSkill(digest);

    inv->removeConnector(world.github);
    Store& store = inv.reopen();
    QCOMPARE(store.connector(world.github), std::optional<Connector>());
    QCOMPARE(store.connectors().size(), std::size_t(2));
    QCOMPARE(store.count(QStringLiteral("connector_scopes")), qint64(1)); // Slack's scope stays
    QCOMPARE(store.connector(world.slack)->scopes.size(), std::size_t(1));
    QCOMPARE(store.workspace(w.id)->connectorIds, std::vector<Id>{world.slack});
    QCOMPARE(store.skill(world.digest)->connectorIds, std::vector<Id>{world.jira});
    QCOMPARE(store.verify(), QStringList());
    QVERIFY_THROWS_EXCEPTION(StoreError, store.removeConnector(world.github));
}

void TestStoreInventories::removingConnectorReferencedByIncidentIsRefused()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Connector gh = *inv->connector(world.github);
    gh.scopes = {{0, QStringLiteral("repo"), ScopeMode::Write, {}}};
    inv->updateConnector(gh);
    gh = *inv->connector(world.github);
    Incident incident;
    incident.title = QStringLiteral("Token leaked");
    incident.connectorIds = {world.github};
    inv->addIncident(incident);

    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removeConnector(world.github));
    QCOMPARE(inv.reopen().connector(world.github), std::optional<Connector>(gh));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStoreInventories::connectorTierOutsideOneToThreeIsRefused_data()
{
    QTest::addColumn<int>("tier");
    QTest::newRow("0") << 0;
    QTest::newRow("4") << 4;
    QTest::newRow("-1") << -1;
}

void TestStoreInventories::connectorTierOutsideOneToThreeIsRefused()
{
    QFETCH(int, tier);
    TempInventory inv;
    Connector c = connector(QStringLiteral("GitHub"));
    c.tier = tier;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->addConnector(c));
    c.tier = 2;
    c.id = inv->addConnector(c);
    c.tier = tier;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updateConnector(c));
    QCOMPARE(inv.reopen().connector(c.id)->tier, 2);
    QCOMPARE(inv->connectors().size(), std::size_t(1));
}

// Skills ---------------------------------------------------------------------------------------

void TestStoreInventories::skillRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Skill s;
    s.name = QStringLiteral("Contract review");
    s.intendedUse = QStringLiteral("Flag risky clauses");
    s.inputs = QStringLiteral("PDF contract");
    s.outputs = QStringLiteral("Markdown memo");
    s.ownerId = world.bob;
    s.version = QStringLiteral("2.3.1");
    s.status = SkillStatus::Active;
    s.hasSkillMd = true;
    s.skillMdUrl = QStringLiteral("https://git.example.org/skills/contract/SKILL.md");
    s.verifiedOn = QDate(2024, 5, 20);
    s.review = {Cadence::Annual, QDate(2024, 1, 2), world.ada};
    s.notes = QStringLiteral("Re-verify after each model update.");
    s.connectorIds = {world.github, world.jira};
    s.id = inv->addSkill(s);

    Store& store = inv.reopen();
    QCOMPARE(store.skill(s.id), std::optional<Skill>(s));
    QCOMPARE(store.skills().size(), std::size_t(3));
    QCOMPARE(store.skills()[2], s);
    QCOMPARE(store.verify(), QStringList());
}

void TestStoreInventories::skillUpdateAndRemovalRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Skill s = *inv->skill(world.digest);
    s.connectorIds = {world.github, world.slack};
    inv->updateSkill(s);
    Workspace w;
    w.name = QStringLiteral("Sales");
    w.skillIds = {world.digest, world.triage};
    w.id = inv->addWorkspace(w);

    s = *inv.reopen().skill(world.digest);
    QCOMPARE(s.connectorIds, (std::vector<Id>{world.github, world.slack}));
    s.status = SkillStatus::Deprecated;
    s.version = QStringLiteral("0.9");
    s.hasSkillMd = true;
    s.connectorIds = {world.jira};
    inv->updateSkill(s);
    QCOMPARE(inv.reopen().skill(world.digest), std::optional<Skill>(s));

    inv->removeSkill(world.digest);
    Store& store = inv.reopen();
    QCOMPARE(store.skill(world.digest), std::optional<Skill>());
    QCOMPARE(store.workspace(w.id)->skillIds, std::vector<Id>{world.triage});
    QCOMPARE(store.count(QStringLiteral("skill_connectors")), qint64(0));
    QCOMPARE(store.connectors().size(), std::size_t(3));
    QCOMPARE(store.verify(), QStringList());
}

void TestStoreInventories::countReportsRowsOfKnownTablesOnly()
{
    TempInventory inv;
    makeWorld(inv.store());
    Store& store = inv.reopen();
    QCOMPARE(store.count(QStringLiteral("people")), qint64(2));
    QCOMPARE(store.count(QStringLiteral("connectors")), qint64(3));
    QCOMPARE(store.count(QStringLiteral("skills")), qint64(2));
    QCOMPARE(store.count(QStringLiteral("governance_objects")), qint64(4));
    QCOMPARE(store.count(QStringLiteral("audit")), qint64(store.auditTrail().size()));
    QCOMPARE(store.count(QStringLiteral("meta")), qint64(0));
    QCOMPARE(store.count(QStringLiteral("people; DROP TABLE people")), qint64(0));
    QCOMPARE(store.count(QStringLiteral("people")), qint64(2));
}

QTEST_GUILESS_MAIN(TestStoreInventories)
#include "tst_store_inventories.moc"
