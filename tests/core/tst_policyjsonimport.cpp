// importPolicyJson: seed 000's own example, round trips through policy-json, the connector rules as
// in the editor, an approved policy made a draft by a change, and malformed input refused whole.
#include "coretest.h"
#include "export/jsonexport.h"
#include "import/policyjsonimport.h"
#include "templates/templates.h"

using namespace steward;
using imports::ImportReport;

class TestPolicyJsonImport : public QObject
{
    Q_OBJECT

private slots:
    void seedExample();
    void roundTrip();
    void ownExportChangesNothing();
    void wideningNeedsReapproval();
    void approverApprovesARequest();
    void pendingStaysPendingWithoutAStatus();
    void tierBelowFloorIsRaised();
    void approvedPolicyBecomesADraft();
    void malformed_data();
    void malformed();
};

namespace {

// Seed 000's "concrete governance config you can adapt", exactly as the post prints it.
const QByteArray SeedExample = R"({
"connectors": {
"crm": { "access": "read-write", "tier": 3, "approved_by": "VP Ops" },
"knowledge_base":{ "access": "read-only", "tier": 1, "approved_by": "Team Lead" },
"billing": { "access": "read-only", "tier": 3, "approved_by": "Finance" }
},
"review_tiers": {
"1": { "rule": "internal, non-sensitive", "control": "spot-check" },
"2": { "rule": "leaves org, non-sensitive", "control": "named-reviewer" },
"3": { "rule": "sensitive-data or system-write", "control": "dual-review + audit" }
},
"prohibited": [
"auto-send external commitments without review",
"connector scope expansion without re-approval",
"PII export to unapproved destinations"
],
"audit": { "log": ["actor", "connector", "data_scope", "approver", "output_hash"] }
}
)";

QString issues(const ImportReport& report)
{
    QStringList lines;
    for (const auto& issue : report.errors())
        lines << imports::issueText(QStringLiteral("input"), issue);
    for (const auto& issue : report.warnings())
        lines << QStringLiteral("warning: ") + imports::issueText(QStringLiteral("input"), issue);
    return lines.join(QLatin1Char('\n'));
}

Connector named(Store& store, const QString& name)
{
    for (const Connector& c : store.connectors()) {
        if (c.name == name)
            return c;
    }
    return {};
}

Id approvedConnector(Store& store, const QString& name, Access access)
{
    const Id approver = store.ensurePerson(QStringLiteral("Marcus"));
    Connector c = test::connector(name);
    c.access = access;
    c.tier = access == Access::ReadWrite ? 3 : 1;
    c.status = ApprovalStatus::Approved;
    c.approvedBy = approver;
    c.approvedOn = QDate(2026, 1, 5);
    return store.addConnector(c);
}

} // namespace

void TestPolicyJsonImport::seedExample()
{
    test::TempInventory inventory;
    const ImportReport report = imports::importPolicyJson(inventory.store(), SeedExample);
    QVERIFY2(report.ok(), qPrintable(issues(report)));

    const std::vector<Connector> connectors = inventory->connectors();
    QCOMPARE(connectors.size(), std::size_t(3));
    const Connector crm = named(inventory.store(), QStringLiteral("crm"));
    QCOMPARE(crm.access, Access::ReadWrite);
    QCOMPARE(crm.tier, 3);
    QCOMPARE(crm.status, ApprovalStatus::Approved);
    QCOMPARE(inventory->person(crm.approvedBy)->name, QStringLiteral("VP Ops"));
    const Connector knowledge = named(inventory.store(), QStringLiteral("knowledge_base"));
    QCOMPARE(knowledge.access, Access::ReadOnly);
    QCOMPARE(knowledge.tier, 1);
    QCOMPARE(inventory->person(knowledge.approvedBy)->name, QStringLiteral("Team Lead"));
    const Connector billing = named(inventory.store(), QStringLiteral("billing"));
    QCOMPARE(billing.tier, 3); // above its floor of 1: raised by hand, and kept
    QCOMPARE(inventory->person(billing.approvedBy)->name, QStringLiteral("Finance"));

    const Policy policy = inventory->policy();
    QCOMPARE(policy.reviewTiers.size(), std::size_t(3));
    QCOMPARE(policy.reviewTiers[1].rule, QStringLiteral("leaves org, non-sensitive"));
    QCOMPARE(policy.reviewTiers[2].control, QStringLiteral("dual-review + audit"));
    QCOMPARE(policy.prohibitedUses.size(), 3);
    QCOMPARE(policy.prohibitedUses[1], QStringLiteral("connector scope expansion without re-approval"));
    QCOMPARE(policy.auditFields,
             (QStringList{QStringLiteral("actor"), QStringLiteral("connector"), QStringLiteral("data_scope"),
                          QStringLiteral("approver"), QStringLiteral("output_hash")}));

    // The approvers were unknown: added to the directory, each with a warning at its place.
    QCOMPARE(inventory->people().size(), std::size_t(3));
    QCOMPARE(report.counts(QStringLiteral("people")).added, 3);
    QCOMPARE(report.counts(QStringLiteral("connectors")).added, 3);
    QCOMPARE(report.counts(QStringLiteral("policy")).updated, 1);
    QCOMPARE(report.warnings().size(), std::size_t(3));
    QCOMPARE(report.warnings()[0].line, 3); // in the order of the text
    QCOMPARE(report.warnings()[0].field, QStringLiteral("approved_by"));
    QCOMPARE(report.warnings()[0].record, QStringLiteral("connectors \u201ccrm\u201d"));
    QCOMPARE(report.warnings()[2].line, 5);
}

void TestPolicyJsonImport::roundTrip()
{
    test::TempInventory source;
    templates::fillSample(source.store(), QDate(2026, 11, 22));
    Connector hubspot = named(source.store(), QStringLiteral("HubSpot"));
    hubspot.tier = 3; // the sample's one connector below its floor
    source->updateConnector(hubspot);
    const QByteArray first = jsonexport::policyConfigJson(source.store());

    test::TempInventory target;
    const ImportReport report = imports::importPolicyJson(target.store(), first);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(jsonexport::policyConfigJson(target.store()), first);
}

void TestPolicyJsonImport::ownExportChangesNothing()
{
    test::TempInventory inventory;
    templates::fillSeed(inventory.store());
    QVERIFY(imports::importPolicyJson(inventory.store(), SeedExample).ok());
    const QByteArray json = jsonexport::policyConfigJson(inventory.store());
    const auto trail = test::auditFingerprint(inventory.store());
    const ImportReport report = imports::importPolicyJson(inventory.store(), json);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.total(), (imports::ImportCounts{0, 0, 4}));
    QVERIFY(test::auditFingerprint(inventory.store()) == trail);
}

void TestPolicyJsonImport::wideningNeedsReapproval()
{
    test::TempInventory inventory;
    const Id kb = approvedConnector(inventory.store(), QStringLiteral("knowledge_base"), Access::ReadOnly);
    const ImportReport report = imports::importPolicyJson(
        inventory.store(), R"({"connectors": {"knowledge_base": {"access": "read-write", "approved_by": "Marcus"}}})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    const Connector after = *inventory->connector(kb);
    QCOMPARE(after.access, Access::ReadWrite);
    QCOMPARE(after.status, ApprovalStatus::PendingReapproval);
    QCOMPARE(after.tier, 3);
    QCOMPARE(after.widenedOn, QDate::currentDate());
    // Two warnings: the tier the rules raise for read-write, and the re-approval.
    QCOMPARE(report.warnings().size(), std::size_t(2));
    QVERIFY2(issues(report).contains(QStringLiteral("pending re-approval")), qPrintable(issues(report)));
}

void TestPolicyJsonImport::approverApprovesARequest()
{
    test::TempInventory inventory;
    inventory->addConnector(test::connector(QStringLiteral("billing")));
    const ImportReport report =
        imports::importPolicyJson(inventory.store(), R"({"connectors": {"billing": {"approved_by": "Finance"}}})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    const Connector billing = named(inventory.store(), QStringLiteral("billing"));
    QCOMPARE(billing.status, ApprovalStatus::Approved);
    QCOMPARE(inventory->person(billing.approvedBy)->name, QStringLiteral("Finance"));
}

void TestPolicyJsonImport::pendingStaysPendingWithoutAStatus()
{
    test::TempInventory inventory;
    const Id crm = approvedConnector(inventory.store(), QStringLiteral("crm"), Access::ReadOnly);
    Connector widened = *inventory->connector(crm);
    widened.access = Access::ReadWrite;
    widened.tier = 3;
    inventory->updateConnector(widened);
    QCOMPARE(inventory->connector(crm)->status, ApprovalStatus::PendingReapproval);
    // The approver named again is no re-approval: that takes "status": "approved".
    const ImportReport report = imports::importPolicyJson(
        inventory.store(), R"({"connectors": {"crm": {"access": "read-write", "tier": 3, "approved_by": "Marcus"}}})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.counts(QStringLiteral("connectors")).unchanged, 1);
    QCOMPARE(inventory->connector(crm)->status, ApprovalStatus::PendingReapproval);
}

void TestPolicyJsonImport::tierBelowFloorIsRaised()
{
    test::TempInventory inventory;
    const ImportReport report = imports::importPolicyJson(
        inventory.store(), R"({"connectors": {"crm": {"access": "read-write", "tier": 1}, "wiki": {}}})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(named(inventory.store(), QStringLiteral("crm")).tier, 3);
    QCOMPARE(report.warnings().size(), std::size_t(1));
    QVERIFY(report.warnings()[0].message.contains(QStringLiteral("tier 1 is below the floor")));
    // No tier given: a new connector starts at its floor, read-only and requested, without a warning.
    const Connector wiki = named(inventory.store(), QStringLiteral("wiki"));
    QCOMPARE(wiki.tier, 1);
    QCOMPARE(wiki.access, Access::ReadOnly);
    QCOMPARE(wiki.status, ApprovalStatus::Requested);
}

void TestPolicyJsonImport::approvedPolicyBecomesADraft()
{
    test::TempInventory inventory;
    const Id ada = inventory->addPerson(test::person(QStringLiteral("Ada")));
    Policy policy = inventory->policy();
    policy.version = QStringLiteral("1.0");
    inventory->updatePolicy(policy);
    inventory->approvePolicy(ada, QDate(2026, 1, 1), QDate(2026, 1, 1));
    const ImportReport report = imports::importPolicyJson(inventory.store(), R"({"prohibited": ["a"]})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(inventory->policy().status, PolicyStatus::Draft);
    QCOMPARE(inventory->policy().prohibitedUses, QStringList{QStringLiteral("a")});
    QCOMPARE(report.warnings().size(), std::size_t(1));
    QVERIFY(report.warnings()[0].message.contains(QStringLiteral("version 1.0")));
}

void TestPolicyJsonImport::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("{\"connectors\": {\n  \"crm\": {\"access\": \"read-write\",, }}}") << 2 << 34
                            << QStringLiteral("not valid JSON");
    QTest::newRow("a list") << QByteArray("[]") << 1 << 1 << QStringLiteral("expected an object");
    QTest::newRow("connector named twice") << QByteArray(R"({"connectors": {"crm": {}, "crm": {}}})") << 1 << 28
                                           << QStringLiteral("\u201ccrm\u201d is given twice");
    QTest::newRow("connector named twice, but for spaces")
        << QByteArray(R"({"connectors": {"crm": {}, " crm": {}}})") << 1 << 24
        << QStringLiteral("already at connectors[\" crm\"]");
    QTest::newRow("unnamed connector") << QByteArray(R"({"connectors": {" ": {}}})") << 1 << 22
                                       << QStringLiteral("needs a name");
    QTest::newRow("connectors as a list")
        << QByteArray(R"({"connectors": []})") << 1 << 16 << QStringLiteral("expected an object, not a list");
    QTest::newRow("unknown access") << QByteArray(R"({"connectors": {"crm": {"access": "rw"}}})") << 1 << 35
                                    << QStringLiteral("\u201crw\u201d is not one of read-only, read-write");
    QTest::newRow("tier as text") << QByteArray(R"({"connectors": {"crm": {"tier": "3"}}})") << 1 << 33
                                  << QStringLiteral("expected a whole number, not text");
    QTest::newRow("tier 0") << QByteArray(R"({"connectors": {"crm": {"tier": 0}}})") << 1 << 33
                            << QStringLiteral("outside 1 to 3");
    QTest::newRow("approver as a number")
        << QByteArray(R"({"connectors": {"crm": {"approved_by": 7}}})") << 1 << 40 << QStringLiteral("expected text");
    QTest::newRow("unknown status") << QByteArray(R"({"connectors": {"crm": {"status": "done"}}})") << 1 << 35
                                    << QStringLiteral("not one of requested");
    QTest::newRow("tier 4") << QByteArray(R"({"review_tiers": {"4": {"rule": "x"}}})") << 1 << 24
                            << QStringLiteral("review tiers are");
    QTest::newRow("tier rule as a list") << QByteArray(R"({"review_tiers": {"1": {"rule": []}}})") << 1 << 33
                                         << QStringLiteral("expected text, not a list");
    QTest::newRow("prohibited as text") << QByteArray(R"({"prohibited": "everything"})") << 1 << 16
                                        << QStringLiteral("expected a list");
    QTest::newRow("prohibited use blank")
        << QByteArray(R"({"prohibited": ["a", " "]})") << 1 << 22 << QStringLiteral("cannot be empty");
    QTest::newRow("audit without a list")
        << QByteArray(R"({"audit": {"log": {"actor": 1}}})") << 1 << 19 << QStringLiteral("expected a list");
    QTest::newRow("audit field twice") << QByteArray(R"({"audit": {"log": ["actor", "actor"]}})") << 1 << 29
                                       << QStringLiteral("listed twice");
    QTest::newRow("nested too deep") << (QByteArray("{\"x\": ") + QByteArray(40, '[')) << 1 << 38
                                     << QStringLiteral("nested more than 32 levels");
    QTest::newRow("secret as an approver")
        << QByteArray(R"({"connectors": {"crm": {"approved_by": "sk-ant-api03-0123456789abcdefghij"}}})") << 1 << 40
        << QStringLiteral("looks like a secret");
}

void TestPolicyJsonImport::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    test::TempInventory inventory;
    templates::fillSeed(inventory.store());
    QVERIFY(imports::importPolicyJson(inventory.store(), SeedExample).ok());
    const QByteArray before = jsonexport::inventoryJson(inventory.store());
    inventory.close();
    const QByteArray bytes = test::fileBytes(inventory.path());

    const ImportReport report = imports::importPolicyJson(inventory.reopen(), input);
    QVERIFY(!report.ok());
    const auto& error = report.errors().front();
    QVERIFY2(error.message.contains(message), qPrintable(issues(report)));
    QVERIFY2(error.line == line && error.column == column,
             qPrintable(QStringLiteral("expected %1:%2\n%3").arg(line).arg(column).arg(issues(report))));
    QCOMPARE(jsonexport::inventoryJson(inventory.store()), before);
    inventory.close();
    QCOMPARE(test::fileBytes(inventory.path()), bytes);
}

QTEST_GUILESS_MAIN(TestPolicyJsonImport)
#include "tst_policyjsonimport.moc"
