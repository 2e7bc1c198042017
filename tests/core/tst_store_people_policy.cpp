// Store round trips for people, the governance objects, cadences and the policy with its approval
// history: every entity is written, the store is closed, the file reopened and the entity read
// back and compared whole. Updates and removals go through the same cycle.
#include "coretest.h"
#include "store/errors.h"
#include "store/schema.h"
#include "store/store.h"

#include <QtTest>

using namespace steward;
using steward::test::compareEach;
using steward::test::connector;
using steward::test::person;
using steward::test::skill;
using steward::test::TempInventory;

class TestStorePeoplePolicy : public QObject
{
    Q_OBJECT

private slots:
    void newFileHoldsGovernanceObjectsAndDraftPolicy();

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
};

void TestStorePeoplePolicy::newFileHoldsGovernanceObjectsAndDraftPolicy()
{
    TempInventory inv;
    Store& store = inv.reopen();
    QCOMPARE(store.schemaVersion(), schema::currentVersion);
    const auto objects = store.governanceObjects();
    QCOMPARE(objects.size(), std::size_t(4));
    QCOMPARE(key(objects[0].kind), QStringLiteral("policy"));
    QCOMPARE(key(objects[1].kind), QStringLiteral("workspaces"));
    QCOMPARE(key(objects[2].kind), QStringLiteral("connectors"));
    QCOMPARE(key(objects[3].kind), QStringLiteral("skills"));
    for (const GovernanceObject& object : objects) {
        QCOMPARE(object.ownerId, Id(0));
        // Seed 004: the policy is re-evaluated every year, the inventories reviewed every quarter.
        QVERIFY(object.review.cadence ==
                (object.kind == GovernanceKind::Policy ? Cadence::Annual : Cadence::Quarterly));
    }
    const Policy policy = store.policy();
    QCOMPARE(policy.version, QStringLiteral("0.1"));
    QVERIFY(policy.status == PolicyStatus::Draft);
    QVERIFY(policy.history.empty());
    QVERIFY(store.people().empty());
    QCOMPARE(store.verify(), QStringList());
}

// People ---------------------------------------------------------------------------------------

void TestStorePeoplePolicy::peopleRoundTrip()
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

void TestStorePeoplePolicy::personUpdateAndRemovalRoundTrip()
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

void TestStorePeoplePolicy::ensurePersonFindsOrAdds()
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

void TestStorePeoplePolicy::personNamesMustBeUniqueAndPresent_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("duplicate") << QStringLiteral("Ada");
    QTest::newRow("duplicate with spaces") << QStringLiteral("  Ada ");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestStorePeoplePolicy::personNamesMustBeUniqueAndPresent()
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
void TestStorePeoplePolicy::removingReferencedPersonIsRefused_data()
{
    QTest::addColumn<QString>("reference");
    for (const char* reference : {"governance owner", "connector owner", "connector approver", "workspace sponsor",
                                  "task owner", "skill reviewer", "review", "request", "incident", "policy approval"})
        QTest::newRow(reference) << QString::fromLatin1(reference);
}

void TestStorePeoplePolicy::removingReferencedPersonIsRefused()
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

void TestStorePeoplePolicy::governanceObjectRoundTrip()
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

void TestStorePeoplePolicy::cadencesRoundTrip()
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

void TestStorePeoplePolicy::policyRoundTrip()
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

void TestStorePeoplePolicy::policyListsShrinkAndSectionsKeepIds()
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

void TestStorePeoplePolicy::policyTierOutsideOneToThreeIsRefused()
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

void TestStorePeoplePolicy::approvePolicyAddsHistoryEntry()
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

void TestStorePeoplePolicy::approvePolicyNeedsNamedApprover()
{
    TempInventory inv;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(0, QDate(2024, 3, 1), QDate(2024, 4, 1)));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(42, QDate(2024, 3, 1), QDate(2024, 4, 1)));
    const Policy read = inv.reopen().policy();
    QVERIFY(read.status == PolicyStatus::Draft);
    QVERIFY(read.history.empty());
}

QTEST_GUILESS_MAIN(TestStorePeoplePolicy)
#include "tst_store_people_policy.moc"
