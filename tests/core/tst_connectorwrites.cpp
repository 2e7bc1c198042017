// The seed's connector rules enforced by the store itself, whoever writes: the tier floor, re-approval
// after widening (and who widened), the approver of a re-approval, narrowing keeping the approval, and
// Restore writing a stored state back exactly.
#include "coretest.h"
#include "rules/connectorrules.h"

using namespace steward;
using steward::test::TempInventory;

class TestConnectorWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newConnectorIsRaisedToItsFloor_data();
    void newConnectorIsRaisedToItsFloor();
    void restoreWritesTheTierAsGiven();
    void widening_data();
    void widening();
    void wideningRequestedConnectorStaysRequested();
    void loweringBelowFloorIsRefusedAndWritesNothing();
    void raisingAndLoweringAboveFloorAreKept();
    void changeThatRaisesFloorRaisesTier();
    void reapprovalRecordsApproverAndDay();
    void reapprovalKeepsNamedApprover();
    void restoreUndoesWideningExactly();

private:
    Connector approvedReadOnly();

    std::unique_ptr<TempInventory> m_inv;
    Id m_ada = 0;
    Id m_vp = 0;
};

void TestConnectorWrites::init()
{
    m_inv = std::make_unique<TempInventory>();
    m_ada = m_inv->store().addPerson(test::person(QStringLiteral("Ada Lovelace")));
    m_vp = m_inv->store().addPerson(test::person(QStringLiteral("VP Ops")));
    m_inv->store().setActor(QStringLiteral("Ada Lovelace"));
}

Connector TestConnectorWrites::approvedReadOnly()
{
    Connector c = test::connector(QStringLiteral("Drive"), m_ada);
    c.access = Access::ReadOnly;
    c.sensitivity = DataClass::Internal;
    c.tier = 1;
    c.status = ApprovalStatus::Approved;
    c.approvedBy = m_vp;
    c.approvedOn = QDate(2026, 3, 1);
    c.scopes = {{0, QStringLiteral("drive.readonly"), ScopeMode::Read, QStringLiteral("search documents")}};
    c.id = m_inv->store().addConnector(c);
    return *m_inv->store().connector(c.id);
}

void TestConnectorWrites::newConnectorIsRaisedToItsFloor_data()
{
    QTest::addColumn<int>("access");
    QTest::addColumn<int>("sensitivity");
    QTest::addColumn<bool>("external");
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("stored");
    QTest::newRow("read-only internal at 1") << int(Access::ReadOnly) << int(DataClass::Internal) << false << 1 << 1;
    QTest::newRow("external at 1 → 2") << int(Access::ReadOnly) << int(DataClass::Public) << true << 1 << 2;
    QTest::newRow("read-write at 1 → 3") << int(Access::ReadWrite) << int(DataClass::Internal) << false << 1 << 3;
    QTest::newRow("confidential at 2 → 3") << int(Access::ReadOnly) << int(DataClass::Confidential) << false << 2 << 3;
    QTest::newRow("internal raised by hand to 2")
        << int(Access::ReadOnly) << int(DataClass::Internal) << false << 2 << 2;
}

void TestConnectorWrites::newConnectorIsRaisedToItsFloor()
{
    QFETCH(int, access);
    QFETCH(int, sensitivity);
    QFETCH(bool, external);
    QFETCH(int, tier);
    QFETCH(int, stored);
    Connector c = test::connector(QStringLiteral("CRM"), m_ada);
    c.access = Access(access);
    c.sensitivity = DataClass(sensitivity);
    c.external = external;
    c.tier = tier;
    const Id id = m_inv->store().addConnector(c);
    QCOMPARE(m_inv->reopen().connector(id)->tier, stored);
}

void TestConnectorWrites::restoreWritesTheTierAsGiven()
{
    Connector c = test::connector(QStringLiteral("HubSpot"), m_ada);
    c.sensitivity = DataClass::Confidential;
    c.tier = 2;
    const Id id = m_inv->store().addConnector(c, Store::WriteMode::Restore);
    QCOMPARE(m_inv->reopen().connector(id)->tier, 2);
}

void TestConnectorWrites::widening_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("pending");
    QTest::newRow("read-only → read-write") << QStringLiteral("access") << true;
    QTest::newRow("a scope added") << QStringLiteral("add scope") << true;
    QTest::newRow("a read scope now writes") << QStringLiteral("scope writes") << true;
    QTest::newRow("a scope removed (narrowing)") << QStringLiteral("remove scope") << false;
    QTest::newRow("notes only") << QStringLiteral("notes") << false;
}

void TestConnectorWrites::widening()
{
    QFETCH(QString, change);
    QFETCH(bool, pending);
    Connector c = approvedReadOnly();
    if (change == QLatin1String("access"))
        c.access = Access::ReadWrite;
    else if (change == QLatin1String("add scope"))
        c.scopes.push_back({0, QStringLiteral("drive.file"), ScopeMode::Write, QStringLiteral("save drafts")});
    else if (change == QLatin1String("scope writes"))
        c.scopes.front().mode = ScopeMode::Write;
    else if (change == QLatin1String("remove scope"))
        c.scopes.clear();
    else
        c.notes = QStringLiteral("checked with IT");
    m_inv->store().updateConnector(c);

    const Connector stored = *m_inv->reopen().connector(c.id);
    if (pending) {
        QCOMPARE(stored.status, ApprovalStatus::PendingReapproval);
        QCOMPARE(stored.widenedBy, m_ada);
        QCOMPARE(stored.widenedOn, QDate::currentDate());
    } else {
        QCOMPARE(stored.status, ApprovalStatus::Approved);
        QCOMPARE(stored.widenedBy, Id(0));
        QVERIFY(!stored.widenedOn.isValid());
    }
    // The earlier approval stays on record either way: the forum sees who approved what was widened.
    QCOMPARE(stored.approvedBy, m_vp);
    QCOMPARE(stored.approvedOn, QDate(2026, 3, 1));
}

void TestConnectorWrites::wideningRequestedConnectorStaysRequested()
{
    Connector c = test::connector(QStringLiteral("Notion"), m_ada);
    c.id = m_inv->store().addConnector(c);
    c = *m_inv->store().connector(c.id);
    c.scopes.push_back({0, QStringLiteral("read_content"), ScopeMode::Read, QStringLiteral("search")});
    m_inv->store().updateConnector(c);
    QCOMPARE(m_inv->reopen().connector(c.id)->status, ApprovalStatus::Requested);
}

void TestConnectorWrites::loweringBelowFloorIsRefusedAndWritesNothing()
{
    Connector c = approvedReadOnly();
    c.access = Access::ReadWrite; // floor 3: the store raises the tier and asks for re-approval
    m_inv->store().updateConnector(c);
    const Connector before = *m_inv->store().connector(c.id);
    QCOMPARE(before.tier, 3);
    const auto trail = test::auditFingerprint(m_inv->store());
    const QByteArray bytes = test::fileBytes(m_inv->path());

    Connector lowered = before;
    lowered.tier = 2;
    try {
        m_inv->store().updateConnector(lowered);
        QFAIL("lowering below the floor was accepted");
    } catch (const StoreError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QStringLiteral("tier 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("writes to a system")), qPrintable(message));
    }
    QCOMPARE(*m_inv->store().connector(c.id), before);
    QCOMPARE(test::auditFingerprint(m_inv->store()), trail);
    QCOMPARE(test::fileBytes(m_inv->path()), bytes);
}

void TestConnectorWrites::raisingAndLoweringAboveFloorAreKept()
{
    Connector c = approvedReadOnly();
    c.tier = 3;
    m_inv->store().updateConnector(c);
    QCOMPARE(m_inv->store().connector(c.id)->tier, 3);
    c.tier = 2; // lowered, yet still above the floor of 1
    m_inv->store().updateConnector(c);
    QCOMPARE(m_inv->reopen().connector(c.id)->tier, 2);
}

void TestConnectorWrites::changeThatRaisesFloorRaisesTier()
{
    Connector c = approvedReadOnly();
    c.sensitivity = DataClass::Restricted;
    m_inv->store().updateConnector(c);
    const Connector stored = *m_inv->reopen().connector(c.id);
    QCOMPARE(stored.tier, 3);
    // More sensitive data is not a wider reach of the connector itself: the approval stands.
    QCOMPARE(stored.status, ApprovalStatus::Approved);
}

void TestConnectorWrites::reapprovalRecordsApproverAndDay()
{
    Connector c = approvedReadOnly();
    c.access = Access::ReadWrite;
    m_inv->store().updateConnector(c);
    c = *m_inv->store().connector(c.id);
    QCOMPARE(c.status, ApprovalStatus::PendingReapproval);

    c.status = ApprovalStatus::Approved; // the approver and the day are left as they were
    m_inv->store().updateConnector(c);
    const Connector stored = *m_inv->reopen().connector(c.id);
    QCOMPARE(stored.status, ApprovalStatus::Approved);
    QCOMPARE(stored.approvedBy, m_ada); // who recorded the approval
    QCOMPARE(stored.approvedOn, QDate::currentDate());
    QCOMPARE(stored.access, Access::ReadWrite);
}

void TestConnectorWrites::reapprovalKeepsNamedApprover()
{
    Connector c = approvedReadOnly();
    c.scopes.push_back({0, QStringLiteral("drive.file"), ScopeMode::Write, QStringLiteral("save drafts")});
    m_inv->store().updateConnector(c);
    c = *m_inv->store().connector(c.id);

    const Id forumChair = m_inv->store().addPerson(test::person(QStringLiteral("Forum Chair")));
    c.status = ApprovalStatus::Approved;
    c.approvedBy = forumChair;
    c.approvedOn = QDate(2026, 11, 30);
    m_inv->store().updateConnector(c);
    const Connector stored = *m_inv->reopen().connector(c.id);
    QCOMPARE(stored.approvedBy, forumChair);
    QCOMPARE(stored.approvedOn, QDate(2026, 11, 30));
}

void TestConnectorWrites::restoreUndoesWideningExactly()
{
    const Connector before = approvedReadOnly();
    Connector widened = before;
    widened.access = Access::ReadWrite;
    m_inv->store().updateConnector(widened);
    QCOMPARE(m_inv->store().connector(before.id)->status, ApprovalStatus::PendingReapproval);

    m_inv->store().updateConnector(before, Store::WriteMode::Restore);
    QCOMPARE(*m_inv->reopen().connector(before.id), before);
}

QTEST_GUILESS_MAIN(TestConnectorWrites)
#include "tst_connectorwrites.moc"
