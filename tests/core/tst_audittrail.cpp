// The audit trail: which rows each mutating call writes, what they carry, who they name, and
// that they form one hash chain (core/store/audit.h) that survives closing and reopening.
#include "coretest.h"
#include "store/audit.h"
#include "store/errors.h"
#include "store/store.h"

#include <QRegularExpression>
#include <QtTest>

using namespace steward;
using steward::test::TempInventory;

namespace {

audit::Cell cellOf(const QString& text, bool isNull)
{
    return isNull ? audit::Cell() : audit::Cell(text);
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void createWritesOneRowWithTheRowAsJson();
    void createRecordsIntegersAndBooleansAsText();
    void updateWritesOneRowPerChangedField();
    void updateThatChangesNothingWritesNothing_data();
    void updateThatChangesNothingWritesNothing();
    void deleteWritesOneRowWithTheOldRow();
    void removingConnectorAuditsEveryRowItTakes();
    void refusedCallWritesNothing();
    void actorIsRecorded();
    void defaultActorComesFromEnvironment();
    void rowsOfOneCallShareOneTimestamp();
    void hashMatchesDocumentedFormat_data();
    void hashMatchesDocumentedFormat();
    void hashesChain();
    void chainContinuesAcrossReopen();
    void metaRecordsTheChainHead();
};

void TestAuditTrail::createWritesOneRowWithTheRowAsJson()
{
    TempInventory inv;
    Store& store = inv.store();
    store.setActor(QStringLiteral("alice"));
    const std::size_t before = store.auditTrail().size();
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    ada.email = QStringLiteral("ada@example.org");
    ada.notes = QStringLiteral("Zoë's \"deputy\"");
    const Id id = store.addPerson(ada);

    const auto rows = test::auditSince(inv.reopen(), before);
    QCOMPARE(rows.size(), std::size_t(1));
    const AuditEntry& row = rows[0];
    QCOMPARE(row.entity, QStringLiteral("people"));
    QCOMPARE(row.entityId, id);
    QCOMPARE(row.action, QStringLiteral("create"));
    QCOMPARE(row.field, QString());
    QVERIFY(row.oldIsNull);
    QVERIFY(!row.newIsNull);
    // Column order of the insert; empty text is null; JSON with no spaces.
    QCOMPARE(row.newValue, QStringLiteral("{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\",\"title\":null,"
                                          "\"team\":null,\"notes\":\"Zoë's \\\"deputy\\\"\"}"));
    QCOMPARE(row.actor, QStringLiteral("alice"));
}

void TestAuditTrail::createRecordsIntegersAndBooleansAsText()
{
    TempInventory inv;
    Store& store = inv.store();
    Person owner;
    owner.name = QStringLiteral("Ada");
    const Id ada = store.addPerson(owner);
    const std::size_t before = store.auditTrail().size();
    Connector c;
    c.name = QStringLiteral("Slack");
    c.access = Access::ReadWrite;
    c.sensitivity = DataClass::Confidential;
    c.external = true;
    c.tier = 3;
    c.ownerId = ada;
    c.approvedOn = QDate(2024, 2, 29);
    c.server = {Transport::Stdio, QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("slack")}, {}};
    c.scopes = {{0, QStringLiteral("chat:write"), ScopeMode::Write, {}}};
    const Id id = store.addConnector(c);

    const auto rows = test::auditSince(inv.reopen(), before);
    QCOMPARE(rows.size(), std::size_t(2)); // the connector, then its scope
    QCOMPARE(rows[0].entity, QStringLiteral("connectors"));
    QCOMPARE(rows[0].entityId, id);
    QCOMPARE(rows[0].newValue,
             QStringLiteral("{\"name\":\"Slack\",\"system_name\":null,\"access\":\"read-write\","
                            "\"sensitivity\":\"confidential\",\"external\":\"1\",\"tier\":\"3\",\"owner_id\":\"%1\","
                            "\"approved_by\":null,\"approved_on\":\"2024-02-29\",\"status\":\"requested\","
                            "\"widened_by\":null,\"widened_on\":null,\"transport\":\"stdio\",\"command\":\"npx\","
                            "\"args\":\"[\\\"-y\\\",\\\"slack\\\"]\",\"url\":null,\"cadence\":\"quarterly\","
                            "\"last_reviewed_on\":null,\"last_reviewed_by\":null,\"cadence_days\":null,"
                            "\"notes\":null}")
                 .arg(ada));
    QCOMPARE(rows[1].entity, QStringLiteral("connector_scopes"));
    QCOMPARE(rows[1].action, QStringLiteral("create"));
    QCOMPARE(rows[1].newValue, QStringLiteral("{\"connector_id\":\"%1\",\"position\":\"0\",\"scope\":\"chat:write\","
                                              "\"mode\":\"write\",\"justification\":null}")
                                   .arg(id));
}

void TestAuditTrail::updateWritesOneRowPerChangedField()
{
    TempInventory inv;
    Store& store = inv.store();
    Person ada;
    ada.name = QStringLiteral("Ada");
    ada.email = QStringLiteral("ada@example.org");
    ada.team = QStringLiteral("Finance");
    ada.id = store.addPerson(ada);
    const std::size_t before = store.auditTrail().size();

    ada.email = QStringLiteral("ada@example.com"); // changed
    ada.title = QStringLiteral("CFO");             // from nothing
    ada.team.clear();                              // to nothing
    store.updatePerson(ada);

    const auto rows = test::auditSince(inv.reopen(), before);
    QCOMPARE(rows.size(), std::size_t(3));
    for (const AuditEntry& row : rows) {
        QCOMPARE(row.entity, QStringLiteral("people"));
        QCOMPARE(row.entityId, ada.id);
        QCOMPARE(row.action, QStringLiteral("update"));
    }
    QCOMPARE(rows[0].field, QStringLiteral("email"));
    QCOMPARE(rows[0].oldValue, QStringLiteral("ada@example.org"));
    QCOMPARE(rows[0].newValue, QStringLiteral("ada@example.com"));
    QVERIFY(!rows[0].oldIsNull && !rows[0].newIsNull);
    QCOMPARE(rows[1].field, QStringLiteral("title"));
    QVERIFY(rows[1].oldIsNull);
    QCOMPARE(rows[1].newValue, QStringLiteral("CFO"));
    QCOMPARE(rows[2].field, QStringLiteral("team"));
    QCOMPARE(rows[2].oldValue, QStringLiteral("Finance"));
    QVERIFY(rows[2].newIsNull);
}

// Writing back what was read changes nothing, so the trail stays as it is.
void TestAuditTrail::updateThatChangesNothingWritesNothing_data()
{
    QTest::addColumn<QString>("entity");
    for (const char* entity : {"person", "governance object", "cadences", "policy", "workspace", "connector", "skill",
                               "raci", "review", "request", "incident"})
        QTest::newRow(entity) << QString::fromLatin1(entity);
}

void TestAuditTrail::updateThatChangesNothingWritesNothing()
{
    QFETCH(QString, entity);
    TempInventory inv;
    Store& store = inv.store();
    Person p;
    p.name = QStringLiteral("Ada");
    p.email = QStringLiteral("ada@example.org");
    const Id ada = store.addPerson(p);
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.scopes = {{0, QStringLiteral("repo"), ScopeMode::Read, QStringLiteral("CI")},
                {0, QStringLiteral("read:org"), ScopeMode::Read, {}}};
    c.server = {Transport::Stdio, QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("gh")}, {}};
    c.ownerId = ada;
    const Id github = store.addConnector(c);
    Skill s;
    s.name = QStringLiteral("Digest");
    s.connectorIds = {github};
    s.verifiedOn = QDate(2024, 1, 1);
    const Id digest = store.addSkill(s);
    Workspace w;
    w.name = QStringLiteral("Finance");
    w.tasks = {{0, QStringLiteral("Close"), QStringLiteral("monthly"), ada, true}};
    w.connectorIds = {github};
    w.skillIds = {digest};
    w.memoryCheckedOn = QDate(2024, 2, 2);
    const Id finance = store.addWorkspace(w);
    GovernanceObject object = store.governanceObject(GovernanceKind::Policy);
    object.ownerId = ada;
    store.updateGovernanceObject(object);
    store.setCadences({{0, Cadence::Weekly, QStringLiteral("Weekly"), QStringLiteral("Stand-up")}});
    Policy policy = store.policy();
    policy.allowedGroups = {QStringLiteral("Finance")};
    policy.dataClasses = {{DataClass::Internal, Permission::Allowed, {}}};
    policy.reviewTiers = {{1, QStringLiteral("low"), QStringLiteral("spot-check")}};
    policy.sections = {{0, QStringLiteral("Scope"), QStringLiteral("All")}};
    store.updatePolicy(policy);
    store.approvePolicy(ada, QDate(2024, 3, 1), QDate(2024, 3, 2));
    Raci raci;
    raci.roles = {{0, QStringLiteral("Owner")}, {0, QStringLiteral("IT")}};
    raci.activities = {{0, QStringLiteral("Approval")}};
    raci.cells = {{0, 0, QStringLiteral("A")}, {0, 1, QStringLiteral("ri")}};
    store.setRaci(raci);
    store.addReview({0, QStringLiteral("governance"), 1, QDate(2024, 3, 3), ada, QStringLiteral("ok")});
    ForumRequest request;
    request.title = QStringLiteral("Jira");
    request.requestedOn = QDate(2024, 3, 4);
    store.addRequest(request);
    Incident incident;
    incident.title = QStringLiteral("Leak");
    incident.connectorIds = {github};
    store.addIncident(incident);

    Store& reopened = inv.reopen();
    const auto trail = test::auditFingerprint(reopened);
    if (entity == QLatin1String("person"))
        reopened.updatePerson(*reopened.person(ada));
    else if (entity == QLatin1String("governance object"))
        reopened.updateGovernanceObject(reopened.governanceObject(GovernanceKind::Policy));
    else if (entity == QLatin1String("cadences"))
        reopened.setCadences(reopened.cadences());
    else if (entity == QLatin1String("policy"))
        reopened.updatePolicy(reopened.policy());
    else if (entity == QLatin1String("workspace"))
        reopened.updateWorkspace(*reopened.workspace(finance));
    else if (entity == QLatin1String("connector"))
        reopened.updateConnector(*reopened.connector(github));
    else if (entity == QLatin1String("skill"))
        reopened.updateSkill(*reopened.skill(digest));
    else if (entity == QLatin1String("raci"))
        reopened.setRaci(reopened.raci());
    else if (entity == QLatin1String("review"))
        reopened.updateReview(reopened.reviews().front());
    else if (entity == QLatin1String("request"))
        reopened.updateRequest(reopened.requests().front());
    else if (entity == QLatin1String("incident"))
        reopened.updateIncident(reopened.incidents().front());
    else
        QFAIL("unknown entity");
    QCOMPARE(test::auditFingerprint(inv.reopen()), trail);
}

void TestAuditTrail::deleteWritesOneRowWithTheOldRow()
{
    TempInventory inv;
    Store& store = inv.store();
    Person bob;
    bob.name = QStringLiteral("Bob");
    bob.team = QStringLiteral("IT");
    const Id id = store.addPerson(bob);
    store.setActor(QStringLiteral("carol"));
    const std::size_t before = store.auditTrail().size();
    store.removePerson(id);

    const auto rows = test::auditSince(inv.reopen(), before);
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].entity, QStringLiteral("people"));
    QCOMPARE(rows[0].entityId, id);
    QCOMPARE(rows[0].action, QStringLiteral("delete"));
    QCOMPARE(rows[0].field, QString());
    QVERIFY(rows[0].newIsNull);
    QVERIFY(!rows[0].oldIsNull);
    QCOMPARE(rows[0].oldValue,
             QStringLiteral("{\"name\":\"Bob\",\"email\":null,\"title\":null,\"team\":\"IT\",\"notes\":null}"));
    QCOMPARE(rows[0].actor, QStringLiteral("carol"));
}

void TestAuditTrail::removingConnectorAuditsEveryRowItTakes()
{
    TempInventory inv;
    Store& store = inv.store();
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.scopes = {{0, QStringLiteral("repo"), ScopeMode::Read, {}}, {0, QStringLiteral("read:org"), ScopeMode::Read, {}}};
    const Id github = store.addConnector(c);
    Skill s;
    s.name = QStringLiteral("Digest");
    s.connectorIds = {github};
    store.addSkill(s);
    Workspace w;
    w.name = QStringLiteral("Finance");
    w.connectorIds = {github};
    store.addWorkspace(w);
    const std::size_t before = store.auditTrail().size();
    store.removeConnector(github);

    const auto rows = test::auditSince(inv.reopen(), before);
    QStringList deleted;
    for (const AuditEntry& row : rows) {
        QCOMPARE(row.action, QStringLiteral("delete"));
        deleted.append(row.entity);
    }
    deleted.sort();
    QCOMPARE(deleted, (QStringList{QStringLiteral("connector_scopes"), QStringLiteral("connector_scopes"),
                                   QStringLiteral("connectors"), QStringLiteral("skill_connectors"),
                                   QStringLiteral("workspace_connectors")}));
    QCOMPARE(rows.back().entity, QStringLiteral("connectors")); // children first, so no row points nowhere
    QCOMPARE(rows.back().entityId, github);
}

void TestAuditTrail::refusedCallWritesNothing()
{
    TempInventory inv;
    Store& store = inv.store();
    Person p;
    p.name = QStringLiteral("Ada");
    store.addPerson(p);
    const auto trail = test::auditFingerprint(store);
    QVERIFY_THROWS_EXCEPTION(StoreError, store.addPerson(p)); // duplicate name
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.tier = 7;
    QVERIFY_THROWS_EXCEPTION(StoreError, store.addConnector(c));
    QCOMPARE(test::auditFingerprint(inv.reopen()), trail);
}

void TestAuditTrail::actorIsRecorded()
{
    TempInventory inv;
    Store& store = inv.store();
    const std::size_t before = store.auditTrail().size();
    store.setActor(QStringLiteral("  alice  "));
    QCOMPARE(store.actor(), QStringLiteral("alice"));
    Person p;
    p.name = QStringLiteral("Ada");
    p.id = store.addPerson(p);
    store.setActor(QStringLiteral("bob@example.org"));
    p.team = QStringLiteral("Risk");
    store.updatePerson(p);
    store.setActor(QString()); // blank falls back to the default actor
    QCOMPARE(store.actor(), Store::defaultActor());
    store.removePerson(p.id);

    const auto rows = test::auditSince(inv.reopen(), before);
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].actor, QStringLiteral("alice"));
    QCOMPARE(rows[1].actor, QStringLiteral("bob@example.org"));
    QCOMPARE(rows[2].actor, Store::defaultActor());
}

void TestAuditTrail::defaultActorComesFromEnvironment()
{
    const QByteArray saved = qgetenv("STEWARD_ACTOR");
    qputenv("STEWARD_ACTOR", "  pipeline-bot ");
    QCOMPARE(Store::defaultActor(), QStringLiteral("pipeline-bot"));
    {
        TempInventory inv;
        QCOMPARE(inv->actor(), QStringLiteral("pipeline-bot"));
        Person p;
        p.name = QStringLiteral("Ada");
        inv->addPerson(p);
        QCOMPARE(inv.reopen().auditTrail().back().actor, QStringLiteral("pipeline-bot"));
        // The four governance objects and the policy of a new file carry the creator too.
        QCOMPARE(inv->auditTrail().front().actor, QStringLiteral("pipeline-bot"));
    }
    if (saved.isNull())
        qunsetenv("STEWARD_ACTOR");
    else
        qputenv("STEWARD_ACTOR", saved);
}

void TestAuditTrail::rowsOfOneCallShareOneTimestamp()
{
    TempInventory inv;
    Store& store = inv.store();
    const std::size_t before = store.auditTrail().size();
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.scopes = {{0, QStringLiteral("repo"), ScopeMode::Read, {}}, {0, QStringLiteral("gist"), ScopeMode::Write, {}}};
    store.addConnector(c);
    const auto rows = test::auditSince(store, before);
    QCOMPARE(rows.size(), std::size_t(3));
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY2(iso.match(rows[0].at).hasMatch(), qPrintable(rows[0].at));
    QCOMPARE(rows[1].at, rows[0].at);
    QCOMPARE(rows[2].at, rows[0].at);
    const QDateTime at = QDateTime::fromString(rows[0].at, Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

// Known answers computed outside Steward, with Python's json.dumps(array, separators=(",", ":"),
// ensure_ascii=False) and hashlib.sha256, as core/store/audit.h documents the hash.
void TestAuditTrail::hashMatchesDocumentedFormat_data()
{
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("entityId");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field"); // a null QString stands for JSON null in these three
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<QString>("prevHash");
    QTest::addColumn<QString>("hash");

    QTest::newRow("create") << qint64(1) << QStringLiteral("2024-01-01T00:00:00.000Z") << QStringLiteral("ada")
                            << QStringLiteral("people") << qint64(1) << QStringLiteral("create") << QString()
                            << QString() << QStringLiteral("{\"name\":\"Ada\"}") << audit::genesisHash()
                            << QStringLiteral("62f7e11b309d9b0213fe933eb58b98a7dfd87ad81ccc2f39e0b41709a1098614");
    QTest::newRow("unicode") << qint64(7) << QStringLiteral("2024-02-29T23:59:59.999Z") << QStringLiteral("Zoë")
                             << QStringLiteral("connectors") << qint64(3) << QStringLiteral("update")
                             << QStringLiteral("notes") << QStringLiteral("naïve “quotes”") << QStringLiteral("😀 emoji")
                             << QStringLiteral("ab").repeated(32)
                             << QStringLiteral("c9131c2aba352107d1af772589ac70df25a4813cf737106c5cff229fad7c6bd8");
    QTest::newRow("escapes") << qint64(42) << QStringLiteral("2024-06-01T12:00:00.000Z") << QStringLiteral("bot")
                             << QStringLiteral("skills") << qint64(12) << QStringLiteral("update")
                             << QStringLiteral("notes") << QString()
                             << QStringLiteral("line\nbreak\ttab\x01\x1f\x7f\\back\"quote/slash\b\f\r")
                             << QStringLiteral("cd").repeated(32)
                             << QStringLiteral("607d1818abecc48ecbc3d30318bc4d38f05ce1d477791e6ea69657067f126fe3");
    QTest::newRow("delete, large id") << qint64(1000000) << QStringLiteral("2024-06-01T12:00:00.000Z")
                                      << QStringLiteral("carol") << QStringLiteral("policy_versions")
                                      << qint64(9007199254740993) << QStringLiteral("delete") << QString()
                                      << QStringLiteral("{\"a\":null}") << QString()
                                      << QStringLiteral("ef").repeated(32)
                                      << QStringLiteral(
                                             "e66149593c049ec08508eaa15ae2af05343ab8cdc9cac95de6ca7190d2d9ef18");
    QTest::newRow("line separator") << qint64(2) << QStringLiteral("x") << QStringLiteral("a") << QStringLiteral("b")
                                    << qint64(0) << QStringLiteral("create") << QString() << QString()
                                    << QStringLiteral("a\u2028b\u00a0c") << audit::genesisHash()
                                    << QStringLiteral(
                                           "2a7f484d92f516fda65de41ab57b4b1b28eb471753bfce41617d30dbd2ab201f");
}

void TestAuditTrail::hashMatchesDocumentedFormat()
{
    QFETCH(qint64, seq);
    QFETCH(QString, at);
    QFETCH(QString, actor);
    QFETCH(QString, entity);
    QFETCH(qint64, entityId);
    QFETCH(QString, action);
    QFETCH(QString, field);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    QFETCH(QString, prevHash);
    QFETCH(QString, hash);
    auto cell = [](const QString& text) {
        return text.isNull() ? audit::Cell() : audit::Cell(text);
    };
    const audit::ChainFields fields{seq,    at,          actor,          entity,         entityId,
                                    action, cell(field), cell(oldValue), cell(newValue), prevHash};
    QCOMPARE(audit::hashOf(fields), hash);
}

void TestAuditTrail::hashesChain()
{
    TempInventory inv;
    Store& store = inv.store();
    Person p;
    p.name = QStringLiteral("Ada");
    p.id = store.addPerson(p);
    p.email = QStringLiteral("ada@example.org");
    store.updatePerson(p);
    Connector c;
    c.name = QStringLiteral("GitHub");
    c.scopes = {{0, QStringLiteral("repo"), ScopeMode::Read, {}}};
    const Id github = store.addConnector(c);
    store.removeConnector(github);
    store.removePerson(p.id);

    const auto rows = inv.reopen().auditTrail();
    QVERIFY(rows.size() >= 10);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QCOMPARE(rows.front().prevHash, audit::genesisHash());
    QCOMPARE(audit::genesisHash(), QString(64, QLatin1Char('0')));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const AuditEntry& row = rows[i];
        QCOMPARE(row.seq, qint64(i + 1));
        QVERIFY2(hex.match(row.hash).hasMatch(), qPrintable(row.hash));
        if (i > 0)
            QCOMPARE(row.prevHash, rows[i - 1].hash);
        // The stored hash is the documented function of the row's own columns.
        audit::ChainFields fields;
        fields.seq = row.seq;
        fields.at = row.at;
        fields.actor = row.actor;
        fields.entity = row.entity;
        fields.entityId = row.entityId;
        fields.action = row.action;
        fields.field = row.field.isEmpty() ? audit::Cell() : audit::Cell(row.field);
        fields.oldValue = cellOf(row.oldValue, row.oldIsNull);
        fields.newValue = cellOf(row.newValue, row.newIsNull);
        fields.prevHash = row.prevHash;
        QCOMPARE(audit::hashOf(fields), row.hash);
    }
    // Any change to a hashed column changes the hash.
    audit::ChainFields fields;
    fields.seq = rows[1].seq;
    fields.at = rows[1].at;
    fields.actor = rows[1].actor + QStringLiteral("x");
    fields.entity = rows[1].entity;
    fields.entityId = rows[1].entityId;
    fields.action = rows[1].action;
    fields.newValue = cellOf(rows[1].newValue, rows[1].newIsNull);
    fields.prevHash = rows[1].prevHash;
    QVERIFY(audit::hashOf(fields) != rows[1].hash);
}

void TestAuditTrail::chainContinuesAcrossReopen()
{
    TempInventory inv;
    Person p;
    p.name = QStringLiteral("Ada");
    inv->addPerson(p);
    const AuditEntry last = inv.reopen().auditTrail().back();
    p.name = QStringLiteral("Bob");
    inv->addPerson(p);
    const AuditEntry next = inv.reopen().auditTrail().back();
    QCOMPARE(next.seq, last.seq + 1);
    QCOMPARE(next.prevHash, last.hash);
    QCOMPARE(inv->verify(), QStringList());
}

void TestAuditTrail::metaRecordsTheChainHead()
{
    TempInventory inv;
    QCOMPARE(test::metaAuditHead(inv.store()), inv->auditTrail().back().hash);
    Person p;
    p.name = QStringLiteral("Ada");
    inv->addPerson(p);
    Store& store = inv.reopen();
    QCOMPARE(test::metaAuditHead(store), store.auditTrail().back().hash);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
