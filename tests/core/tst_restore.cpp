// Restore by id, as undo uses it: add*() of a value whose id is not 0 brings the row back under
// that id (with its scopes' and tasks' ids), refuses an id that is taken, and leaves an audit
// trail that verify() replays cleanly.
#include "coretest.h"

#include <QtTest>

using namespace steward;

class TestRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personComesBackUnderItsId();
    void connectorComesBackWithItsScopeIds();
    void workspaceComesBackWithTasksAndLinks();
    void skillComesBackWithItsLinks();
    void forumRowsComeBack();
    void takenIdIsRefused_data();
    void takenIdIsRefused();
    void takenScopeIdIsRefusedWhole();
    void idZeroStillMeansNew();
    void restoredIdAboveTheRestIsFollowed();
    void negativeIdIsRefused();
    void undoRedoCyclesVerifyClean();
};

void TestRestore::personComesBackUnderItsId()
{
    test::TempInventory inventory;
    inventory->addPerson(test::person(QStringLiteral("Ada")));
    const Id bob = inventory->addPerson(test::person(QStringLiteral("Bob"), QStringLiteral("bob@example.org")));
    inventory->addPerson(test::person(QStringLiteral("Cleo")));
    const Person stored = *inventory->person(bob);
    inventory->removePerson(bob);
    QCOMPARE(inventory->addPerson(stored), bob);
    QCOMPARE(*inventory->person(bob), stored);
    QCOMPARE(inventory->verify(), QStringList());
    QCOMPARE(inventory.reopen().verify(), QStringList());
}

void TestRestore::connectorComesBackWithItsScopeIds()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    Connector c = test::connector(QStringLiteral("Drive"), world.ada);
    c.scopes = {{0, QStringLiteral("https://www.googleapis.com/auth/drive.readonly"), ScopeMode::Read,
                 QStringLiteral("Read shared folders")},
                {0, QStringLiteral("https://www.googleapis.com/auth/drive.file"), ScopeMode::Write, {}}};
    c.notes = QStringLiteral("Shared drives only");
    const Id id = inventory->addConnector(c);
    const Connector stored = *inventory->connector(id);
    QCOMPARE(stored.scopes.size(), std::size_t(2));
    inventory->removeConnector(id);
    QVERIFY(!inventory->connector(id));

    QCOMPARE(inventory->addConnector(stored), id);
    QCOMPARE(*inventory->connector(id), stored);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestRestore::workspaceComesBackWithTasksAndLinks()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    const Id id = inventory->addWorkspace(test::fullWorkspace(world));
    const Workspace stored = *inventory->workspace(id);
    inventory->removeWorkspace(id);
    QCOMPARE(inventory->count(QStringLiteral("scheduled_tasks")), qint64(0));

    QCOMPARE(inventory->addWorkspace(stored), id);
    QCOMPARE(*inventory->workspace(id), stored);
    QCOMPARE(inventory->verify(), QStringList());
    QCOMPARE(inventory.reopen().workspace(id), std::optional<Workspace>(stored));
}

void TestRestore::skillComesBackWithItsLinks()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    Skill s = *inventory->skill(world.digest);
    s.connectorIds = {world.github, world.slack};
    inventory->updateSkill(s);
    const Skill stored = *inventory->skill(world.digest);
    inventory->removeSkill(world.digest);

    QCOMPARE(inventory->addSkill(stored), world.digest);
    QCOMPARE(*inventory->skill(world.digest), stored);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestRestore::forumRowsComeBack()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    const Review review{0,         QStringLiteral("connector"),         world.slack, QDate(2026, 3, 2),
                        world.ada, QStringLiteral("Scopes still match")};
    const Id reviewId = inventory->addReview(review);
    ForumRequest request;
    request.title = QStringLiteral("Connect HubSpot");
    request.requestedBy = world.bob;
    const Id requestId = inventory->addRequest(request);
    Incident incident;
    incident.title = QStringLiteral("Digest posted to the wrong channel");
    incident.connectorIds = {world.slack};
    const Id incidentId = inventory->addIncident(incident);

    const Review storedReview = inventory->reviews().front();
    const ForumRequest storedRequest = inventory->requests().front();
    const Incident storedIncident = inventory->incidents().front();
    inventory->removeReview(reviewId);
    inventory->removeRequest(requestId);
    inventory->removeIncident(incidentId);

    QCOMPARE(inventory->addReview(storedReview), reviewId);
    QCOMPARE(inventory->addRequest(storedRequest), requestId);
    QCOMPARE(inventory->addIncident(storedIncident), incidentId);
    QCOMPARE(inventory->reviews().front(), storedReview);
    QCOMPARE(inventory->requests().front(), storedRequest);
    QCOMPARE(inventory->incidents().front(), storedIncident);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestRestore::takenIdIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"person", "workspace", "connector", "skill", "review", "request", "incident"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestRestore::takenIdIsRefused()
{
    QFETCH(QString, kind);
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    Workspace workspace;
    workspace.name = QStringLiteral("Existing");
    const Id workspaceId = inventory->addWorkspace(workspace);
    const Id reviewId =
        inventory->addReview({0, QStringLiteral("skill"), world.digest, QDate(2026, 1, 5), world.ada, {}});
    ForumRequest request;
    request.title = QStringLiteral("Existing");
    const Id requestId = inventory->addRequest(request);
    Incident incident;
    incident.title = QStringLiteral("Existing");
    const Id incidentId = inventory->addIncident(incident);
    const auto before = test::auditFingerprint(inventory.store());

    auto addTaken = [&] {
        if (kind == QLatin1String("person"))
            inventory->addPerson({world.bob, QStringLiteral("Newcomer"), {}, {}, {}, {}});
        else if (kind == QLatin1String("workspace"))
            inventory->addWorkspace([&] {
                Workspace w;
                w.id = workspaceId;
                w.name = QStringLiteral("Newcomer");
                return w;
            }());
        else if (kind == QLatin1String("connector"))
            inventory->addConnector([&] {
                Connector c = test::connector(QStringLiteral("Newcomer"));
                c.id = world.jira;
                return c;
            }());
        else if (kind == QLatin1String("skill"))
            inventory->addSkill([&] {
                Skill s = test::skill(QStringLiteral("Newcomer"));
                s.id = world.triage;
                return s;
            }());
        else if (kind == QLatin1String("review"))
            inventory->addReview({reviewId, QStringLiteral("skill"), world.triage, QDate(2026, 2, 5), 0, {}});
        else if (kind == QLatin1String("request"))
            inventory->addRequest([&] {
                ForumRequest r;
                r.id = requestId;
                r.title = QStringLiteral("Newcomer");
                return r;
            }());
        else
            inventory->addIncident([&] {
                Incident i;
                i.id = incidentId;
                i.title = QStringLiteral("Newcomer");
                return i;
            }());
    };
    try {
        addTaken();
        QFAIL("a row was added under an id another row holds");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("already has the id")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(kind), qPrintable(e.message()));
    }
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestRestore::takenScopeIdIsRefusedWhole()
{
    test::TempInventory inventory;
    Connector first = test::connector(QStringLiteral("First"));
    first.scopes = {{0, QStringLiteral("read"), ScopeMode::Read, {}}};
    const Id firstId = inventory->addConnector(first);
    const Id scopeId = inventory->connector(firstId)->scopes.front().id;
    const auto before = test::auditFingerprint(inventory.store());

    // A connector whose scope claims an id the first connector's scope holds: nothing is written,
    // not even the connector row that went in before the scope was refused.
    Connector second = test::connector(QStringLiteral("Second"));
    second.id = firstId + 10;
    second.scopes = {{scopeId, QStringLiteral("write"), ScopeMode::Write, {}}};
    try {
        inventory->addConnector(second);
        QFAIL("a scope was added under an id another scope holds");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("OAuth scope already has the id")), qPrintable(e.message()));
    }
    QVERIFY(!inventory->connector(second.id));
    QCOMPARE(inventory->connectors().size(), std::size_t(1));
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
}

void TestRestore::idZeroStillMeansNew()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    const Id id = inventory->addWorkspace(test::fullWorkspace(world));
    const Workspace original = *inventory->workspace(id);

    // A copy made from a stored workspace keeps its tasks' ids; with the workspace's id 0, they
    // are new rows all the same, and the original keeps its own.
    Workspace copy = original;
    copy.id = 0;
    copy.name = QStringLiteral("Finance close (copy)");
    const Id copyId = inventory->addWorkspace(copy);
    QVERIFY(copyId != id);
    const Workspace stored = *inventory->workspace(copyId);
    QCOMPARE(stored.tasks.size(), original.tasks.size());
    for (std::size_t i = 0; i < stored.tasks.size(); ++i) {
        QVERIFY(stored.tasks[i].id != original.tasks[i].id);
        QCOMPARE(stored.tasks[i].name, original.tasks[i].name);
    }
    QCOMPARE(*inventory->workspace(id), original);

    Connector connector = *inventory->connector(world.github);
    connector.scopes = {{0, QStringLiteral("repo"), ScopeMode::Write, {}}};
    inventory->updateConnector(connector);
    connector = *inventory->connector(world.github);
    connector.id = 0;
    connector.name = QStringLiteral("GitHub (copy)");
    const Id connectorCopy = inventory->addConnector(connector);
    QVERIFY(inventory->connector(connectorCopy)->scopes.front().id != connector.scopes.front().id);
    QCOMPARE(inventory->verify(), QStringList());
}

void TestRestore::restoredIdAboveTheRestIsFollowed()
{
    test::TempInventory inventory;
    inventory->addPerson(test::person(QStringLiteral("Ada")));
    QCOMPARE(inventory->addPerson({500, QStringLiteral("Bob"), {}, {}, {}, {}}), Id(500));
    QCOMPARE(inventory->addPerson(test::person(QStringLiteral("Cleo"))), Id(501));
    QCOMPARE(inventory->verify(), QStringList());
}

void TestRestore::negativeIdIsRefused()
{
    test::TempInventory inventory;
    const auto before = test::auditFingerprint(inventory.store());
    QVERIFY_THROWS_EXCEPTION(StoreError, inventory->addPerson({-3, QStringLiteral("Ada"), {}, {}, {}, {}}));
    QCOMPARE(test::auditFingerprint(inventory.store()), before);
}

void TestRestore::undoRedoCyclesVerifyClean()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    const Id workspaceId = inventory->addWorkspace(test::fullWorkspace(world));
    const Workspace workspace = *inventory->workspace(workspaceId);
    const Connector connector = *inventory->connector(world.jira);
    for (int round = 0; round < 3; ++round) {
        inventory->removeWorkspace(workspaceId);
        inventory->addWorkspace(workspace);
        inventory->transaction([&] {
            // The workspace links to Jira; removing the connector takes the link with it.
            inventory->removeConnector(world.jira);
            inventory->addConnector(connector);
            Workspace relinked = *inventory->workspace(workspaceId);
            relinked.connectorIds = workspace.connectorIds;
            inventory->updateWorkspace(relinked);
        });
    }
    QCOMPARE(*inventory->workspace(workspaceId), workspace);
    QCOMPARE(*inventory->connector(world.jira), connector);
    QCOMPARE(inventory.reopen().verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
