// The policy's approval cycle in the store: an approved policy is frozen, a withdrawn approval
// leaves the file as it was, sections keep their ids through undo, and a snapshot reads back.
#include "coretest.h"
#include "domain/policysnapshot.h"
#include "store/errors.h"
#include "store/store.h"

#include <QtTest>

using namespace steward;
using steward::test::person;
using steward::test::TempInventory;

class TestPolicyApproval : public QObject
{
    Q_OBJECT

private slots:
    void approvedPolicyIsFrozen();
    void draftOfApprovedPolicyCanChange();
    void withdrawingTheLatestApprovalRestoresThePolicy();
    void onlyTheLatestApprovalCanBeWithdrawn();
    void approvalRestoredUnderItsId();
    void approvalDatesAreChecked();
    void removedSectionComesBackUnderItsId();
    void snapshotReadsBack();
    void foreignSnapshotIsRejected();
    void restoredHistoryIsAppendedAsGiven();
    void restoredHistoryIsFrozen();
    void restoredVersionIsChecked_data();
    void restoredVersionIsChecked();
};

namespace {

Policy draft()
{
    Policy p;
    p.title = QStringLiteral("Acceptable use");
    p.version = QStringLiteral("1.0");
    p.allowedGroups = {QStringLiteral("finance")};
    p.dataClasses = {{DataClass::Public, Permission::Allowed, {}},
                     {DataClass::Confidential, Permission::Conditional, QStringLiteral("tier 3 review")}};
    p.prohibitedUses = {QStringLiteral("auto-send external commitments")};
    p.reviewTiers = {{1, QStringLiteral("internal"), QStringLiteral("spot-check")},
                     {3, QStringLiteral("sensitive"), QStringLiteral("dual review")}};
    p.trainingOptOut = QStringLiteral("off");
    p.retention = QStringLiteral("30 days");
    p.auditFields = {QStringLiteral("actor"), QStringLiteral("output_hash")};
    p.sections = {{0, QStringLiteral("Scope"), QStringLiteral("Applies to **everyone**.")}};
    return p;
}

} // namespace

void TestPolicyApproval::approvedPolicyIsFrozen()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));

    Policy changed = inv->policy();
    QVERIFY(changed.status == PolicyStatus::Approved);
    changed.prohibitedUses.append(QStringLiteral("something new"));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updatePolicy(changed));
    QCOMPARE(inv.reopen().policy().prohibitedUses, draft().prohibitedUses);

    // Writing the approved policy back unchanged (what undo does) is fine.
    inv->updatePolicy(inv->policy());
    QVERIFY(inv->policy().status == PolicyStatus::Approved);

    // Nor can the approval itself be rewritten, or a draft declared approved by someone else.
    const Id bob = inv->addPerson(person(QStringLiteral("Bob")));
    Policy forged = inv->policy();
    forged.approvedBy = bob;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updatePolicy(forged));
    forged = inv->policy();
    forged.effectiveOn = QDate(2020, 1, 1);
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->updatePolicy(forged));
    QCOMPARE(inv.reopen().policy().approvedBy, ada);
}

void TestPolicyApproval::draftOfApprovedPolicyCanChange()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));

    Policy next = inv->policy();
    next.status = PolicyStatus::Draft;
    next.prohibitedUses.append(QStringLiteral("something new"));
    inv->updatePolicy(next);
    const Policy read = inv.reopen().policy();
    QVERIFY(read.status == PolicyStatus::Draft);
    QCOMPARE(read.prohibitedUses.size(), 2);
    QCOMPARE(read.approvedBy, ada); // the last approval stays on record until the next one
    QCOMPARE(read.history.size(), std::size_t(1));
}

void TestPolicyApproval::withdrawingTheLatestApprovalRestoresThePolicy()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    const Policy before = inv->policy();
    const Id version = inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));
    QVERIFY(version > 0);

    inv->withdrawPolicyApproval(version, before);
    const Policy read = inv.reopen().policy();
    QCOMPARE(read, before);
    QVERIFY(read.history.empty());
    QCOMPARE(inv->verify(), QStringList());
}

void TestPolicyApproval::onlyTheLatestApprovalCanBeWithdrawn()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    const Id first = inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));
    Policy next = inv->policy();
    next.status = PolicyStatus::Draft;
    next.version = QStringLiteral("1.1");
    inv->updatePolicy(next);
    inv->approvePolicy(ada, QDate(2024, 6, 1), QDate(2024, 6, 1));

    QVERIFY_THROWS_EXCEPTION(StoreError, inv->withdrawPolicyApproval(first, next));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->withdrawPolicyApproval(0, next));
    QCOMPARE(inv.reopen().policy().history.size(), std::size_t(2));
}

void TestPolicyApproval::approvalRestoredUnderItsId()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    const Policy before = inv->policy();
    const Id version = inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));
    const Policy approved = inv->policy();
    inv->withdrawPolicyApproval(version, before);

    QCOMPARE(inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8), version), version);
    QCOMPARE(inv.reopen().policy(), approved);
    QCOMPARE(inv->verify(), QStringList());
}

void TestPolicyApproval::approvalDatesAreChecked()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(ada, QDate(), QDate(2024, 3, 8)));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(ada, QDate(2024, 3, 8), QDate()));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->approvePolicy(ada, QDate(2024, 3, 8), QDate(2024, 3, 1)));
    QVERIFY(inv.reopen().policy().status == PolicyStatus::Draft);
}

void TestPolicyApproval::removedSectionComesBackUnderItsId()
{
    TempInventory inv;
    Policy p = draft();
    p.sections.push_back({0, QStringLiteral("Exceptions"), QStringLiteral("ask the forum")});
    inv->updatePolicy(p);
    const Policy withBoth = inv->policy();
    QCOMPARE(withBoth.sections.size(), std::size_t(2));

    Policy without = withBoth;
    without.sections.erase(without.sections.begin());
    inv->updatePolicy(without);
    inv->updatePolicy(withBoth); // undo
    QCOMPARE(inv.reopen().policy().sections, withBoth.sections);
    QCOMPARE(inv->verify(), QStringList());
}

void TestPolicyApproval::snapshotReadsBack()
{
    Policy p = draft();
    const std::optional<Policy> read = policyFromSnapshot(policySnapshot(p));
    QVERIFY(read.has_value());
    p.sections[0].id = 0;
    QCOMPARE(read->title, p.title);
    QCOMPARE(read->version, p.version);
    QCOMPARE(read->allowedGroups, p.allowedGroups);
    QCOMPARE(read->dataClasses, p.dataClasses);
    QCOMPARE(read->prohibitedUses, p.prohibitedUses);
    QCOMPARE(read->reviewTiers, p.reviewTiers);
    QCOMPARE(read->trainingOptOut, p.trainingOptOut);
    QCOMPARE(read->retention, p.retention);
    QCOMPARE(read->auditFields, p.auditFields);
    QCOMPARE(read->sections, p.sections);
    QCOMPARE(policySnapshot(*read), policySnapshot(p));
}

void TestPolicyApproval::foreignSnapshotIsRejected()
{
    QVERIFY(!policyFromSnapshot(QStringLiteral("not json")).has_value());
    QVERIFY(!policyFromSnapshot(QStringLiteral("[1,2]")).has_value());
    QVERIFY(!policyFromSnapshot(QStringLiteral("{\"name\":\"x\"}")).has_value());
}

void TestPolicyApproval::restoredHistoryIsAppendedAsGiven()
{
    // What an import does: the versions another file approved, then the policy as that file has it.
    TempInventory source;
    const Id ada = source->addPerson(person(QStringLiteral("Ada")));
    source->updatePolicy(draft());
    source->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));
    Policy next = source->policy();
    next.version = QStringLiteral("1.1");
    next.status = PolicyStatus::Draft;
    next.prohibitedUses.append(QStringLiteral("PII export"));
    source->updatePolicy(next);
    source->approvePolicy(ada, QDate(2024, 6, 1), QDate(2024, 6, 1));
    const Policy wanted = source->policy();

    TempInventory target;
    const Id targetAda = target->addPerson(person(QStringLiteral("Ada")));
    QCOMPARE(targetAda, ada);
    const std::size_t trail = target->auditTrail().size();
    target->restorePolicy(wanted);
    Policy restored = target->policy();
    QCOMPARE(restored.history.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(restored.history[i].snapshot, wanted.history[i].snapshot);
        QCOMPARE(restored.history[i].approvedOn, wanted.history[i].approvedOn);
    }
    QCOMPARE(restored.status, PolicyStatus::Approved);
    QCOMPARE(restored.prohibitedUses, wanted.prohibitedUses);
    QVERIFY(test::auditSince(target.store(), trail).size() > 2); // audited like any write
    QCOMPARE(target->verify(), QStringList());
    // Given again, the versions it holds are no change.
    const std::size_t after = target->auditTrail().size();
    target->restorePolicy(restored);
    QCOMPARE(target->auditTrail().size(), after);
}

void TestPolicyApproval::restoredHistoryIsFrozen()
{
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    inv->updatePolicy(draft());
    inv->approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 8));
    const Policy before = inv->policy();
    Policy rewritten = before;
    rewritten.history[0].approvedOn = QDate(2024, 3, 2);
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->restorePolicy(rewritten));
    QCOMPARE(inv->policy(), before);
    // Approved, but not as its latest version: refused by the freeze.
    Policy changed = before;
    changed.title = QStringLiteral("Other");
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->restorePolicy(changed));
    QCOMPARE(inv->policy(), before);
}

void TestPolicyApproval::restoredVersionIsChecked_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("no version number") << 0;
    QTest::newRow("no approver") << 1;
    QTest::newRow("approver unknown") << 2;
    QTest::newRow("no approval day") << 3;
    QTest::newRow("effective before approved") << 4;
    QTest::newRow("snapshot of another version") << 5;
    QTest::newRow("snapshot no policy") << 6;
}

void TestPolicyApproval::restoredVersionIsChecked()
{
    QFETCH(int, fault);
    TempInventory inv;
    const Id ada = inv->addPerson(person(QStringLiteral("Ada")));
    Policy content = draft();
    PolicyVersion version{0, QStringLiteral("1.0"), ada, QDate(2024, 3, 1), QDate(2024, 3, 8), policySnapshot(content)};
    switch (fault) {
    case 0:
        version.version.clear();
        break;
    case 1:
        version.approvedBy = 0;
        break;
    case 2:
        version.approvedBy = ada + 10;
        break;
    case 3:
        version.approvedOn = QDate();
        break;
    case 4:
        version.effectiveOn = QDate(2024, 2, 1);
        break;
    case 5:
        content.version = QStringLiteral("2.0");
        version.snapshot = policySnapshot(content);
        break;
    default:
        version.snapshot = QStringLiteral("[]");
        break;
    }
    Policy wanted = inv->policy();
    wanted.history = {version};
    const Policy before = inv->policy();
    const std::size_t trail = inv->auditTrail().size();
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->restorePolicy(wanted));
    QCOMPARE(inv->policy(), before);
    QCOMPARE(inv->auditTrail().size(), trail);
}

QTEST_GUILESS_MAIN(TestPolicyApproval)
#include "tst_policy_approval.moc"
