// The forum's decisions and meetings (schema 5): Store::decideRequest with the dual review of tier 3,
// a connector's approval set by approving its request, forum meetings and the governance reviews
// recorded at one, and the upgrade of a schema-4 file whose incidents named one connector and one
// workspace each.
#include "coretest.h"
#include "export/jsonexport.h"
#include "import/jsonimport.h"
#include "store/errors.h"
#include "store/fileinspector.h"
#include "store/recordwriter.h"
#include "store/schema.h"
#include "store/sqlitedialect.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace steward;

class TestForum : public QObject
{
    Q_OBJECT

private slots:
    void tierThreeNeedsTwoDeciders();
    void tooFewDecidersWriteNothing();
    void approvalSetsTheConnectorsApproval();
    void rejectionLeavesTheConnector();
    void decisionRefusals_data();
    void decisionRefusals();
    void decisionUndoAndRedoThroughTheAudit();
    void meetingsAndTheLastForum();
    void governanceReviewedAtAMeeting();
    void referencedRowsCannotGo();
    void auditSinceADay();
    void jsonCarriesTheForum();
    void upgradeFromFourKeepsIncidentLinks();

private:
    struct Queue
    {
        test::World world;
        Id salesforce = 0; // tier 3, waiting for approval
        Id request = 0;    // its connector request
    };
    static Queue makeQueue(Store& store);
};

TestForum::Queue TestForum::makeQueue(Store& store)
{
    Queue q;
    q.world = test::makeWorld(store);
    Connector salesforce = test::connector(QStringLiteral("Salesforce"), q.world.ada);
    salesforce.access = Access::ReadWrite; // writes to a system of record: tier 3
    salesforce.tier = 3;
    salesforce.status = ApprovalStatus::Requested;
    q.salesforce = store.addConnector(salesforce);
    ForumRequest r;
    r.kind = RequestKind::Connector;
    r.title = QStringLiteral("Salesforce for pipeline hygiene");
    r.description = QStringLiteral("Update next steps after the rep confirms.");
    r.requestedBy = q.world.bob;
    r.requestedOn = QDate(2026, 10, 1);
    r.connectorId = q.salesforce;
    q.request = store.addRequest(r);
    return q;
}

void TestForum::tierThreeNeedsTwoDeciders()
{
    test::TempInventory inv;
    const Queue q = makeQueue(inv.store());
    QString reason;
    QCOMPARE(inv->requiredDeciders(*inv->request(q.request), &reason), 2);
    QVERIFY2(reason.contains(QStringLiteral("Salesforce")) && reason.contains(QStringLiteral("dual review")),
             qPrintable(reason));

    ForumRequest skill;
    skill.kind = RequestKind::Skill;
    skill.title = QStringLiteral("Digest skill");
    skill.skillId = q.world.digest;
    QCOMPARE(inv->requiredDeciders(skill), 1);
    ForumRequest github;
    github.kind = RequestKind::ScopeChange;
    github.title = QStringLiteral("GitHub write");
    github.connectorId = q.world.github; // tier 1
    QCOMPARE(inv->requiredDeciders(github), 1);
}

void TestForum::tooFewDecidersWriteNothing()
{
    test::TempInventory inv;
    const Queue q = makeQueue(inv.store());
    const ForumRequest before = *inv->request(q.request);
    const Connector connectorBefore = *inv->connector(q.salesforce);
    const qint64 head = inv->auditHead();
    try {
        inv->decideRequest(q.request, RequestDecision::Approve, {q.world.ada}, QDate(2026, 10, 20),
                           QStringLiteral("Fine by me"));
        QFAIL("one decider approved a tier-3 connector");
    } catch (const StoreError& e) {
        QVERIFY2(e.message().contains(QStringLiteral("2 deciders")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("dual review")), qPrintable(e.message()));
    }
    // The same person twice is still one decider.
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->decideRequest(q.request, RequestDecision::Approve,
                                                            {q.world.ada, q.world.ada}, QDate(2026, 10, 20), {}));
    QCOMPARE(inv->auditHead(), head);
    QCOMPARE(*inv.reopen().request(q.request), before);
    QCOMPARE(*inv->connector(q.salesforce), connectorBefore);
    QCOMPARE(inv->verify(), QStringList());
}

void TestForum::approvalSetsTheConnectorsApproval()
{
    test::TempInventory inv;
    const Queue q = makeQueue(inv.store());
    const QDate day(2026, 10, 20);
    // Bob is named first: he is the connector's approver, whatever the ids' order.
    inv->decideRequest(q.request, RequestDecision::Approve, {q.world.bob, q.world.ada}, day,
                       QStringLiteral("  Approved with the folder-scoped app.  "));
    const ForumRequest r = *inv.reopen().request(q.request);
    QCOMPARE(r.status, RequestStatus::Approved);
    QCOMPARE(r.deciders, (std::vector<Id>{q.world.bob, q.world.ada}));
    QCOMPARE(r.decidedOn, day);
    QCOMPARE(r.decision, QStringLiteral("Approved with the folder-scoped app."));
    const Connector c = *inv->connector(q.salesforce);
    QCOMPARE(c.status, ApprovalStatus::Approved);
    QCOMPARE(c.approvedBy, q.world.bob);
    QCOMPARE(c.approvedOn, day);
    QCOMPARE(c.tier, 3);
    // One transaction, with its audit rows: the decision and the approval share a timestamp.
    const std::vector<AuditEntry> rows = inv->auditSince(QDate(2000, 1, 1));
    const auto connectorRow = std::find_if(rows.rbegin(), rows.rend(), [](const AuditEntry& e) {
        return e.entity == QLatin1String("connectors") && e.field == QLatin1String("status");
    });
    const auto requestRow = std::find_if(rows.rbegin(), rows.rend(), [](const AuditEntry& e) {
        return e.entity == QLatin1String("requests") && e.field == QLatin1String("status");
    });
    QVERIFY(connectorRow != rows.rend() && requestRow != rows.rend());
    QCOMPARE(connectorRow->newValue, QStringLiteral("approved"));
    QCOMPARE(connectorRow->at, requestRow->at);
    QCOMPARE(inv->verify(), QStringList());
}

void TestForum::rejectionLeavesTheConnector()
{
    test::TempInventory inv;
    const Queue q = makeQueue(inv.store());
    const Connector before = *inv->connector(q.salesforce);
    inv->decideRequest(q.request, RequestDecision::Reject, {q.world.ada, q.world.bob}, QDate(2026, 10, 21),
                       QStringLiteral("Personal data: not this quarter."));
    QCOMPARE(inv->request(q.request)->status, RequestStatus::Rejected);
    QCOMPARE(*inv->connector(q.salesforce), before);

    // A request about nothing in particular needs one decider.
    ForumRequest workflow;
    workflow.kind = RequestKind::Workflow;
    workflow.title = QStringLiteral("Auto-send replies");
    const Id id = inv->addRequest(workflow);
    inv->decideRequest(id, RequestDecision::Reject, {q.world.bob}, QDate(2026, 10, 21), {});
    QCOMPARE(inv->request(id)->deciders, std::vector<Id>{q.world.bob});
    QCOMPARE(inv->verify(), QStringList());
}

void TestForum::decisionRefusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("no deciders") << QStringLiteral("none");
    QTest::newRow("unknown person") << QStringLiteral("unknown");
    QTest::newRow("no day") << QStringLiteral("no day");
    QTest::newRow("day to come") << QStringLiteral("future");
    QTest::newRow("decided already") << QStringLiteral("twice");
    QTest::newRow("no such request") << QStringLiteral("missing");
}

void TestForum::decisionRefusals()
{
    QFETCH(QString, what);
    test::TempInventory inv;
    const test::World world = test::makeWorld(inv.store());
    ForumRequest r;
    r.kind = RequestKind::Skill;
    r.title = QStringLiteral("Digest skill");
    r.skillId = world.digest;
    const Id id = inv->addRequest(r);
    if (what == QLatin1String("twice"))
        inv->decideRequest(id, RequestDecision::Approve, {world.ada}, QDate(2026, 10, 1), {});
    const ForumRequest before = *inv->request(id);
    const qint64 head = inv->auditHead();

    std::vector<Id> deciders{world.ada};
    QDate day(2026, 10, 2);
    Id target = id;
    if (what == QLatin1String("none"))
        deciders.clear();
    else if (what == QLatin1String("unknown"))
        deciders = {world.ada, 999};
    else if (what == QLatin1String("no day"))
        day = QDate();
    else if (what == QLatin1String("future"))
        day = QDate::currentDate().addDays(5);
    else if (what == QLatin1String("missing"))
        target = 999;
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->decideRequest(target, RequestDecision::Approve, deciders, day, {}));
    QCOMPARE(inv->auditHead(), head);
    QCOMPARE(*inv->request(id), before);
}

void TestForum::decisionUndoAndRedoThroughTheAudit()
{
    test::TempInventory inv;
    const Queue q = makeQueue(inv.store());
    const ForumRequest requestBefore = *inv->request(q.request);
    const Connector connectorBefore = *inv->connector(q.salesforce);
    const qint64 before = inv->auditHead();
    inv->decideRequest(q.request, RequestDecision::Approve, {q.world.ada, q.world.bob}, QDate(2026, 10, 20),
                       QStringLiteral("Yes"));
    const qint64 after = inv->auditHead();
    const ForumRequest requestAfter = *inv->request(q.request);
    const Connector connectorAfter = *inv->connector(q.salesforce);

    inv->revertAudit(before, after); // undo
    QCOMPARE(*inv->request(q.request), requestBefore);
    QCOMPARE(*inv->connector(q.salesforce), connectorBefore);
    inv->replayAudit(before, after); // redo
    QCOMPARE(*inv->request(q.request), requestAfter);
    QCOMPARE(*inv->connector(q.salesforce), connectorAfter);
    QCOMPARE(inv.reopen().verify(), QStringList());
}

void TestForum::meetingsAndTheLastForum()
{
    test::TempInventory inv;
    const test::World world = test::makeWorld(inv.store());
    QVERIFY(!inv->lastForumMeeting());
    const Id october =
        inv->recordForumMeeting(QDate(2026, 10, 6), {world.bob, world.ada}, QStringLiteral("Salesforce approved"));
    // Recorded later, held earlier: the last forum is the one held last.
    const Id september = inv->recordForumMeeting(QDate(2026, 9, 1), {world.ada}, {});
    const std::vector<ForumMeeting> meetings = inv.reopen().forumMeetings();
    QCOMPARE(meetings.size(), std::size_t(2));
    QCOMPARE(meetings[0].id, september);
    QCOMPARE(meetings[1].attendees, (std::vector<Id>{world.bob, world.ada}));
    QCOMPARE(inv->lastForumMeeting()->id, october);
    QCOMPARE(inv->lastForumMeeting()->notes, QStringLiteral("Salesforce approved"));

    ForumMeeting changed = *inv->lastForumMeeting();
    changed.attendees = {world.ada};
    changed.heldOn = QDate(2026, 10, 7);
    inv->updateForumMeeting(changed);
    QCOMPARE(*inv.reopen().lastForumMeeting(), changed);
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->recordForumMeeting(QDate(), {world.ada}, {}));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->recordForumMeeting(QDate(2026, 11, 1), {999}, {}));
    inv->removeForumMeeting(september);
    QCOMPARE(inv->forumMeetings().size(), std::size_t(1));
    QCOMPARE(inv->verify(), QStringList());
}

void TestForum::governanceReviewedAtAMeeting()
{
    test::TempInventory inv;
    const test::World world = test::makeWorld(inv.store());
    const QDate day(2026, 10, 6);
    const Id meeting = inv->recordForumMeeting(day, {world.ada, world.bob}, {});
    const std::vector<Id> reviews =
        inv->reviewGovernanceAtMeeting(meeting, {GovernanceKind::Connectors, GovernanceKind::Skills}, world.ada);
    QCOMPARE(reviews.size(), std::size_t(2));
    QCOMPARE(inv->governanceObject(GovernanceKind::Connectors).review.lastReviewedOn, day);
    QCOMPARE(inv->governanceObject(GovernanceKind::Connectors).review.lastReviewedBy, world.ada);
    QCOMPARE(inv->governanceObject(GovernanceKind::Skills).review.lastReviewedOn, day);
    QVERIFY(!inv->governanceObject(GovernanceKind::Policy).review.lastReviewedOn.isValid());
    QCOMPARE(inv->reviews().size(), std::size_t(2));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->reviewGovernanceAtMeeting(999, {GovernanceKind::Policy}, 0));
    QCOMPARE(inv->verify(), QStringList());
}

void TestForum::referencedRowsCannotGo()
{
    test::TempInventory inv;
    const Queue q = makeQueue(inv.store());
    const Id meeting = inv->recordForumMeeting(QDate(2026, 10, 6), {q.world.ada}, {});
    Q_UNUSED(meeting);
    // Ada attended, Salesforce is the request's connector, Digest a request's skill.
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removePerson(q.world.ada));
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removeConnector(q.salesforce));
    ForumRequest skill;
    skill.kind = RequestKind::Skill;
    skill.title = QStringLiteral("Digest");
    skill.skillId = q.world.digest;
    const Id skillRequest = inv->addRequest(skill);
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removeSkill(q.world.digest));
    inv->removeRequest(skillRequest);
    inv->removeSkill(q.world.digest);
    // A decider cannot go either; removing the request takes its deciders along.
    inv->decideRequest(q.request, RequestDecision::Reject, {q.world.bob, q.world.ada}, QDate(2026, 10, 6), {});
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->removePerson(q.world.bob));
    inv->removeRequest(q.request);
    inv->removeConnector(q.salesforce);
    QCOMPARE(inv->count(QStringLiteral("request_deciders")), qint64(0));
    QCOMPARE(inv->verify(), QStringList());
}

void TestForum::auditSinceADay()
{
    test::TempInventory inv;
    const test::World world = test::makeWorld(inv.store());
    const qint64 all = qint64(inv->auditTrail().size());
    QCOMPARE(qint64(inv->auditSince(QDate::currentDate().addDays(-1)).size()), all);
    QVERIFY(inv->auditSince(QDate::currentDate().addDays(2)).empty());
    const std::vector<AuditEntry> connectors = inv->auditSince(QDate(), QStringLiteral("connectors"));
    QVERIFY(!connectors.empty());
    QVERIFY(std::all_of(connectors.begin(), connectors.end(),
                        [](const AuditEntry& e) { return e.entity == QLatin1String("connectors"); }));
    QVERIFY(qint64(connectors.size()) < all);

    // Read a row at a time, the trail is the same rows with the same values (an update's old value
    // and null ones included).
    const Connector before = *inv->connector(world.github);
    Connector changed = before;
    changed.notes = QStringLiteral("«noted»");
    inv->updateConnector(changed);
    const std::vector<AuditEntry> whole = inv->auditSince(QDate());
    std::size_t at = 0;
    inv->forEachAuditSince(QDate(), [&](const AuditEntry& e) {
        QVERIFY(at < whole.size());
        const AuditEntry& w = whole[at++];
        QCOMPARE(e.seq, w.seq);
        QCOMPARE(e.at, w.at);
        QCOMPARE(e.actor, w.actor);
        QCOMPARE(e.entity, w.entity);
        QCOMPARE(e.entityId, w.entityId);
        QCOMPARE(e.action, w.action);
        QCOMPARE(e.field, w.field);
        QCOMPARE(e.oldIsNull, w.oldIsNull);
        QCOMPARE(e.oldValue, w.oldValue);
        QCOMPARE(e.newIsNull, w.newIsNull);
        QCOMPARE(e.newValue, w.newValue);
        QCOMPARE(e.prevHash, w.prevHash);
        QCOMPARE(e.hash, w.hash);
    });
    QCOMPARE(at, whole.size());
    QCOMPARE(whole.back().field, QStringLiteral("notes"));
    QCOMPARE(whole.back().newValue, QStringLiteral("«noted»"));
    int later = 0;
    inv->forEachAuditSince(QDate::currentDate().addDays(2), [&later](const AuditEntry&) { ++later; });
    QCOMPARE(later, 0);
}

void TestForum::jsonCarriesTheForum()
{
    test::TempInventory source;
    const Queue q = makeQueue(source.store());
    source->decideRequest(q.request, RequestDecision::Approve, {q.world.bob, q.world.ada}, QDate(2026, 10, 20),
                          QStringLiteral("Yes"));
    Incident incident;
    incident.title = QStringLiteral("Digest posted to a shared channel");
    incident.occurredOn = QDate(2026, 10, 2);
    incident.connectorIds = {q.world.slack, q.world.github};
    incident.followUps = {QStringLiteral("Revoke"), QStringLiteral("Brief")};
    source->addIncident(incident);
    source->recordForumMeeting(QDate(2026, 10, 20), {q.world.bob, q.world.ada}, QStringLiteral("October"));
    const QByteArray json = jsonexport::inventoryJson(source.store());
    for (const char* field : {"\"deciders\"", "\"forum_meetings\"", "\"follow_ups\"", "\"workspaces\"", "\"skill\""})
        QVERIFY2(json.contains(field), field);

    test::TempInventory target;
    const imports::ImportReport report = imports::importInventoryJson(target.store(), json);
    QVERIFY(report.ok());
    QCOMPARE(jsonexport::inventoryJson(target.reopen()), json);
    const ForumRequest r = target->requests().at(0);
    QCOMPARE(r.deciders.size(), std::size_t(2));
    QCOMPARE(target->person(r.deciders[0])->name, QStringLiteral("Bob"));
    QCOMPARE(target->connector(r.connectorId)->name, QStringLiteral("Salesforce"));
    QCOMPARE(target->incidents().at(0).connectorIds.size(), std::size_t(2));
    QCOMPARE(target->incidents().at(0).followUps, (QStringList{QStringLiteral("Revoke"), QStringLiteral("Brief")}));
    QCOMPARE(target->lastForumMeeting()->notes, QStringLiteral("October"));
    QCOMPARE(target->verify(), QStringList());

    // An export of schema version 1 named one connector and one workspace per incident.
    test::TempInventory old;
    const test::World world = test::makeWorld(old.store());
    old->addWorkspace(test::fullWorkspace(world));
    const imports::ImportReport legacy = imports::importInventoryJson(old.store(), R"({"schema_version": 1,
        "incidents": [{"title": "Leak", "occurred_on": "2024-05-01", "connector": "Slack",
                       "workspace": "Finance close"}]})");
    QVERIFY(legacy.ok());
    QVERIFY(legacy.warnings().empty());
    QCOMPARE(old->incidents().at(0).connectorIds, std::vector<Id>{world.slack});
    QCOMPARE(old->incidents().at(0).workspaceIds.size(), std::size_t(1));
}

void TestForum::upgradeFromFourKeepsIncidentLinks()
{
    // A schema-4 file as Steward wrote it: the version-1 fixture upgraded step by step to 4, with an
    // incident naming Slack (connector 2) and the finance workspace (1), written with its audit rows.
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inventory.steward"));
    QVERIFY(QFile::copy(test::fixture(QStringLiteral("inventory-v1.steward")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Id incidentId = 0;
    qint64 people = 0;
    {
        QSqlDatabase db = sqlite::openConnection(path, false);
        QVERIFY(db.isOpen());
        QString error;
        QVERIFY2(sqlite::configureWriter(db, &error), qPrintable(error));
        QVERIFY(db.transaction());
        for (const schema::Migration& step : schema::migrations()) {
            if (step.toVersion < 2 || step.toVersion > 4)
                continue;
            for (const QString& statement : step.statements) {
                QSqlQuery ddl(db);
                QVERIFY2(ddl.exec(statement), qPrintable(ddl.lastError().text()));
            }
        }
        QVERIFY(sqlite::writeVersionStamp(db, schema::applicationId, 4, &error));
        {
            RecordWriter writer(db);
            writer.setActor(QStringLiteral("steward-4"));
            writer.loadHead();
            writer.beginBatch();
            incidentId = writer.insert(QStringLiteral("incidents"),
                                       {{QStringLiteral("title"), QStringLiteral("Digest posted to a customer")},
                                        {QStringLiteral("occurred_on"), QStringLiteral("2024-06-02")},
                                        {QStringLiteral("severity"), QStringLiteral("high")},
                                        {QStringLiteral("status"), QStringLiteral("open")},
                                        {QStringLiteral("connector_id"), qint64(2)},
                                        {QStringLiteral("workspace_id"), qint64(1)}});
            writer.commitBatch();
        }
        QVERIFY(db.commit());
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && count.next());
        people = count.value(0).toLongLong();
        count.finish();
        sqlite::closeConnection(db);
    }
    const QByteArray v4 = test::fileBytes(path);
    QCOMPARE(inspectFile(path).schemaVersion, 4);
    QVERIFY_THROWS_EXCEPTION(OpenError, Store::open(path, Store::Mode::ReadOnly)); // upgraded first
    QCOMPARE(test::fileBytes(path), v4);

    auto store = Store::open(path);
    QCOMPARE(store->schemaVersion(), 5);
    const QString backup = path + QStringLiteral(".v4.bak");
    QCOMPARE(store->migrationBackup(), backup);
    QCOMPARE(test::fileBytes(backup), v4);
    const Incident incident = *store->incident(incidentId);
    QCOMPARE(incident.title, QStringLiteral("Digest posted to a customer"));
    QCOMPARE(incident.severity, Severity::High);
    QCOMPARE(incident.connectorIds, std::vector<Id>{2});
    QCOMPARE(incident.workspaceIds, std::vector<Id>{1});
    QVERIFY(incident.followUps.isEmpty());
    // The old single columns are cleared, and the audit trail says so.
    QSqlQuery old(store->database());
    QVERIFY(old.exec(QStringLiteral("SELECT connector_id, workspace_id FROM incidents")) && old.next());
    QVERIFY(old.value(0).isNull() && old.value(1).isNull());
    old.finish();
    // The rest of the file is as it was: the version-1 fixture's rows are all there.
    QVERIFY(people > 0);
    QCOMPARE(qint64(store->people().size()), people);
    QVERIFY(store->workspace(1));
    QVERIFY_THROWS_EXCEPTION(StoreError, store->removeConnector(2)); // the incident involves it
    QCOMPARE(store->verify(), QStringList());
    store.reset();
    QCOMPARE(Store::open(path, Store::Mode::ReadOnly)->verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestForum)
#include "tst_forum.moc"
