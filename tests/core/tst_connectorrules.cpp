// The connector rules of seed 000: the tier floor and what counts as widening.
#include "rules/connectorrules.h"

#include <QtTest>

using namespace steward;

class TestConnectorRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tierFloor_data();
    void tierFloor();
    void widening_data();
    void widening();
};

void TestConnectorRules::tierFloor_data()
{
    QTest::addColumn<int>("access");
    QTest::addColumn<int>("sensitivity");
    QTest::addColumn<bool>("external");
    QTest::addColumn<int>("floor");
    QTest::newRow("read-only internal") << int(Access::ReadOnly) << int(DataClass::Internal) << false << 1;
    QTest::newRow("read-only public, external") << int(Access::ReadOnly) << int(DataClass::Public) << true << 2;
    QTest::newRow("read-write internal") << int(Access::ReadWrite) << int(DataClass::Internal) << false << 3;
    QTest::newRow("read-only confidential") << int(Access::ReadOnly) << int(DataClass::Confidential) << false << 3;
    QTest::newRow("read-only restricted, external") << int(Access::ReadOnly) << int(DataClass::Restricted) << true << 3;
}

void TestConnectorRules::tierFloor()
{
    QFETCH(int, access);
    QFETCH(int, sensitivity);
    QFETCH(bool, external);
    QFETCH(int, floor);
    Connector connector;
    connector.access = Access(access);
    connector.sensitivity = DataClass(sensitivity);
    connector.external = external;
    QCOMPARE(rules::tierFloor(connector), floor);
}

void TestConnectorRules::widening_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("widens");
    QTest::newRow("read-only to read-write") << QStringLiteral("access up") << true;
    QTest::newRow("read-write to read-only") << QStringLiteral("access down") << false;
    QTest::newRow("a new scope") << QStringLiteral("add scope") << true;
    QTest::newRow("a scope removed") << QStringLiteral("remove scope") << false;
    QTest::newRow("a read scope now writes") << QStringLiteral("scope writes") << true;
    QTest::newRow("only the justification changed") << QStringLiteral("justification") << false;
}

void TestConnectorRules::widening()
{
    QFETCH(QString, change);
    QFETCH(bool, widens);
    Connector before;
    before.access = change == QLatin1String("access down") ? Access::ReadWrite : Access::ReadOnly;
    before.scopes = {{1, QStringLiteral("channels:history"), ScopeMode::Read, QStringLiteral("context")},
                     {2, QStringLiteral("users:read"), ScopeMode::Read, {}}};
    Connector after = before;
    if (change == QLatin1String("access up"))
        after.access = Access::ReadWrite;
    else if (change == QLatin1String("access down"))
        after.access = Access::ReadOnly;
    else if (change == QLatin1String("add scope"))
        after.scopes.push_back({0, QStringLiteral("chat:write"), ScopeMode::Write, {}});
    else if (change == QLatin1String("remove scope"))
        after.scopes.pop_back();
    else if (change == QLatin1String("scope writes"))
        after.scopes.front().mode = ScopeMode::Write;
    else
        after.scopes.front().justification = QStringLiteral("reads the channel for context");
    QCOMPARE(rules::widens(before, after), widens);
}

QTEST_GUILESS_MAIN(TestConnectorRules)
#include "tst_connectorrules.moc"
