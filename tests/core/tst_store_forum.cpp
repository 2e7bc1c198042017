// Store round trips for the forum: the RACI matrix, reviews, requests and incidents, each written,
// the store closed, the file reopened and read back whole; plus the file-level checks that create()
// never overwrites and that opening without an edit leaves every byte as it was.
#include "coretest.h"
#include "store/errors.h"
#include "store/store.h"

#include <QtTest>

using namespace steward;
using steward::test::compareEach;
using steward::test::fullWorkspace;
using steward::test::makeWorld;
using steward::test::TempInventory;
using steward::test::World;

class TestStoreForum : public QObject
{
    Q_OBJECT

private slots:
    void createRefusesExistingFile();
    void openingWithoutEditingChangesNothing();

    void raciRoundTrip();
    void raciLettersAreNormalized_data();
    void raciLettersAreNormalized();
    void raciRefusesOtherLetters_data();
    void raciRefusesOtherLetters();
    void raciRefusesCellOutsideMatrix();
    void raciUpdateDropsRemovedRoleWithItsCells();
    void raciRolesHoldPeople();
    void raciRefusesUnknownHolder();

    void reviewsRoundTrip();
    void requestsRoundTrip();
    void incidentsRoundTrip();
};

void TestStoreForum::createRefusesExistingFile()
{
    TempInventory inv;
    inv.close();
    const QByteArray before = test::fileBytes(inv.path());
    try {
        Store::create(inv.path());
        QFAIL("create() overwrote an existing file");
    } catch (const OpenError& e) {
        QVERIFY(e.kind() == OpenErrorKind::AlreadyExists);
    }
    QCOMPARE(test::fileBytes(inv.path()), before);
}

// Opening a file and closing it again, without an edit, must not change a byte (a file kept in
// git stays clean) nor leave anything beside it; a read-only open takes no lock file either.
void TestStoreForum::openingWithoutEditingChangesNothing()
{
    TempInventory inv;
    Person ada;
    ada.name = QStringLiteral("Ada");
    inv->addPerson(ada);
    inv.close();
    const QByteArray before = test::fileBytes(inv.path());
    const QStringList files = test::filesIn(inv.dirPath());
    QCOMPARE(files, QStringList{QStringLiteral("inventory.steward")});

    {
        auto reader = Store::open(inv.path(), Store::Mode::ReadOnly);
        QCOMPARE(reader->people().size(), std::size_t(1));
        QCOMPARE(test::filesIn(inv.dirPath()), files);
    }
    Store& store = inv.reopen();
    QCOMPARE(store.people().size(), std::size_t(1));
    QCOMPARE(store.verify(), QStringList());
    inv.close();
    QCOMPARE(test::fileBytes(inv.path()), before);
    QCOMPARE(test::filesIn(inv.dirPath()), files);
}

// RACI -----------------------------------------------------------------------------------------

void TestStoreForum::raciRoundTrip()
{
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Sponsor")}, {0, QStringLiteral("Owner")}, {0, QStringLiteral("IT")}};
    wanted.activities = {{0, QStringLiteral("Workspace creation")}, {0, QStringLiteral("Connector approval")}};
    wanted.cells = {{1, 2, QStringLiteral("c, i")},
                    {0, 0, QStringLiteral("A")},
                    {0, 1, QStringLiteral("r")},
                    {1, 0, QStringLiteral("ar")},
                    {0, 2, QString()}};
    const Raci stored = inv->setRaci(wanted);

    QCOMPARE(stored.roles.size(), std::size_t(3));
    QCOMPARE(stored.activities.size(), std::size_t(2));
    for (std::size_t i = 0; i < stored.roles.size(); ++i) {
        QVERIFY(stored.roles[i].id > 0);
        QCOMPARE(stored.roles[i].name, wanted.roles[i].name);
    }
    for (std::size_t i = 0; i < stored.activities.size(); ++i) {
        QVERIFY(stored.activities[i].id > 0);
        QCOMPARE(stored.activities[i].name, wanted.activities[i].name);
    }
    // Cells by index, ordered by activity then role, letters in RACI order, empty cells absent.
    const std::vector<RaciCell> cells{{0, 0, QStringLiteral("A")},
                                      {0, 1, QStringLiteral("R")},
                                      {1, 0, QStringLiteral("RA")},
                                      {1, 2, QStringLiteral("CI")}};
    compareEach(stored.cells, cells);

    Store& store = inv.reopen();
    QCOMPARE(store.raci(), stored);
    QCOMPARE(store.count(QStringLiteral("raci_cells")), qint64(4));
    QCOMPARE(store.verify(), QStringList());
}

void TestStoreForum::raciLettersAreNormalized_data()
{
    QTest::addColumn<QString>("letters");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A") << QStringLiteral("A") << QStringLiteral("A");
    QTest::newRow("lower case") << QStringLiteral("r") << QStringLiteral("R");
    QTest::newRow("out of order") << QStringLiteral("IACR") << QStringLiteral("RACI");
    QTest::newRow("AR") << QStringLiteral("AR") << QStringLiteral("RA");
    QTest::newRow("separated") << QStringLiteral("c, i") << QStringLiteral("CI");
    QTest::newRow("repeated") << QStringLiteral("rRr") << QStringLiteral("R");
    QTest::newRow("blank") << QStringLiteral("  ") << QString();
}

void TestStoreForum::raciLettersAreNormalized()
{
    QFETCH(QString, letters);
    QFETCH(QString, expected);
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Owner")}};
    wanted.activities = {{0, QStringLiteral("Approval")}};
    wanted.cells = {{0, 0, letters}};
    inv->setRaci(wanted);
    const Raci read = inv.reopen().raci();
    if (expected.isEmpty()) {
        QVERIFY(read.cells.empty());
    } else {
        QCOMPARE(read.cells.size(), std::size_t(1));
        QCOMPARE(read.cells[0], (RaciCell{0, 0, expected}));
    }
}

void TestStoreForum::raciRefusesOtherLetters_data()
{
    QTest::addColumn<QString>("letters");
    QTest::newRow("X") << QStringLiteral("X");
    QTest::newRow("RQ") << QStringLiteral("RQ");
    QTest::newRow("R/A") << QStringLiteral("R/A");
}

void TestStoreForum::raciRefusesOtherLetters()
{
    QFETCH(QString, letters);
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Owner")}};
    wanted.activities = {{0, QStringLiteral("Approval")}};
    wanted.cells = {{0, 0, letters}};
    const auto trail = test::auditFingerprint(inv.store());
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->setRaci(wanted));
    Store& store = inv.reopen();
    QCOMPARE(store.raci(), Raci());
    QCOMPARE(test::auditFingerprint(store), trail);
}

void TestStoreForum::raciRefusesCellOutsideMatrix()
{
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Owner")}};
    wanted.activities = {{0, QStringLiteral("Approval")}};
    wanted.cells = {{0, 1, QStringLiteral("A")}};
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->setRaci(wanted));
    QCOMPARE(inv.reopen().raci(), Raci());
}

void TestStoreForum::raciUpdateDropsRemovedRoleWithItsCells()
{
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Sponsor")}, {0, QStringLiteral("Owner")}, {0, QStringLiteral("IT")}};
    wanted.activities = {{0, QStringLiteral("Creation")}, {0, QStringLiteral("Approval")}};
    wanted.cells = {{0, 0, QStringLiteral("A")},
                    {0, 1, QStringLiteral("R")},
                    {1, 1, QStringLiteral("A")},
                    {1, 2, QStringLiteral("R")}};
    Raci stored = inv->setRaci(wanted);
    const Id sponsorId = stored.roles[0].id;
    const Id itId = stored.roles[2].id;

    // Owner goes; Sponsor and IT keep their rows; a new role is added at the front.
    Raci next;
    next.roles = {{0, QStringLiteral("Security")}, stored.roles[0], stored.roles[2]};
    next.activities = {stored.activities[1], {stored.activities[0].id, QStringLiteral("Workspace creation")}};
    next.cells = {{0, 2, QStringLiteral("RA")}, {1, 1, QStringLiteral("A")}, {1, 0, QStringLiteral("C")}};
    stored = inv->setRaci(next);

    const Raci read = inv.reopen().raci();
    QCOMPARE(read, stored);
    QCOMPARE(read.roles.size(), std::size_t(3));
    QCOMPARE(read.roles[0].name, QStringLiteral("Security"));
    QCOMPARE(read.roles[1].id, sponsorId);
    QCOMPARE(read.roles[2].id, itId);
    QCOMPARE(read.activities[0].name, QStringLiteral("Approval"));
    QCOMPARE(read.activities[1].name, QStringLiteral("Workspace creation"));
    compareEach(read.cells, {{0, 2, QStringLiteral("RA")}, {1, 0, QStringLiteral("C")}, {1, 1, QStringLiteral("A")}});
    QCOMPARE(inv->count(QStringLiteral("raci_roles")), qint64(3));
    QCOMPARE(inv->count(QStringLiteral("raci_cells")), qint64(3));
    QCOMPARE(inv->verify(), QStringList());
}

// Reviews, requests, incidents -----------------------------------------------------------------

void TestStoreForum::raciRolesHoldPeople()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Person cleoPerson;
    cleoPerson.name = QStringLiteral("Cleo");
    const Id cleo = inv->addPerson(cleoPerson);
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Owner"), {cleo, world.ada}}, {0, QStringLiteral("IT"), {world.ada}}};
    wanted.activities = {{0, QStringLiteral("Approval")}};
    wanted.cells = {{0, 0, QStringLiteral("A")}};
    Raci stored = inv->setRaci(wanted);
    QCOMPARE(inv.reopen().raci(), stored);
    QCOMPARE(stored.roles[0].people, (std::vector<Id>{world.ada, cleo})); // read back in id order

    // The directory cannot lose someone who holds a role; the file names who and where.
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removePerson(cleo));

    // Cleo leaves the Owner role; dropping the IT role takes its holder rows with it.
    stored.roles[0].people = {world.ada};
    stored.roles.pop_back();
    stored = inv->setRaci(stored);
    const Raci read = inv.reopen().raci();
    QCOMPARE(read, stored);
    QCOMPARE(read.roles.size(), std::size_t(1));
    QCOMPARE(read.roles[0].people, std::vector<Id>{world.ada});
    QCOMPARE(inv->count(QStringLiteral("raci_role_people")), qint64(1));
    inv->removePerson(cleo);
    QCOMPARE(inv->verify(), QStringList());
}

void TestStoreForum::raciRefusesUnknownHolder()
{
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Owner"), {4242}}};
    wanted.activities = {{0, QStringLiteral("Approval")}};
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->setRaci(wanted));
    QCOMPARE(inv.reopen().raci(), Raci());
}

void TestStoreForum::reviewsRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Review first{0,         QStringLiteral("connector"),           world.github, QDate(2024, 4, 2),
                 world.ada, QStringLiteral("Scopes still needed.")};
    Review second{0, QStringLiteral("governance"), 1, QDate(2024, 4, 3), 0, {}};
    first.id = inv->addReview(first);
    second.id = inv->addReview(second);
    compareEach(inv.reopen().reviews(), {first, second});

    first.notes = QStringLiteral("Drop repo scope next quarter.");
    first.reviewerId = world.bob;
    inv->updateReview(first);
    inv->removeReview(second.id);
    compareEach(inv.reopen().reviews(), {first});

    // A review needs its date, and a subject that exists.
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->addReview({0, QStringLiteral("governance"), 1, QDate(), 0, {}}));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->addReview({0, QStringLiteral("policy"), 1, QDate(2024, 4, 3), 0, {}}));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->addReview({0, QStringLiteral("skill"), 999, QDate(2024, 4, 3), 0, {}}));
    Review moved = first;
    moved.subjectType = QStringLiteral("workspace");
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updateReview(moved)); // no workspace with the connector's id
    compareEach(inv.reopen().reviews(), {first});
    QCOMPARE(inv->verify(), QStringList());
}

void TestStoreForum::requestsRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    ForumRequest a;
    a.kind = RequestKind::Skill;
    a.title = QStringLiteral("Invoice matching skill");
    a.description = QStringLiteral("AP team asks for a matching skill.");
    a.requestedBy = world.bob;
    a.requestedOn = QDate(2024, 5, 6);
    ForumRequest b;
    b.kind = RequestKind::Workflow;
    b.title = QStringLiteral("Auto-reply to vendors");
    a.id = inv->addRequest(a);
    b.id = inv->addRequest(b);
    compareEach(inv.reopen().requests(), {a, b});

    a.status = RequestStatus::Approved;
    a.decidedOn = QDate(2024, 6, 3);
    a.decision = QStringLiteral("Approved at tier 2.");
    inv->updateRequest(a);
    inv->removeRequest(b.id);
    compareEach(inv.reopen().requests(), {a});

    a.title = QStringLiteral("  ");
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updateRequest(a));
    QCOMPARE(inv.reopen().requests()[0].title, QStringLiteral("Invoice matching skill"));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStoreForum::incidentsRoundTrip()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    const Id workspace = inv->addWorkspace(fullWorkspace(world));
    Incident i;
    i.title = QStringLiteral("Draft sent to a customer");
    i.occurredOn = QDate(2024, 5, 30);
    i.reportedBy = world.ada;
    i.severity = Severity::High;
    i.status = IncidentStatus::Investigating;
    i.connectorIds = {world.github, world.slack}; // read back in id order
    i.workspaceIds = {workspace};
    i.followUps = {QStringLiteral("Revoke the token"), QStringLiteral("Brief the team")};
    i.description = QStringLiteral("An unreviewed draft left through the Slack connector.");
    i.id = inv->addIncident(i);
    compareEach(inv.reopen().incidents(), {i});

    // A workspace named by an incident cannot go either.
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removeWorkspace(workspace));

    i.status = IncidentStatus::Resolved;
    i.resolvedOn = QDate(2024, 6, 2);
    i.severity = Severity::Critical;
    i.connectorIds = {world.github};
    i.followUps = {QStringLiteral("Brief the team"), QStringLiteral("Re-check in a month")};
    inv->updateIncident(i);
    compareEach(inv.reopen().incidents(), {i});

    inv->removeIncident(i.id);
    QVERIFY(inv.reopen().incidents().empty());
    inv->removeWorkspace(workspace); // nothing refers to it any more
    QVERIFY(inv->workspaces().empty());
    QCOMPARE(inv->verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestStoreForum)
#include "tst_store_forum.moc"
