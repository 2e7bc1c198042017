// Store::verify: a file Steward wrote verifies clean; any change made behind its back with raw
// SQL (to the audit trail or to an inventory table) is reported, naming the table and the id.
#include "coretest.h"
#include "store/audit.h"
#include "store/store.h"
#include "templates/templates.h"

#include <QtTest>

using namespace steward;
using steward::test::TempInventory;

namespace {

// A small inventory whose ids the tamper cases rely on: connectors 1..3, people 1..2, and audit
// rows 1..5 from Store::create (four governance objects and the policy).
void fill(Store& store)
{
    Person ada;
    ada.name = QStringLiteral("Ada");
    const Id adaId = store.addPerson(ada);
    Person bob;
    bob.name = QStringLiteral("Bob");
    store.addPerson(bob);
    for (const QString& name : {QStringLiteral("GitHub"), QStringLiteral("Slack"), QStringLiteral("Jira")}) {
        Connector c;
        c.name = name;
        c.ownerId = adaId;
        c.scopes = {{0, name.toLower() + QStringLiteral(":read"), ScopeMode::Read, {}}};
        store.addConnector(c);
    }
    Connector jira = *store.connector(3);
    jira.notes = QStringLiteral("Read-only until the pilot ends.");
    store.updateConnector(jira);
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private slots:
    void cleanStoreVerifies();
    void templatesVerifyClean_data();
    void templatesVerifyClean();
    void tamperingIsReported_data();
    void tamperingIsReported();
    void removingTheLastAuditRowsIsCaught();
    void forgedAppendIsCaught();
    void readOnlyStoreVerifies();
};

void TestVerify::cleanStoreVerifies()
{
    TempInventory inv;
    QCOMPARE(inv->verify(), QStringList());
    fill(inv.store());
    QCOMPARE(inv->verify(), QStringList());
    inv->removeConnector(2);
    Store& store = inv.reopen();
    QCOMPARE(store.connector(3)->name, QStringLiteral("Jira")); // the ids the tamper cases use
    QCOMPARE(store.verify(), QStringList());
}

void TestVerify::templatesVerifyClean_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("seed") << QStringLiteral("seed");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("demo") << QStringLiteral("demo");
}

// Every write path the templates use leaves a trail that replays to the file's rows.
void TestVerify::templatesVerifyClean()
{
    QFETCH(QString, kind);
    TempInventory inv;
    const QDate today(2024, 6, 15);
    if (kind == QLatin1String("seed"))
        templates::fillSeed(inv.store());
    else if (kind == QLatin1String("sample"))
        templates::fillSample(inv.store(), today);
    else
        QVERIFY(templates::fillDemo(inv.store(), 400, 7, today) > 0);
    Store& store = inv.reopen();
    QVERIFY(store.auditTrail().size() > 20);
    const QStringList problems = store.verify();
    QVERIFY2(problems.isEmpty(), qPrintable(test::joined(problems)));
}

void TestVerify::tamperingIsReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("audit UPDATE") << QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 5")
                                  << QStringLiteral("audit id 5: its content does not match its hash");
    QTest::newRow("audit UPDATE of a value")
        << QStringLiteral("UPDATE audit SET new_value = 'Read-write from day one.' WHERE field = 'notes'")
        << QStringLiteral("does not match its hash");
    QTest::newRow("audit DELETE") << QStringLiteral("DELETE FROM audit WHERE seq = 5")
                                  << QStringLiteral("audit id 6: does not follow audit id 4");
    QTest::newRow("audit INSERT")
        << QStringLiteral("INSERT INTO audit (seq, at, actor, entity, entity_id, action, field, old_value, new_value,"
                          " prev_hash, hash) VALUES (1000, '2024-01-01T00:00:00.000Z', 'mallory', 'people', 1,"
                          " 'update', 'notes', NULL, 'x', 'forged', 'forged')")
        << QStringLiteral("audit id 1000");
    QTest::newRow("connectors UPDATE") << QStringLiteral("UPDATE connectors SET tier = 3 WHERE id = 3")
                                       << QStringLiteral(
                                              "connectors id 3: tier is \"3\" but the audit trail says \"1\"");
    QTest::newRow("connectors UPDATE to NULL") << QStringLiteral("UPDATE connectors SET notes = NULL WHERE id = 3")
                                               << QStringLiteral("connectors id 3: notes is NULL");
    QTest::newRow("connectors DELETE") << QStringLiteral("DELETE FROM connectors WHERE id = 3")
                                       << QStringLiteral("connectors id 3: row is missing");
    QTest::newRow("connectors INSERT")
        << QStringLiteral("INSERT INTO connectors (id, name, access, sensitivity, external, tier, status, cadence)"
                          " VALUES (4, 'Backdoor', 'read-write', 'restricted', 1, 1, 'approved', 'annual')")
        << QStringLiteral("connectors id 4: row is not accounted for by the audit trail");
    QTest::newRow("scopes UPDATE") << QStringLiteral("UPDATE connector_scopes SET mode = 'write' WHERE id = 2")
                                   << QStringLiteral("connector_scopes id 2: mode");
    QTest::newRow("people DELETE") << QStringLiteral("DELETE FROM people WHERE id = 2")
                                   << QStringLiteral("people id 2: row is missing");
}

void TestVerify::tamperingIsReported()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    TempInventory inv;
    fill(inv.store());
    QCOMPARE(inv->verify(), QStringList());
    inv.close();

    QVERIFY(test::rawSql(inv.path(), sql));
    Store& store = inv.reopen(Store::Mode::ReadOnly);
    const QStringList problems = store.verify();
    QVERIFY2(test::anyContains(problems, expected),
             qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(expected, test::joined(problems))));
}

// Cutting the end off the trail, together with the rows it created, leaves a trail that replays
// to exactly the rows in the file; only the recorded head of the chain can tell.
void TestVerify::removingTheLastAuditRowsIsCaught()
{
    TempInventory inv;
    fill(inv.store());
    Person eve;
    eve.name = QStringLiteral("Eve");
    const Id eveId = inv->addPerson(eve);
    const qint64 lastSeq = inv->auditTrail().back().seq;
    inv.close();

    QVERIFY(test::rawSql(inv.path(), QStringLiteral("DELETE FROM people WHERE id = %1").arg(eveId)));
    QVERIFY(test::rawSql(inv.path(), QStringLiteral("DELETE FROM audit WHERE seq = %1").arg(lastSeq)));
    Store& store = inv.reopen(Store::Mode::ReadOnly);
    const QStringList problems = store.verify();
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY2(problems[0].contains(QStringLiteral("audit: the trail ends at id %1").arg(lastSeq - 1)),
             qPrintable(problems[0]));
}

// A row appended with a valid hash, chained to the real head, and applied to the table: the
// chain and the replay agree, but the head recorded in the file does not.
void TestVerify::forgedAppendIsCaught()
{
    TempInventory inv;
    fill(inv.store());
    const AuditEntry last = inv->auditTrail().back();
    inv.close();

    audit::ChainFields forged;
    forged.seq = last.seq + 1;
    forged.at = last.at;
    forged.actor = last.actor;
    forged.entity = QStringLiteral("connectors");
    forged.entityId = 1;
    forged.action = QStringLiteral("update");
    forged.field = QStringLiteral("access");
    forged.oldValue = QStringLiteral("read-only");
    forged.newValue = QStringLiteral("read-write");
    forged.prevHash = last.hash;
    const QString hash = audit::hashOf(forged);
    QVERIFY(test::rawSql(inv.path(), QStringLiteral("UPDATE connectors SET access = 'read-write' WHERE id = 1")));
    QVERIFY(test::rawSql(
        inv.path(), QStringLiteral("INSERT INTO audit (seq, at, actor, entity, entity_id, action, field, old_value,"
                                   " new_value, prev_hash, hash) VALUES (%1, '%2', '%3', 'connectors', 1, 'update',"
                                   " 'access', 'read-only', 'read-write', '%4', '%5')")
                        .arg(forged.seq)
                        .arg(forged.at, forged.actor, forged.prevHash, hash)));
    Store& store = inv.reopen(Store::Mode::ReadOnly);
    const QStringList problems = store.verify();
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY2(problems[0].startsWith(QStringLiteral("audit:")), qPrintable(problems[0]));
    QVERIFY2(problems[0].contains(QString::number(forged.seq)), qPrintable(problems[0]));
}

void TestVerify::readOnlyStoreVerifies()
{
    TempInventory inv;
    fill(inv.store());
    inv.close();
    const QByteArray before = test::fileBytes(inv.path());
    Store& store = inv.reopen(Store::Mode::ReadOnly);
    QCOMPARE(store.verify(), QStringList());
    inv.close();
    QCOMPARE(test::fileBytes(inv.path()), before); // verifying writes nothing
}

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
