// Keyset paging for the editor's table models: pages in id order, complete with children and
// links, that put together are exactly what the full reads return, whatever the page size and
// however many ids removals left unused.
#include "coretest.h"

#include <QtTest>

using namespace steward;

namespace {

// Every page of `pageOf` with the given size, concatenated; what is wrong with a page's size or
// order goes to `problems`.
template <typename T, typename PageOf>
std::vector<T> allPages(PageOf pageOf, int size, std::size_t expectedTotal, QStringList& problems)
{
    std::vector<T> all;
    Id after = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        const std::vector<T> page = pageOf(after, size);
        if (page.empty())
            break;
        const std::size_t remaining = expectedTotal > all.size() ? expectedTotal - all.size() : 0;
        if (page.size() != std::min<std::size_t>(std::size_t(size), remaining))
            problems.append(QStringLiteral("the page after %1 holds %2 rows").arg(after).arg(page.size()));
        for (const T& row : page) {
            if (row.id <= after)
                problems.append(QStringLiteral("row %1 is not after %2").arg(row.id).arg(after));
            after = row.id;
            all.push_back(row);
        }
    }
    return all;
}

// An inventory with gaps in every table's ids: every third row of each kind is removed again.
struct Filled
{
    test::TempInventory inventory;

    Filled()
    {
        const test::World world = test::makeWorld(inventory.store());
        inventory->transaction([&] {
            for (int i = 0; i < 30; ++i) {
                const Id person = inventory->addPerson(test::person(QStringLiteral("Person %1").arg(i)));
                Connector c = test::connector(QStringLiteral("Connector %1").arg(i), person);
                for (int s = 0; s < i % 4; ++s)
                    c.scopes.push_back({0, QStringLiteral("scope:%1").arg(s), ScopeMode::Read, {}});
                const Id connector = inventory->addConnector(c);
                Skill skill = test::skill(QStringLiteral("Skill %1").arg(i), person);
                skill.connectorIds = {connector, i % 2 ? world.github : world.slack};
                const Id skillId = inventory->addSkill(skill);
                Workspace w;
                w.name = QStringLiteral("Workspace %1").arg(i);
                for (int t = 0; t < i % 3; ++t)
                    w.tasks.push_back({0, QStringLiteral("Task %1").arg(t), QStringLiteral("daily"), person, true});
                w.connectorIds = {connector, world.jira};
                w.skillIds = {skillId};
                const Id workspace = inventory->addWorkspace(w);
                if (i % 3 == 1) {
                    inventory->removeWorkspace(workspace);
                    inventory->removeSkill(skillId);
                    inventory->removeConnector(connector);
                    inventory->removePerson(person);
                }
            }
        });
    }
};

} // namespace

class TestPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesMakeTheWhole_data();
    void pagesMakeTheWhole();
    void pageStartsAfterAnyId();
    void emptyPages();
    void pagesOfAReadOnlyStore();
};

void TestPaging::pagesMakeTheWhole_data()
{
    QTest::addColumn<int>("size");
    for (int size : {1, 3, 7, 10, 50, 1000})
        QTest::addRow("page of %d", size) << size;
}

void TestPaging::pagesMakeTheWhole()
{
    QFETCH(int, size);
    Filled filled;
    Store& store = filled.inventory.store();
    const auto people = store.people();
    const auto workspaces = store.workspaces();
    const auto connectors = store.connectors();
    const auto skills = store.skills();
    QCOMPARE(workspaces.size(), std::size_t(20));
    QStringList problems;
    test::compareEach(
        allPages<Person>([&](Id after, int n) { return store.personPage(after, n); }, size, people.size(), problems),
        people);
    test::compareEach(allPages<Workspace>([&](Id after, int n) { return store.workspacePage(after, n); }, size,
                                          workspaces.size(), problems),
                      workspaces);
    test::compareEach(allPages<Connector>([&](Id after, int n) { return store.connectorPage(after, n); }, size,
                                          connectors.size(), problems),
                      connectors);
    test::compareEach(
        allPages<Skill>([&](Id after, int n) { return store.skillPage(after, n); }, size, skills.size(), problems),
        skills);
    QVERIFY2(problems.isEmpty(), qPrintable(test::joined(problems)));
}

void TestPaging::pageStartsAfterAnyId()
{
    Filled filled;
    Store& store = filled.inventory.store();
    const auto connectors = store.connectors();
    // Starting after an id that was removed (a row deleted while the model was scrolled) gives
    // the rows after it, each with exactly its own scopes.
    for (Id after = 0; after <= connectors.back().id + 1; ++after) {
        std::vector<Connector> expected;
        for (const Connector& c : connectors) {
            if (c.id > after && expected.size() < 4)
                expected.push_back(c);
        }
        test::compareEach(store.connectorPage(after, 4), expected);
    }
    const auto workspaces = store.workspaces();
    const auto page = store.workspacePage(workspaces[5].id, 3);
    test::compareEach(page, std::vector<Workspace>(workspaces.begin() + 6, workspaces.begin() + 9));
}

void TestPaging::emptyPages()
{
    Filled filled;
    Store& store = filled.inventory.store();
    QVERIFY(store.personPage(0, 0).empty());
    QVERIFY(store.workspacePage(0, -1).empty());
    QVERIFY(store.connectorPage(store.connectors().back().id, 10).empty());
    QVERIFY(store.skillPage(std::numeric_limits<Id>::max(), 10).empty());

    test::TempInventory empty;
    QVERIFY(empty->personPage(0, 10).empty());
    QVERIFY(empty->workspacePage(0, 10).empty());
    QVERIFY(empty->connectorPage(0, 10).empty());
    QVERIFY(empty->skillPage(0, 10).empty());
}

void TestPaging::pagesOfAReadOnlyStore()
{
    Filled filled;
    const auto skills = filled.inventory->skills();
    Store& reader = filled.inventory.reopen(Store::Mode::ReadOnly);
    QStringList problems;
    test::compareEach(
        allPages<Skill>([&](Id after, int n) { return reader.skillPage(after, n); }, 4, skills.size(), problems),
        skills);
    QVERIFY2(problems.isEmpty(), qPrintable(test::joined(problems)));
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
