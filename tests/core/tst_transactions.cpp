// A mutation that fails rolls back whole: the rows and the audit trail in the file are exactly
// as before, the file verifies clean, and the next successful write chains onto the old head.
#include "coretest.h"
#include "store/errors.h"
#include "store/store.h"

#include <QtTest>
#include <stdexcept>

using namespace steward;
using steward::test::TempInventory;

namespace {

const QStringList tables{QStringLiteral("people"),
                         QStringLiteral("connectors"),
                         QStringLiteral("connector_scopes"),
                         QStringLiteral("skills"),
                         QStringLiteral("workspaces"),
                         QStringLiteral("scheduled_tasks"),
                         QStringLiteral("workspace_connectors"),
                         QStringLiteral("policy_groups"),
                         QStringLiteral("raci_roles"),
                         QStringLiteral("incidents"),
                         QStringLiteral("audit")};

QList<qint64> counts(const Store& store)
{
    QList<qint64> result;
    for (const QString& table : tables)
        result.append(store.count(table));
    return result;
}

Person named(const QString& name)
{
    Person p;
    p.name = name;
    return p;
}

struct Snapshot
{
    QList<qint64> counts;
    std::vector<std::pair<qint64, QString>> trail;
    std::vector<Person> people;
    std::vector<Connector> connectors;
    std::vector<Workspace> workspaces;
    Policy policy;
    QString head;
};

// Member by member, so a failure names what differs.
void compareSnapshots(const Snapshot& actual, const Snapshot& expected)
{
    QCOMPARE(actual.counts, expected.counts);
    QCOMPARE(actual.trail.size(), expected.trail.size());
    QVERIFY(actual.trail == expected.trail);
    QCOMPARE(actual.head, expected.head);
    QCOMPARE(actual.people.size(), expected.people.size());
    QVERIFY(actual.people == expected.people);
    QCOMPARE(actual.connectors.size(), expected.connectors.size());
    for (std::size_t i = 0; i < actual.connectors.size(); ++i)
        QCOMPARE(actual.connectors[i], expected.connectors[i]);
    QCOMPARE(actual.workspaces.size(), expected.workspaces.size());
    QVERIFY(actual.workspaces == expected.workspaces);
    QCOMPARE(actual.policy, expected.policy);
}

Snapshot snapshot(Store& store)
{
    return {counts(store),  test::auditFingerprint(store), store.people(), store.connectors(), store.workspaces(),
            store.policy(), test::metaAuditHead(store)};
}

void fill(Store& store)
{
    const Id ada = store.addPerson(named(QStringLiteral("Ada")));
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.ownerId = ada;
    c.scopes = {{0, QStringLiteral("repo"), ScopeMode::Read, {}}};
    store.addConnector(c);
}

} // namespace

class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    void failingTransactionRollsBackCompletely_data();
    void failingTransactionRollsBackCompletely();
    void laterWriteChainsAfterRollback();
    void successfulTransactionCommitsEverything();
    void swallowedFailureInsideTransactionLeavesNothingHalfDone();
};

void TestTransactions::failingTransactionRollsBackCompletely_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("exception thrown by the caller") << QStringLiteral("throw");
    QTest::newRow("duplicate name after other writes") << QStringLiteral("duplicate");
    QTest::newRow("connector tier 5 after other writes") << QStringLiteral("tier");
    QTest::newRow("policy review tier 5 midway through the policy") << QStringLiteral("policy tier");
    QTest::newRow("foreign key violated by SQLite") << QStringLiteral("foreign key");
    QTest::newRow("single call failing in SQLite after its first rows") << QStringLiteral("single call");
}

void TestTransactions::failingTransactionRollsBackCompletely()
{
    QFETCH(QString, failure);
    TempInventory inv;
    Store& store = inv.store();
    fill(store);
    const Snapshot before = snapshot(store);

    auto manyWrites = [&store] {
        const Id bob = store.addPerson(named(QStringLiteral("Bob")));
        store.addPerson(named(QStringLiteral("Carol")));
        Connector slack;
        slack.name = QStringLiteral("Slack");
        slack.ownerId = bob;
        slack.scopes = {{0, QStringLiteral("chat:write"), ScopeMode::Write, {}}};
        const Id slackId = store.addConnector(slack);
        Connector github = store.connectors().front();
        github.notes = QStringLiteral("changed inside the failed transaction");
        store.updateConnector(github);
        Workspace w;
        w.name = QStringLiteral("Sales");
        w.tasks = {{0, QStringLiteral("Pipeline"), {}, bob, true}};
        w.connectorIds = {slackId};
        store.addWorkspace(w);
        Policy p = store.policy();
        p.allowedGroups = {QStringLiteral("Sales")};
        store.updatePolicy(p);
        store.setRaci(
            Raci{{{0, QStringLiteral("Owner")}}, {{0, QStringLiteral("Approve")}}, {{0, 0, QStringLiteral("A")}}});
    };

    if (failure == QLatin1String("throw")) {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store.transaction([&] {
            manyWrites();
            throw std::runtime_error("the caller gives up");
        }));
    } else if (failure == QLatin1String("duplicate")) {
        QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
            manyWrites();
            store.addPerson(named(QStringLiteral("Ada")));
        }));
    } else if (failure == QLatin1String("tier")) {
        QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
            manyWrites();
            Connector c;
            c.name = QStringLiteral("Jira");
            c.tier = 5;
            store.addConnector(c);
        }));
    } else if (failure == QLatin1String("policy tier")) {
        QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
            manyWrites();
            Policy p = store.policy();
            p.prohibitedUses = {QStringLiteral("written before the bad tier")};
            p.reviewTiers = {{1, QStringLiteral("ok"), {}}, {5, QStringLiteral("bad"), {}}};
            store.updatePolicy(p);
        }));
    } else if (failure == QLatin1String("foreign key")) {
        QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
            manyWrites();
            Skill s;
            s.name = QStringLiteral("Digest");
            s.connectorIds = {4242}; // no such connector: SQLite refuses the link row
            store.addSkill(s);
        }));
    } else {
        // One call on its own: the workspace row and its task are written before the link fails.
        Workspace w;
        w.name = QStringLiteral("Finance");
        w.tasks = {{0, QStringLiteral("Close"), {}, 0, true}};
        w.connectorIds = {4242};
        QVERIFY_THROWS_EXCEPTION(StoreError, store.addWorkspace(w));
    }

    // The same store object, and the file read afresh, are both as before.
    compareSnapshots(snapshot(store), before);
    if (QTest::currentTestFailed())
        return;
    Store& reopened = inv.reopen();
    compareSnapshots(snapshot(reopened), before);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(reopened.verify(), QStringList());
}

void TestTransactions::laterWriteChainsAfterRollback()
{
    TempInventory inv;
    Store& store = inv.store();
    fill(store);
    const AuditEntry lastGood = store.auditTrail().back();
    QVERIFY_THROWS_EXCEPTION(StoreError, store.transaction([&] {
        store.addPerson(named(QStringLiteral("Bob")));
        store.addPerson(named(QStringLiteral("Bob")));
    }));

    // Same store object: the writer must have forgotten the rolled-back head.
    const Id carol = store.addPerson(named(QStringLiteral("Carol")));
    const AuditEntry next = store.auditTrail().back();
    QCOMPARE(next.entityId, carol);
    QCOMPARE(next.seq, lastGood.seq + 1);
    QCOMPARE(next.prevHash, lastGood.hash);
    QCOMPARE(test::metaAuditHead(store), next.hash);
    QCOMPARE(store.verify(), QStringList());

    Store& reopened = inv.reopen();
    QCOMPARE(reopened.verify(), QStringList());
    QCOMPARE(reopened.personIdByName(QStringLiteral("Bob")), Id(0));
    QCOMPARE(reopened.personIdByName(QStringLiteral("Carol")), carol);
}

void TestTransactions::successfulTransactionCommitsEverything()
{
    TempInventory inv;
    Store& store = inv.store();
    const qint64 auditBefore = store.count(QStringLiteral("audit"));
    store.transaction([&] {
        store.addPerson(named(QStringLiteral("Ada")));
        store.transaction([&] { store.addPerson(named(QStringLiteral("Bob"))); }); // nested: joins
        Connector c;
        c.name = QStringLiteral("GitHub");
        store.addConnector(c);
    });
    Store& reopened = inv.reopen();
    QCOMPARE(reopened.people().size(), std::size_t(2));
    QCOMPARE(reopened.connectors().size(), std::size_t(1));
    const auto rows = test::auditSince(reopened, std::size_t(auditBefore));
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].at, rows[2].at); // one transaction, one timestamp
    QCOMPARE(reopened.verify(), QStringList());
}

// StoreError's contract: "The transaction it was part of has been rolled back when this reaches
// the caller." A caller that catches a failed call inside transaction() and carries on must not
// end up committing half of that call.
void TestTransactions::swallowedFailureInsideTransactionLeavesNothingHalfDone()
{
    TempInventory inv;
    Store& store = inv.store();
    fill(store);
    bool caught = false;
    try {
        store.transaction([&] {
            store.addPerson(named(QStringLiteral("Bob")));
            Workspace w;
            w.name = QStringLiteral("Half");
            w.tasks = {{0, QStringLiteral("Close"), {}, 0, true}};
            w.connectorIds = {4242}; // fails after the workspace and its task are written
            try {
                store.addWorkspace(w);
            } catch (const StoreError&) {
                caught = true;
            }
        });
    } catch (const StoreError&) {
        // Refusing to commit after a failed inner call is an acceptable answer too.
    }
    QVERIFY(caught);
    Store& reopened = inv.reopen();
    QCOMPARE(reopened.verify(), QStringList());
    QCOMPARE(reopened.workspaces().size(), std::size_t(0));
    QCOMPARE(reopened.personIdByName(QStringLiteral("Bob")), Id(0));
    QCOMPARE(reopened.count(QStringLiteral("scheduled_tasks")), qint64(0));
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
