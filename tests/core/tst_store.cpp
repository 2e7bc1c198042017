// Store round trips: every entity is written, the store is closed, the file reopened and the
// entity read back and compared whole. Updates and removals go through the same cycle.
#include "coretest.h"
#include "store/errors.h"
#include "store/store.h"

#include <QtTest>

using namespace steward;
using steward::test::TempInventory;

namespace {

Person person(const QString& name, const QString& email = {}, const QString& team = {})
{
    Person p;
    p.name = name;
    p.email = email;
    p.team = team;
    return p;
}

Connector connector(const QString& name, Id owner = 0)
{
    Connector c;
    c.name = name;
    c.system = name + QStringLiteral(" Cloud");
    c.ownerId = owner;
    return c;
}

Skill skill(const QString& name, Id owner = 0)
{
    Skill s;
    s.name = name;
    s.intendedUse = QStringLiteral("Summarise ") + name;
    s.ownerId = owner;
    return s;
}

template <typename T> void compareEach(const std::vector<T>& actual, const std::vector<T>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QCOMPARE(actual[i], expected[i]);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void newFileHoldsGovernanceObjectsAndDraftPolicy();
    void createRefusesExistingFile();
    void openingWithoutEditingChangesNothing();

    void peopleRoundTrip();
    void personUpdateAndRemovalRoundTrip();
    void ensurePersonFindsOrAdds();
    void personNamesMustBeUniqueAndPresent_data();
    void personNamesMustBeUniqueAndPresent();
    void removingReferencedPersonIsRefused_data();
    void removingReferencedPersonIsRefused();

    void governanceObjectRoundTrip();
    void cadencesRoundTrip();

    void policyRoundTrip();
    void policyListsShrinkAndSectionsKeepIds();
    void policyTierOutsideOneToThreeIsRefused();
    void approvePolicyAddsHistoryEntry();
    void approvePolicyNeedsNamedApprover();

    void workspaceRoundTrip();
    void workspaceUpdateRoundTrip();
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

    void raciRoundTrip();
    void raciLettersAreNormalized_data();
    void raciLettersAreNormalized();
    void raciRefusesOtherLetters_data();
    void raciRefusesOtherLetters();
    void raciRefusesCellOutsideMatrix();
    void raciUpdateDropsRemovedRoleWithItsCells();

    void reviewsRoundTrip();
    void requestsRoundTrip();
    void incidentsRoundTrip();

    void countReportsRowsOfKnownTablesOnly();
};

void TestStore::newFileHoldsGovernanceObjectsAndDraftPolicy()
{
    TempInventory inv;
    Store& store = inv.reopen();
    QCOMPARE(store.schemaVersion(), 2);
    const auto objects = store.governanceObjects();
    QCOMPARE(objects.size(), std::size_t(4));
    QCOMPARE(key(objects[0].kind), QStringLiteral("policy"));
    QCOMPARE(key(objects[1].kind), QStringLiteral("workspaces"));
    QCOMPARE(key(objects[2].kind), QStringLiteral("connectors"));
    QCOMPARE(key(objects[3].kind), QStringLiteral("skills"));
    for (const GovernanceObject& object : objects) {
        QCOMPARE(object.ownerId, Id(0));
        QVERIFY(object.review.cadence == Cadence::Quarterly);
    }
    const Policy policy = store.policy();
    QCOMPARE(policy.version, QStringLiteral("0.1"));
    QVERIFY(policy.status == PolicyStatus::Draft);
    QVERIFY(policy.history.empty());
    QVERIFY(store.people().empty());
    QCOMPARE(store.verify(), QStringList());
}

void TestStore::createRefusesExistingFile()
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
void TestStore::openingWithoutEditingChangesNothing()
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

// People ---------------------------------------------------------------------------------------

void TestStore::peopleRoundTrip()
{
    TempInventory inv;
    Person ada = person(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"), QStringLiteral("Finance"));
    ada.title = QStringLiteral("Head of Analytics");
    ada.notes = QStringLiteral("Pilot sponsor.\nPrefers email.");
    Person zoe = person(QStringLiteral("  Zoë Ångström  ")); // names are stored trimmed
    ada.id = inv->addPerson(ada);
    zoe.id = inv->addPerson(zoe);
    QVERIFY(ada.id > 0);
    QVERIFY(zoe.id > ada.id);
    zoe.name = QStringLiteral("Zoë Ångström");

    Store& store = inv.reopen();
    compareEach(store.people(), {ada, zoe});
    QCOMPARE(store.person(zoe.id), std::optional<Person>(zoe));
    QCOMPARE(store.person(9999), std::optional<Person>());
    QCOMPARE(store.personIdByName(QStringLiteral(" Zoë Ångström ")), zoe.id);
    QCOMPARE(store.personIdByName(QStringLiteral("Nobody")), Id(0));
    QCOMPARE(store.verify(), QStringList());
}

void TestStore::personUpdateAndRemovalRoundTrip()
{
    TempInventory inv;
    Person ada = person(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
    ada.id = inv->addPerson(ada);
    const Id bob = inv->addPerson(person(QStringLiteral("Bob")));

    ada.email.clear(); // an emptied field comes back empty, not as the old text
    ada.team = QStringLiteral("Risk");
    ada.name = QStringLiteral("Ada King");
    inv->updatePerson(ada);
    Store& store = inv.reopen();
    QCOMPARE(store.person(ada.id), std::optional<Person>(ada));

    store.removePerson(bob);
    Store& again = inv.reopen();
    compareEach(again.people(), {ada});
    QCOMPARE(again.verify(), QStringList());
}

void TestStore::ensurePersonFindsOrAdds()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    QCOMPARE(inv->ensurePerson(QStringLiteral(" Ada ")), ada);
    QCOMPARE(inv->ensurePerson(QString()), Id(0));
    const Id grace = inv->ensurePerson(QStringLiteral("Grace"));
    QVERIFY(grace > ada);
    Store& store = inv.reopen();
    QCOMPARE(store.people().size(), std::size_t(2));
    QCOMPARE(store.personIdByName(QStringLiteral("Grace")), grace);
}

void TestStore::personNamesMustBeUniqueAndPresent_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("duplicate") << QStringLiteral("Ada");
    QTest::newRow("duplicate with spaces") << QStringLiteral("  Ada ");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestStore::personNamesMustBeUniqueAndPresent()
{
    QFETCH(QString, name);
    TempInventory inv;
    inv->addPerson(person(QStringLiteral("Ada")));
    const Id bob = inv->addPerson(person(QStringLiteral("Bob")));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->addPerson(person(name)));
    Person renamed = person(name);
    renamed.id = bob;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updatePerson(renamed));
    Store& store = inv.reopen();
    QCOMPARE(store.people().size(), std::size_t(2));
    QCOMPARE(store.person(bob)->name, QStringLiteral("Bob"));
}

// Each way a person can be referred to keeps them from being removed.
void TestStore::removingReferencedPersonIsRefused_data()
{
    QTest::addColumn<QString>("reference");
    for (const char* reference : {"governance owner", "connector owner", "connector approver", "workspace sponsor",
                                  "task owner", "skill reviewer", "review", "request", "incident", "policy approval"})
        QTest::newRow(reference) << QString::fromLatin1(reference);
}

void TestStore::removingReferencedPersonIsRefused()
{
    QFETCH(QString, reference);
    TempInventory inv;
    Store& store = inv.store();
    const Id ada = store.addPerson(person(QStringLiteral("Ada")));
    if (reference == QLatin1String("governance owner")) {
        GovernanceObject object = store.governanceObject(GovernanceKind::Skills);
        object.ownerId = ada;
        store.updateGovernanceObject(object);
    } else if (reference == QLatin1String("connector owner")) {
        store.addConnector(connector(QStringLiteral("GitHub"), ada));
    } else if (reference == QLatin1String("connector approver")) {
        Connector c = connector(QStringLiteral("GitHub"));
        c.approvedBy = ada;
        store.addConnector(c);
    } else if (reference == QLatin1String("workspace sponsor")) {
        Workspace w;
        w.name = QStringLiteral("Finance");
        w.sponsorId = ada;
        store.addWorkspace(w);
    } else if (reference == QLatin1String("task owner")) {
        Workspace w;
        w.name = QStringLiteral("Finance");
        w.tasks.push_back({0, QStringLiteral("Close"), QStringLiteral("monthly"), ada, true});
        store.addWorkspace(w);
    } else if (reference == QLatin1String("skill reviewer")) {
        Skill s = skill(QStringLiteral("Digest"));
        s.review.lastReviewedBy = ada;
        store.addSkill(s);
    } else if (reference == QLatin1String("review")) {
        store.addReview({0, QStringLiteral("governance"), 1, QDate(2024, 3, 1), ada, {}});
    } else if (reference == QLatin1String("request")) {
        ForumRequest r;
        r.title = QStringLiteral("Jira connector");
        r.requestedBy = ada;
        store.addRequest(r);
    } else if (reference == QLatin1String("incident")) {
        Incident i;
        i.title = QStringLiteral("Leak");
        i.reportedBy = ada;
        store.addIncident(i);
    } else if (reference == QLatin1String("policy approval")) {
        store.approvePolicy(ada, QDate(2024, 1, 1), QDate(2024, 2, 1));
    } else {
        QFAIL("unknown reference");
    }

    const auto trailBefore = test::auditFingerprint(store);
    try {
        store.removePerson(ada);
        QFAIL("removing a referenced person was not refused");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("Ada")), qPrintable(e.message()));
    }
    Store& reopened = inv.reopen();
    QVERIFY(reopened.person(ada).has_value());
    QCOMPARE(test::auditFingerprint(reopened), trailBefore);
    QCOMPARE(reopened.verify(), QStringList());
}

// Governance objects and cadences -------------------------------------------------------------

void TestStore::governanceObjectRoundTrip()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    const Id bob = inv->addPerson(person(QStringLiteral("Bob")));
    GovernanceObject object = inv->governanceObject(GovernanceKind::Connectors);
    QVERIFY(object.id > 0);
    object.ownerId = ada;
    object.location = QStringLiteral("https://wiki.example.org/ai/connectors");
    object.review = {Cadence::Monthly, QDate(2024, 4, 30), bob};
    inv->updateGovernanceObject(object);

    Store& store = inv.reopen();
    QCOMPARE(store.governanceObject(GovernanceKind::Connectors), object);
    // The other objects are untouched.
    QCOMPARE(store.governanceObject(GovernanceKind::Skills).ownerId, Id(0));

    object.ownerId = bob;
    object.location.clear();
    object.review.lastReviewedOn = QDate();
    store.updateGovernanceObject(object);
    QCOMPARE(inv.reopen().governanceObject(GovernanceKind::Connectors), object);
    QCOMPARE(inv->verify(), QStringList());
}

void TestStore::cadencesRoundTrip()
{
    TempInventory inv;
    inv->setCadences({{0, Cadence::Annual, QStringLiteral("Annual"), QStringLiteral("Re-evaluate")},
                      {0, Cadence::Weekly, QStringLiteral("Weekly"), QStringLiteral("Stand-up")},
                      {0, Cadence::Monthly, QStringLiteral("Monthly"), {}}});
    Store& store = inv.reopen();
    auto read = store.cadences();
    QCOMPARE(read.size(), std::size_t(3));
    // Read back in cadence order whatever the order written.
    QVERIFY(read[0].cadence == Cadence::Weekly);
    QVERIFY(read[1].cadence == Cadence::Monthly);
    QVERIFY(read[2].cadence == Cadence::Annual);
    QCOMPARE(read[0].title, QStringLiteral("Weekly"));
    QCOMPARE(read[0].agenda, QStringLiteral("Stand-up"));
    QCOMPARE(read[1].agenda, QString());
    QCOMPARE(read[2].agenda, QStringLiteral("Re-evaluate"));
    const Id weeklyId = read[0].id;
    QVERIFY(weeklyId > 0);

    // Matched by cadence: weekly keeps its row, monthly and annual go, quarterly comes.
    store.setCadences({{0, Cadence::Weekly, QStringLiteral("Weekly pilot"), QStringLiteral("Stand-up")},
                       {0, Cadence::Quarterly, QStringLiteral("Quarterly"), QStringLiteral("Governance")}});
    read = inv.reopen().cadences();
    QCOMPARE(read.size(), std::size_t(2));
    QCOMPARE(read[0], (CadenceDefinition{weeklyId, Cadence::Weekly, QStringLiteral("Weekly pilot"),
                                         QStringLiteral("Stand-up")}));
    QVERIFY(read[1].cadence == Cadence::Quarterly);
    QCOMPARE(read[1].agenda, QStringLiteral("Governance"));
    QCOMPARE(inv->verify(), QStringList());
}

// Policy ---------------------------------------------------------------------------------------

namespace {

Policy fullPolicy(Id approver)
{
    Policy p;
    p.title = QStringLiteral("Acceptable use of AI agents");
    p.version = QStringLiteral("1.2");
    p.status = PolicyStatus::Draft;
    p.approvedBy = approver;
    p.approvedOn = QDate(2024, 1, 15);
    p.effectiveOn = QDate(2024, 2, 1);
    p.allowedGroups = {QStringLiteral("Finance"), QStringLiteral("Sales Ops"), QStringLiteral("Legal")};
    p.dataClasses = {{DataClass::Public, Permission::Allowed, {}},
                     {DataClass::Internal, Permission::Allowed, {}},
                     {DataClass::Confidential, Permission::Conditional, QStringLiteral("tier 3 review")},
                     {DataClass::Restricted, Permission::Forbidden, {}}};
    p.prohibitedUses = {QStringLiteral("auto-send external commitments without review"),
                        QStringLiteral("connector scope expansion without re-approval"),
                        QStringLiteral("PII export to unapproved destinations")};
    p.reviewTiers = {{1, QStringLiteral("internal, non-sensitive"), QStringLiteral("spot-check")},
                     {2, QStringLiteral("leaves org"), QStringLiteral("named-reviewer")},
                     {3, QStringLiteral("sensitive or writes"), QStringLiteral("dual-review + audit")}};
    p.trainingOptOut = QStringLiteral("Opted out at the org level.");
    p.retention = QStringLiteral("30 days");
    p.auditFields = {QStringLiteral("actor"), QStringLiteral("connector"), QStringLiteral("data_scope"),
                     QStringLiteral("approver"), QStringLiteral("output_hash")};
    p.sections = {{0, QStringLiteral("Scope"), QStringLiteral("Applies to **everyone**.")},
                  {0, QStringLiteral("Exceptions"), QStringLiteral("- ask the forum\n- wait for approval")}};
    return p;
}

} // namespace

void TestStore::policyRoundTrip()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    Policy expected = fullPolicy(ada);
    inv->updatePolicy(expected);

    Store& store = inv.reopen();
    const Policy read = store.policy();
    QCOMPARE(read.sections.size(), std::size_t(2));
    QVERIFY(read.sections[0].id > 0);
    QVERIFY(read.sections[1].id > read.sections[0].id);
    expected.sections[0].id = read.sections[0].id; // ids are the store's to give
    expected.sections[1].id = read.sections[1].id;
    QCOMPARE(read, expected);
    QCOMPARE(store.verify(), QStringList());
}

void TestStore::policyListsShrinkAndSectionsKeepIds()
{
    TempInventory inv;
    Policy p = fullPolicy(0);
    inv->updatePolicy(p);
    p = inv.reopen().policy();
    const Id scopeId = p.sections[0].id;
    const Id exceptionsId = p.sections[1].id;

    p.allowedGroups = {QStringLiteral("Legal")};
    p.prohibitedUses.removeAt(1);
    p.auditFields.clear();
    p.dataClasses = {{DataClass::Internal, Permission::Conditional, QStringLiteral("named reviewer")}};
    p.reviewTiers = {{3, QStringLiteral("everything"), QStringLiteral("dual")}};
    std::swap(p.sections[0], p.sections[1]); // reordered, both kept
    p.sections[1].body = QStringLiteral("Applies to contractors too.");
    p.sections.push_back({0, QStringLiteral("Appendix"), {}});
    p.trainingOptOut.clear();
    inv->updatePolicy(p);

    const Policy read = inv.reopen().policy();
    QCOMPARE(read.allowedGroups, QStringList{QStringLiteral("Legal")});
    QCOMPARE(read.prohibitedUses, (QStringList{QStringLiteral("auto-send external commitments without review"),
                                               QStringLiteral("PII export to unapproved destinations")}));
    QCOMPARE(read.auditFields, QStringList());
    QCOMPARE(read.dataClasses.size(), std::size_t(1));
    QCOMPARE(read.dataClasses[0], p.dataClasses[0]);
    QCOMPARE(read.reviewTiers.size(), std::size_t(1));
    QCOMPARE(read.reviewTiers[0], p.reviewTiers[0]);
    QCOMPARE(read.trainingOptOut, QString());
    QCOMPARE(read.sections.size(), std::size_t(3));
    QCOMPARE(read.sections[0].id, exceptionsId);
    QCOMPARE(read.sections[1].id, scopeId);
    QCOMPARE(read.sections[1].body, QStringLiteral("Applies to contractors too."));
    QCOMPARE(read.sections[2].title, QStringLiteral("Appendix"));
    QCOMPARE(inv->count(QStringLiteral("policy_groups")), qint64(1));
    QCOMPARE(inv->count(QStringLiteral("policy_audit_fields")), qint64(0));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStore::policyTierOutsideOneToThreeIsRefused()
{
    TempInventory inv;
    inv->updatePolicy(fullPolicy(0));
    const Policy before = inv->policy();
    Policy p = before;
    p.title = QStringLiteral("Changed in the same call");
    p.reviewTiers.push_back({5, QStringLiteral("beyond"), QStringLiteral("none")});
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updatePolicy(p));
    QCOMPARE(inv.reopen().policy(), before);
}

void TestStore::approvePolicyAddsHistoryEntry()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    const Id bob = inv->addPerson(person(QStringLiteral("Bob")));
    Policy p = fullPolicy(0);
    p.version = QStringLiteral("1.0");
    inv->updatePolicy(p);
    inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 4, 1));

    Store& store = inv.reopen();
    Policy read = store.policy();
    QVERIFY(read.status == PolicyStatus::Approved);
    QCOMPARE(read.approvedBy, ada);
    QCOMPARE(read.approvedOn, QDate(2024, 3, 1));
    QCOMPARE(read.effectiveOn, QDate(2024, 4, 1));
    QCOMPARE(read.history.size(), std::size_t(1));
    const PolicyVersion first = read.history[0];
    QVERIFY(first.id > 0);
    QCOMPARE(first.version, QStringLiteral("1.0"));
    QCOMPARE(first.approvedBy, ada);
    QCOMPARE(first.approvedOn, QDate(2024, 3, 1));
    QCOMPARE(first.effectiveOn, QDate(2024, 4, 1));
    // The snapshot freezes the policy's content as it was approved.
    QVERIFY2(first.snapshot.contains(QStringLiteral("\"title\":\"Acceptable use of AI agents\"")),
             qPrintable(first.snapshot));
    QVERIFY(first.snapshot.contains(QStringLiteral("\"version\":\"1.0\"")));
    QVERIFY(first.snapshot.contains(QStringLiteral("PII export to unapproved destinations")));

    // updatePolicy never writes history, whatever the value carries.
    read.version = QStringLiteral("1.1");
    read.status = PolicyStatus::Draft;
    read.history.push_back({0, QStringLiteral("forged"), bob, QDate(2020, 1, 1), QDate(2020, 1, 1), {}});
    store.updatePolicy(read);
    QCOMPARE(inv.reopen().policy().history.size(), std::size_t(1));

    inv->approvePolicy(bob, QDate(2024, 6, 1), QDate(2024, 7, 1));
    read = inv.reopen().policy();
    QCOMPARE(read.history.size(), std::size_t(2));
    QCOMPARE(read.history[0], first); // earlier versions stay as they were
    QCOMPARE(read.history[1].version, QStringLiteral("1.1"));
    QCOMPARE(read.history[1].approvedBy, bob);
    QCOMPARE(read.history[1].approvedOn, QDate(2024, 6, 1));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStore::approvePolicyNeedsNamedApprover()
{
    TempInventory inv;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(0, QDate(2024, 3, 1), QDate(2024, 4, 1)));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(42, QDate(2024, 3, 1), QDate(2024, 4, 1)));
    const Policy read = inv.reopen().policy();
    QVERIFY(read.status == PolicyStatus::Draft);
    QVERIFY(read.history.empty());
}

// Workspaces -----------------------------------------------------------------------------------

namespace {

struct World
{
    Id ada = 0;
    Id bob = 0;
    Id github = 0;
    Id slack = 0;
    Id jira = 0;
    Id digest = 0;
    Id triage = 0;
};

World makeWorld(Store& store)
{
    World w;
    w.ada = store.addPerson(person(QStringLiteral("Ada")));
    w.bob = store.addPerson(person(QStringLiteral("Bob")));
    w.github = store.addConnector(connector(QStringLiteral("GitHub"), w.ada));
    w.slack = store.addConnector(connector(QStringLiteral("Slack"), w.bob));
    w.jira = store.addConnector(connector(QStringLiteral("Jira"), w.bob));
    w.digest = store.addSkill(skill(QStringLiteral("Digest"), w.ada));
    w.triage = store.addSkill(skill(QStringLiteral("Triage"), w.bob));
    return w;
}

Workspace fullWorkspace(const World& world)
{
    Workspace w;
    w.name = QStringLiteral("Finance close");
    w.purpose = QStringLiteral("Month-end close assistance");
    w.ownerId = world.ada;
    w.sponsorId = world.bob;
    w.function = QStringLiteral("Finance");
    w.status = WorkspaceStatus::Active;
    w.seats = 12;
    w.dataClass = DataClass::Confidential;
    w.dataDescription = QStringLiteral("GL extracts, no payroll");
    w.hasClaudeMd = true;
    w.claudeMdUrl = QStringLiteral("https://git.example.org/finance/CLAUDE.md");
    w.memoryCheckedOn = QDate(2024, 5, 2);
    w.review = {Cadence::Monthly, QDate(2024, 5, 1), world.bob};
    w.notes = QStringLiteral("Graduated from pilot in April.");
    w.tasks = {{0, QStringLiteral("Reconcile"), QStringLiteral("weekdays 07:00"), world.ada, true},
               {0, QStringLiteral("Variance report"), QStringLiteral("0 6 1 * *"), 0, false}};
    w.connectorIds = {world.github, world.jira};
    w.skillIds = {world.digest, world.triage};
    return w;
}

} // namespace

void TestStore::workspaceRoundTrip()
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

void TestStore::workspaceUpdateRoundTrip()
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

void TestStore::removingWorkspaceRemovesTasksAndLinks()
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

void TestStore::connectorRoundTrip_data()
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

void TestStore::connectorRoundTrip()
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

void TestStore::connectorUpdateRoundTrip()
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

void TestStore::removingConnectorRemovesScopesAndLinks()
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

void TestStore::removingConnectorReferencedByIncidentIsRefused()
{
    TempInventory inv;
    const World world = makeWorld(inv.store());
    Connector gh = *inv->connector(world.github);
    gh.scopes = {{0, QStringLiteral("repo"), ScopeMode::Write, {}}};
    inv->updateConnector(gh);
    gh = *inv->connector(world.github);
    Incident incident;
    incident.title = QStringLiteral("Token leaked");
    incident.connectorId = world.github;
    inv->addIncident(incident);

    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removeConnector(world.github));
    QCOMPARE(inv.reopen().connector(world.github), std::optional<Connector>(gh));
    QCOMPARE(inv->verify(), QStringList());
}

void TestStore::connectorTierOutsideOneToThreeIsRefused_data()
{
    QTest::addColumn<int>("tier");
    QTest::newRow("0") << 0;
    QTest::newRow("4") << 4;
    QTest::newRow("-1") << -1;
}

void TestStore::connectorTierOutsideOneToThreeIsRefused()
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

void TestStore::skillRoundTrip()
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

void TestStore::skillUpdateAndRemovalRoundTrip()
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

// RACI -----------------------------------------------------------------------------------------

void TestStore::raciRoundTrip()
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

void TestStore::raciLettersAreNormalized_data()
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

void TestStore::raciLettersAreNormalized()
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

void TestStore::raciRefusesOtherLetters_data()
{
    QTest::addColumn<QString>("letters");
    QTest::newRow("X") << QStringLiteral("X");
    QTest::newRow("RQ") << QStringLiteral("RQ");
    QTest::newRow("R/A") << QStringLiteral("R/A");
}

void TestStore::raciRefusesOtherLetters()
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

void TestStore::raciRefusesCellOutsideMatrix()
{
    TempInventory inv;
    Raci wanted;
    wanted.roles = {{0, QStringLiteral("Owner")}};
    wanted.activities = {{0, QStringLiteral("Approval")}};
    wanted.cells = {{0, 1, QStringLiteral("A")}};
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->setRaci(wanted));
    QCOMPARE(inv.reopen().raci(), Raci());
}

void TestStore::raciUpdateDropsRemovedRoleWithItsCells()
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

void TestStore::reviewsRoundTrip()
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

void TestStore::requestsRoundTrip()
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

void TestStore::incidentsRoundTrip()
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
    i.connectorId = world.slack;
    i.workspaceId = workspace;
    i.description = QStringLiteral("An unreviewed draft left through the Slack connector.");
    i.id = inv->addIncident(i);
    compareEach(inv.reopen().incidents(), {i});

    // A workspace named by an incident cannot go either.
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removeWorkspace(workspace));

    i.status = IncidentStatus::Resolved;
    i.resolvedOn = QDate(2024, 6, 2);
    i.severity = Severity::Critical;
    i.connectorId = 0;
    inv->updateIncident(i);
    compareEach(inv.reopen().incidents(), {i});

    inv->removeIncident(i.id);
    QVERIFY(inv.reopen().incidents().empty());
    inv->removeWorkspace(workspace); // nothing refers to it any more
    QVERIFY(inv->workspaces().empty());
    QCOMPARE(inv->verify(), QStringList());
}

void TestStore::countReportsRowsOfKnownTablesOnly()
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

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
