// Undo and redo of a whole operation through the audit trail (an import is one undo step): reverting
// its rows gives the inventory back exactly, replaying them does it again, and a change made in
// between makes both refuse without writing anything.
#include "coretest.h"

#include "export/jsonexport.h"
#include "import/jsonimport.h"
#include "templates/templates.h"

using namespace steward;
using steward::test::TempInventory;

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importRevertsAndReplaysExactly();
    void everyKindOfChangeComesBack();
    void aChangeInBetweenIsRefused();
    void aRangeTheTrailLacksIsRefused();
};

namespace {

// The sample as a JSON document, with a few edits, to import into another inventory.
QByteArray editedSample()
{
    TempInventory source;
    templates::fillSample(source.store(), QDate(2026, 11, 22));
    Connector hubspot = *source->connector(source->connectorNames().front().id);
    hubspot.notes = QStringLiteral("Changed in the spreadsheet");
    source->updateConnector(hubspot);
    return jsonexport::inventoryJson(source.store());
}

} // namespace

void TestReplay::importRevertsAndReplaysExactly()
{
    TempInventory inv;
    templates::fillSeed(inv.store());
    inv->addPerson(test::person(QStringLiteral("Someone already here")));
    const QByteArray before = jsonexport::inventoryJson(inv.store());
    const qint64 from = inv->auditHead();
    const imports::ImportReport report = imports::importInventoryJson(inv.store(), editedSample());
    QVERIFY(report.ok());
    const qint64 to = inv->auditHead();
    QVERIFY(to > from);
    const QByteArray after = jsonexport::inventoryJson(inv.store());
    QVERIFY(after != before);

    inv->revertAudit(from, to);
    QCOMPARE(jsonexport::inventoryJson(inv.reopen()), before);
    QVERIFY(inv->verify().isEmpty());
    inv->replayAudit(from, to);
    QCOMPARE(jsonexport::inventoryJson(inv.reopen()), after);
    QVERIFY(inv->verify().isEmpty());
    inv->revertAudit(from, to); // and undo once more after the redo
    QCOMPARE(jsonexport::inventoryJson(inv.store()), before);
}

void TestReplay::everyKindOfChangeComesBack()
{
    TempInventory inv;
    const test::World w = test::makeWorld(inv.store());
    Workspace ws = test::fullWorkspace(w);
    ws.id = inv->addWorkspace(ws);
    const QByteArray before = jsonexport::inventoryJson(inv.store());
    const auto workspacesBefore = inv->workspaces();
    const qint64 from = inv->auditHead();
    inv->transaction([&] {
        Workspace changed = *inv->workspace(ws.id);
        changed.tasks.pop_back(); // a child row deleted
        changed.notes = QStringLiteral("edited");
        changed.connectorIds = {w.slack}; // links replaced
        inv->updateWorkspace(changed);
        inv->removeSkill(w.triage); // a row with its links deleted
        inv->addPerson(test::person(QStringLiteral("New")));
    });
    const qint64 to = inv->auditHead();
    const QByteArray after = jsonexport::inventoryJson(inv.store());
    inv->revertAudit(from, to);
    QCOMPARE(jsonexport::inventoryJson(inv.store()), before);
    test::compareEach(inv->workspaces(), workspacesBefore); // ids of children and links included
    inv->replayAudit(from, to);
    QCOMPARE(jsonexport::inventoryJson(inv.store()), after);
    QVERIFY(inv->verify().isEmpty());
}

void TestReplay::aChangeInBetweenIsRefused()
{
    TempInventory inv;
    const test::World w = test::makeWorld(inv.store());
    const qint64 from = inv->auditHead();
    Connector github = *inv->connector(w.github);
    github.notes = QStringLiteral("first");
    inv->updateConnector(github);
    const qint64 to = inv->auditHead();
    github.notes = QStringLiteral("someone else, later");
    inv->updateConnector(github);
    const auto trail = test::auditFingerprint(inv.store());
    const QByteArray bytes = test::fileBytes(inv.path());
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->revertAudit(from, to));
    QCOMPARE(inv->connector(w.github)->notes, QStringLiteral("someone else, later"));
    QCOMPARE(test::auditFingerprint(inv.store()), trail);
    QCOMPARE(test::fileBytes(inv.path()), bytes);
}

void TestReplay::aRangeTheTrailLacksIsRefused()
{
    TempInventory inv;
    test::makeWorld(inv.store());
    const qint64 head = inv->auditHead();
    const auto trail = test::auditFingerprint(inv.store());
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->revertAudit(head, head + 5));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->replayAudit(head - 2, head + 1));
    QCOMPARE(test::auditFingerprint(inv.store()), trail);
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
