// The names-only reads for pickers and name lookups: every row's (id, name) in id order, the same
// names the full reads give, read back from the file, and nothing for an empty table.
#include "coretest.h"

#include <QtTest>

using namespace steward;

namespace {

// What the full read says each row is called, in the same (id, name) form.
template <typename T> std::vector<NamedId> namesFrom(const std::vector<T>& rows)
{
    std::vector<NamedId> names;
    for (const T& row : rows)
        names.push_back({row.id, row.name});
    return names;
}

QString text(const std::vector<NamedId>& names)
{
    QStringList parts;
    for (const NamedId& n : names)
        parts << QStringLiteral("%1:%2").arg(n.id).arg(n.name);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTablesHaveNoNames();
    void namesMatchTheFullReadsInIdOrder();
    void namesFollowRenamesAndRemovals();
};

void TestNames::emptyTablesHaveNoNames()
{
    test::TempInventory inventory;
    QVERIFY(inventory->personNames().empty());
    QVERIFY(inventory->workspaceNames().empty());
    QVERIFY(inventory->connectorNames().empty());
    QVERIFY(inventory->skillNames().empty());
}

void TestNames::namesMatchTheFullReadsInIdOrder()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    Workspace w;
    w.name = QStringLiteral("Finance close");
    w.connectorIds = {world.github};
    w.skillIds = {world.digest};
    inventory->addWorkspace(w);
    // A name with quotes and a non-ASCII letter comes back as written.
    inventory->addPerson(test::person(QStringLiteral("Zoë \"Z\" O'Neil")));

    Store& store = inventory.reopen(Store::Mode::ReadOnly);
    QCOMPARE(text(store.personNames()), text(namesFrom(store.people())));
    QCOMPARE(text(store.workspaceNames()), text(namesFrom(store.workspaces())));
    QCOMPARE(text(store.connectorNames()), text(namesFrom(store.connectors())));
    QCOMPARE(text(store.skillNames()), text(namesFrom(store.skills())));
    QCOMPARE(text(store.connectorNames()),
             QStringLiteral("%1:GitHub, %2:Slack, %3:Jira").arg(world.github).arg(world.slack).arg(world.jira));
    QCOMPARE(store.personNames().back().name, QStringLiteral("Zoë \"Z\" O'Neil"));
}

void TestNames::namesFollowRenamesAndRemovals()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    Connector slack = *inventory->connector(world.slack);
    slack.name = QStringLiteral("Slack Enterprise");
    inventory->updateConnector(slack);
    inventory->removeConnector(world.github);
    inventory->removeSkill(world.digest);

    Store& store = inventory.reopen();
    QCOMPARE(text(store.connectorNames()),
             QStringLiteral("%1:Slack Enterprise, %2:Jira").arg(world.slack).arg(world.jira));
    QCOMPARE(text(store.skillNames()), QStringLiteral("%1:Triage").arg(world.triage));
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
