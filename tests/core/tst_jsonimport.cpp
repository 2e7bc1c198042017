// importInventoryJson: round trips byte for byte, merges by name, the connector rules as in the
// editor, the policy's approved versions, and every malformed input refused with its line, column
// and record, the file left exactly as it was.
#include "coretest.h"
#include "export/jsonexport.h"
#include "import/jsonimport.h"
#include "jsontestinventory.h"
#include "templates/templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace steward;
using imports::ImportReport;

class TestJsonImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void sampleComesInCorrected();
    void ownExportChangesNothing();
    void mergesByName();
    void wideningNeedsReapproval_data();
    void wideningNeedsReapproval();
    void tierBelowFloorIsRaised();
    void unknownPeopleAreAdded();
    void editingAnApprovedPolicyMakesADraft();
    void newApprovedVersionsAreAppended();
    void malformed_data();
    void malformed();
    void everyErrorIsReportedInOrder();
    void invalidUtf8();
    void byteOrderMarkIsAccepted();
    void readOnlyInventoryIsRefused();
    void mutatedExportsNeverCrash();

private:
    // The inventory of jsontestinventory.h, made once: each malformed case works on a copy of it.
    std::unique_ptr<QTemporaryDir> m_templateDir;
    QString m_template;
};

namespace {

const QDate SampleDay(2026, 11, 22);

void fill(const QString& kind, Store& store)
{
    if (kind == QLatin1String("edge")) {
        test::fillEdgeInventory(store);
    } else if (kind == QLatin1String("seed")) {
        templates::fillSeed(store);
    } else if (kind == QLatin1String("demo")) {
        store.transaction([&] {
            templates::fillSeed(store);
            templates::fillDemo(store, 1500, 3, SampleDay);
        });
    } else if (kind.startsWith(QLatin1String("sample"))) {
        templates::fillSample(store, SampleDay);
        if (kind == QLatin1String("sample, consistent")) {
            // The sample keeps one connector below its floor on purpose (lint has it to report).
            for (Connector c : store.connectors()) {
                if (c.name == QLatin1String("HubSpot")) {
                    c.tier = 3;
                    store.updateConnector(c);
                }
            }
        }
    }
}

QString issues(const ImportReport& report)
{
    QStringList lines;
    for (const auto& issue : report.errors())
        lines << imports::issueText(QStringLiteral("input"), issue);
    for (const auto& issue : report.warnings())
        lines << QStringLiteral("warning: ") + imports::issueText(QStringLiteral("input"), issue);
    return lines.join(QLatin1Char('\n'));
}

// The first line where two exports differ, for a failure message that shows it.
QByteArray firstDifference(const QByteArray& a, const QByteArray& b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (left[i] != right[i])
            return "line " + QByteArray::number(i + 1) + ": " + left[i] + " | " + right[i];
    }
    return "lengths " + QByteArray::number(left.size()) + " and " + QByteArray::number(right.size());
}

QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

Connector named(Store& store, const QString& name)
{
    for (const Connector& c : store.connectors()) {
        if (c.name == name)
            return c;
    }
    return {};
}

// The place of "‸" in `text` (removed from it): the line and column an error must name.
struct Marked
{
    QByteArray input;
    int line = 0;
    int column = 0;
};

Marked marked(const QString& text)
{
    const qsizetype at = text.indexOf(QChar(0x2038));
    Marked result;
    result.line = int(text.left(at).count(QLatin1Char('\n'))) + 1;
    result.column = int(at - (text.lastIndexOf(QLatin1Char('\n'), at - 1) + 1)) + 1;
    QString input = text;
    result.input = input.remove(at, 1).toUtf8();
    return result;
}

} // namespace

void TestJsonImport::initTestCase()
{
    m_templateDir = test::makeTempDir();
    m_template = m_templateDir->filePath(QStringLiteral("edge.steward"));
    test::fillEdgeInventory(*Store::create(m_template));
}

void TestJsonImport::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("empty") << QString();
    QTest::newRow("seed") << QStringLiteral("seed");
    QTest::newRow("every corner") << QStringLiteral("edge");
    QTest::newRow("sample, consistent") << QStringLiteral("sample, consistent");
    QTest::newRow("demo") << QStringLiteral("demo");
}

void TestJsonImport::roundTripIsByteIdentical()
{
    QFETCH(QString, kind);
    test::TempInventory source;
    fill(kind, source.store());
    const QByteArray first = jsonexport::inventoryJson(source.store());

    test::TempInventory target; // as Store::create makes it: the "empty" file of `steward new --template empty`
    const ImportReport report = imports::importInventoryJson(target.store(), first);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QVERIFY2(report.warnings().empty(), qPrintable(issues(report)));
    const QByteArray second = jsonexport::inventoryJson(target.reopen(Store::Mode::ReadOnly));
    QVERIFY2(second == first, firstDifference(first, second).constData());
    QCOMPARE(target->verify(), QStringList());
    QCOMPARE(target->policy().history.size(), source->policy().history.size());
    for (std::size_t i = 0; i < target->policy().history.size(); ++i)
        QCOMPARE(target->policy().history[i].snapshot, source->policy().history[i].snapshot);
}

void TestJsonImport::sampleComesInCorrected()
{
    test::TempInventory source;
    fill(QStringLiteral("sample"), source.store());
    const QByteArray first = jsonexport::inventoryJson(source.store());
    test::TempInventory target;
    const ImportReport report = imports::importInventoryJson(target.store(), first);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    // DESIGN.md: an import that brings a tier below its floor raises it and says so.
    QCOMPARE(report.warnings().size(), std::size_t(1));
    const auto& warning = report.warnings().front();
    QVERIFY2(warning.record.contains(QStringLiteral("\u201cHubSpot\u201d")), qPrintable(issues(report)));
    QVERIFY2(warning.message.contains(QStringLiteral("raised to 3")), qPrintable(issues(report)));
    QVERIFY(warning.line > 1);
    QCOMPARE(named(target.store(), QStringLiteral("HubSpot")).tier, 3);
    // Everything else came in as it was.
    QJsonObject expected = jsonOf(first);
    QJsonArray connectors = expected.value(QStringLiteral("connectors")).toArray();
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        QJsonObject c = connectors[i].toObject();
        if (c.value(QStringLiteral("name")).toString() == QLatin1String("HubSpot")) {
            c.insert(QStringLiteral("tier"), 3);
            connectors[i] = c;
        }
    }
    expected.insert(QStringLiteral("connectors"), connectors);
    QCOMPARE(jsonOf(jsonexport::inventoryJson(target.store())), expected);
}

void TestJsonImport::ownExportChangesNothing()
{
    test::TempInventory inventory;
    fill(QStringLiteral("sample, consistent"), inventory.store());
    const QByteArray json = jsonexport::inventoryJson(inventory.store());
    const auto trail = test::auditFingerprint(inventory.store());
    inventory.close();
    const QByteArray bytes = test::fileBytes(inventory.path());

    const ImportReport report = imports::importInventoryJson(inventory.reopen(), json);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.total().added, 0);
    QCOMPARE(report.total().updated, 0);
    QVERIFY(report.total().unchanged > 80);
    QCOMPARE(report.counts(QStringLiteral("connectors")).unchanged, int(inventory->connectors().size()));
    QCOMPARE(report.counts(QStringLiteral("policy versions")).unchanged, 2);
    QVERIFY(test::auditFingerprint(inventory.store()) == trail);
    inventory.close();
    QCOMPARE(test::fileBytes(inventory.path()), bytes);
}

void TestJsonImport::mergesByName()
{
    test::TempInventory inventory;
    const test::World world = test::makeWorld(inventory.store());
    const std::vector<Connector> before = inventory->connectors();
    const ImportReport report = imports::importInventoryJson(inventory.store(), R"({
        "schema_version": 1,
        "people": [{"name": "Ada", "email": "ada@example.com"}, {"name": "Zoe"}],
        "connectors": [{"name": "GitHub", "notes": "Org-wide"}]
    })");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.counts(QStringLiteral("people")), (imports::ImportCounts{1, 1, 0}));
    QCOMPARE(report.counts(QStringLiteral("connectors")), (imports::ImportCounts{0, 1, 0}));
    QCOMPARE(inventory->person(world.ada)->email, QStringLiteral("ada@example.com"));
    QVERIFY(inventory->personIdByName(QStringLiteral("Zoe")) != 0);
    // The fields the input leaves out keep their values; rows it does not mention are untouched.
    Connector expected = before[0];
    expected.notes = QStringLiteral("Org-wide");
    QCOMPARE(*inventory->connector(world.github), expected);
    QCOMPARE(*inventory->connector(world.slack), before[1]);
    QCOMPARE(inventory->connectors().size(), before.size());
}

void TestJsonImport::wideningNeedsReapproval_data()
{
    QTest::addColumn<QByteArray>("change");
    QTest::addColumn<bool>("widens");
    QTest::newRow("read-only becomes read-write") << QByteArray(R"("access": "read-write")") << true;
    QTest::newRow("a new scope") << QByteArray(R"("scopes": [{"scope": "contacts.read", "mode": "read"},
                                                            {"scope": "contacts.write", "mode": "write"}])")
                                 << true;
    QTest::newRow("a read scope now writes")
        << QByteArray(R"("scopes": [{"scope": "contacts.read", "mode": "write"}])") << true;
    QTest::newRow("narrowing to no scope") << QByteArray(R"("scopes": [])") << false;
    QTest::newRow("notes only") << QByteArray(R"("notes": "Checked")") << false;
}

void TestJsonImport::wideningNeedsReapproval()
{
    QFETCH(QByteArray, change);
    QFETCH(bool, widens);
    test::TempInventory inventory;
    const Id ada = inventory->addPerson(test::person(QStringLiteral("Ada")));
    Connector crm = test::connector(QStringLiteral("CRM"), ada);
    crm.sensitivity = DataClass::Confidential;
    crm.tier = 3;
    crm.scopes = {{0, QStringLiteral("contacts.read"), ScopeMode::Read, QStringLiteral("Look up accounts")}};
    crm.status = ApprovalStatus::Approved;
    crm.approvedBy = ada;
    crm.approvedOn = QDate(2026, 1, 5);
    const Id id = inventory->addConnector(crm);
    inventory->setActor(QStringLiteral("Ada"));

    const ImportReport report = imports::importInventoryJson(
        inventory.store(), R"({"schema_version": 1, "connectors": [{"name": "CRM", )" + change + "}]}");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    const Connector after = *inventory->connector(id);
    if (widens) {
        QCOMPARE(after.status, ApprovalStatus::PendingReapproval);
        QCOMPARE(after.widenedBy, ada);
        QCOMPARE(after.widenedOn, QDate::currentDate());
        QCOMPARE(report.warnings().size(), std::size_t(1));
        QVERIFY2(report.warnings()[0].message.contains(QStringLiteral("re-approval")), qPrintable(issues(report)));
    } else {
        QCOMPARE(after.status, ApprovalStatus::Approved);
        QCOMPARE(after.widenedBy, Id(0));
        QVERIFY2(report.warnings().empty(), qPrintable(issues(report)));
    }
    QCOMPARE(after.approvedBy, ada);
}

void TestJsonImport::tierBelowFloorIsRaised()
{
    test::TempInventory inventory;
    const Marked input =
        marked(QStringLiteral("{\"schema_version\": 1,\n \"connectors\": [\n  \u2038{\"name\": \"New\", "
                              "\"access\": \"read-write\", \"tier\": 1}]}"));
    const ImportReport report = imports::importInventoryJson(inventory.store(), input.input);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.warnings().size(), std::size_t(1));
    const auto& warning = report.warnings()[0];
    QCOMPARE(warning.record, QStringLiteral("connectors[0] \u201cNew\u201d"));
    QVERIFY2(warning.message.contains(QStringLiteral("tier 1 is below the floor")), qPrintable(warning.message));
    QCOMPARE(warning.line, input.line);
    QCOMPARE(warning.column, input.column);
    QCOMPARE(named(inventory.store(), QStringLiteral("New")).tier, 3);
}

void TestJsonImport::unknownPeopleAreAdded()
{
    test::TempInventory inventory;
    const ImportReport report = imports::importInventoryJson(inventory.store(), R"({"schema_version": 1,
        "connectors": [{"name": "Jira", "owner": "Zed Unknown"}],
        "workspaces": [{"name": "Ops", "owner": "Zed Unknown", "sponsor": "Yan"}]})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.counts(QStringLiteral("people")).added, 2);
    QCOMPARE(report.warnings().size(), std::size_t(2)); // each name once
    QCOMPARE(report.warnings()[0].field, QStringLiteral("owner"));
    QVERIFY(report.warnings()[0].message.contains(QStringLiteral("\u201cZed Unknown\u201d was not in the people")));
    const Id zed = inventory->personIdByName(QStringLiteral("Zed Unknown"));
    QVERIFY(zed != 0);
    QCOMPARE(named(inventory.store(), QStringLiteral("Jira")).ownerId, zed);
    QCOMPARE(inventory->workspaces().front().ownerId, zed);
}

void TestJsonImport::editingAnApprovedPolicyMakesADraft()
{
    test::TempInventory inventory;
    const Id ada = inventory->addPerson(test::person(QStringLiteral("Ada")));
    Policy policy = inventory->policy();
    policy.version = QStringLiteral("1.0");
    policy.prohibitedUses = {QStringLiteral("one")};
    inventory->updatePolicy(policy);
    inventory->approvePolicy(ada, QDate(2026, 1, 1), QDate(2026, 1, 1));

    const ImportReport report = imports::importInventoryJson(
        inventory.store(), R"({"schema_version": 1, "policy": {"prohibited": ["one", "two"]}})");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(inventory->policy().status, PolicyStatus::Draft);
    QCOMPARE(inventory->policy().prohibitedUses, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(inventory->policy().history.size(), std::size_t(1));
    QCOMPARE(report.warnings().size(), std::size_t(1));
    QVERIFY2(report.warnings()[0].message.contains(QStringLiteral("make it a draft")), qPrintable(issues(report)));
}

void TestJsonImport::newApprovedVersionsAreAppended()
{
    test::TempInventory source;
    const test::EdgeInventory edge = test::fillEdgeInventory(source.store());
    test::TempInventory target;
    QVERIFY(imports::importInventoryJson(target.store(), jsonexport::inventoryJson(source.store())).ok());
    source->approvePolicy(edge.ada, QDate(2026, 3, 1), QDate(2026, 3, 2));

    const QByteArray later = jsonexport::inventoryJson(source.store());
    const ImportReport report = imports::importInventoryJson(target.store(), later);
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(report.counts(QStringLiteral("policy versions")), (imports::ImportCounts{1, 0, 2}));
    QCOMPARE(report.counts(QStringLiteral("policy")), (imports::ImportCounts{0, 1, 0}));
    const Policy policy = target->policy();
    QCOMPARE(policy.status, PolicyStatus::Approved);
    QCOMPARE(policy.version, QStringLiteral("1.2"));
    QCOMPARE(policy.history.size(), std::size_t(3));
    QCOMPARE(policy.history.back().snapshot, source->policy().history.back().snapshot);
    QCOMPARE(jsonexport::inventoryJson(target.store()), later);
}

void TestJsonImport::malformed_data()
{
    QTest::addColumn<QString>("input"); // ‸ marks where the error is
    QTest::addColumn<QString>("message");
    const QString head = QStringLiteral("{\"schema_version\": 1, ");
    auto row = [&](const char* name, const QString& input, const char* message) {
        QTest::newRow(name) << input << QString::fromUtf8(message);
    };
    // Malformed syntax, at the character the parser stopped at.
    row("empty input", QStringLiteral("\u2038"), "not valid JSON");
    row("only blanks", QStringLiteral("  \n \u2038"), "not valid JSON");
    row("trailing comma", head + QStringLiteral("\u2038}"), "not valid JSON");
    row("unclosed list", head + QStringLiteral("\"people\": [\u2038"), "not valid JSON");
    row("unclosed string", head + QStringLiteral("\"people\": [{\"name\": \"Ada\u2038"), "missing closing quote");
    row("bad literal", QStringLiteral("{\"schema_version\": tru\u2038}"), "invalid literal");
    row("on a later line", QStringLiteral("{\n  \"schema_version\": 1,\n  \"people\": [\u2038,]\n}"), "unexpected ','");
    row("lone surrogate", head + QStringLiteral("\"people\": [{\"name\": \"\\ud800\u2038\"}]}"), "surrogate");
    row("raw line break in text", head + QStringLiteral("\"people\": [{\"name\": \"A\u2038\nB\"}]}"),
        "must be escaped");
    row("key given twice", head + QStringLiteral("\u2038\"schema_version\": 1}"), "given twice");
    row("key given twice in a record", head + QStringLiteral("\"people\": [{\"name\": \"A\", \u2038\"name\": \"B\"}]}"),
        "\u201cname\u201d is given twice");
    row("nested too deep",
        head + QStringLiteral("\"x\": ") + QString(31, QLatin1Char('[')) + QStringLiteral("\u2038[") +
            QString(32, QLatin1Char(']')) + QStringLiteral("}"),
        "nested more than 32 levels");
    row("number too large", head + QStringLiteral("\"settings\": {\"due_soon_days\": \u20381e999}}"),
        "number overflow");
    row("integer beyond any size",
        head + QStringLiteral("\"settings\": {\"due_soon_days\": \u2038") + QString(400, QLatin1Char('9')) +
            QStringLiteral("}}"),
        "number overflow");
    // Not an inventory export.
    row("a list", QStringLiteral("\u2038[]"), "expected a Steward inventory");
    row("no schema_version", QStringLiteral("\u2038{\"people\": []}"), "schema_version is missing");
    row("newer schema", QStringLiteral("{\"schema_version\": \u20383}"), "newer Steward");
    row("schema_version as text", QStringLiteral("{\"schema_version\": \u2038\"1\"}"), "expected a version number");
    row("section no list", head + QStringLiteral("\"people\": \u2038{}}"), "expected a list of records");
    row("record no object", head + QStringLiteral("\"people\": [\u2038\"Ada\"]}"), "expected an object, not text");
    // Wrong types and values, at the value.
    row("name missing", head + QStringLiteral("\"people\": [\u2038{\"email\": \"a@example.com\"}]}"),
        "\u201cname\u201d is missing");
    row("name blank", head + QStringLiteral("\"people\": [{\"name\": \u2038\"  \"}]}"), "cannot be empty");
    row("number for text", head + QStringLiteral("\"people\": [{\"name\": \"Ada\", \"email\": \u203842}]}"),
        "expected text, not a whole number");
    row("person twice", head + QStringLiteral("\"people\": [{\"name\": \"Ada\"}, {\"name\": \u2038\"Ada\"}]}"),
        "already at people[0]");
    row("connector twice", head + QStringLiteral("\"connectors\": [{\"name\": \"X\"}, {\"name\": \u2038\"X\"}]}"),
        "each connector appears once");
    row("unknown access", head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"access\": \u2038\"admin\"}]}"),
        "\u201cadmin\u201d is not one of read-only, read-write");
    row("unknown status", head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"status\": \u2038\"ok\"}]}"),
        "not one of requested, approved, pending-reapproval, revoked");
    row("tier 4", head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"tier\": \u20384}]}"), "outside 1 to 3");
    row("tier with a fraction", head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"tier\": \u20382.5}]}"),
        "not a number with a fraction");
    row("true for a number", head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"tier\": \u2038true}]}"),
        "expected a whole number");
    row("no such day",
        head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"approved_on\": \u2038\"2026-02-30\"}]}"),
        "no date");
    row("day as written elsewhere",
        head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"approved_on\": \u2038\"30/01/2026\"}]}"),
        "YYYY-MM-DD");
    row("scope twice",
        head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"scopes\": [{\"scope\": \"repo\"}, "
                              "{\"scope\": \u2038\"repo\"}]}]}"),
        "listed twice");
    row("unknown transport",
        head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"server\": {\"transport\": \u2038\"ftp\"}}]}"),
        "not one of \"\", stdio, http, sse");
    row("custom cadence without its days",
        head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"review\": \u2038{\"cadence\": \"custom\"}}]}"),
        "needs its period");
    row("custom cadence of 0 days",
        head + QStringLiteral("\"skills\": [{\"name\": \"S\", \"review\": {\"cadence\": \"custom\", \"cadence_days\": "
                              "\u20380}}]}"),
        "outside 1 to 3660");
    row("text holding a NUL",
        head + QStringLiteral("\"people\": [{\"name\": \"Ada\", \"notes\": \u2038\"a\\u0000b\"}]}"), "NUL");
    row("negative seats", head + QStringLiteral("\"workspaces\": [{\"name\": \"W\", \"seats\": \u2038-1}]}"),
        "outside 0 to");
    row("unknown connector",
        head + QStringLiteral("\"skills\": [{\"name\": \"S\", \"connectors\": [\u2038\"Nope\"]}]}"),
        "no connector named \u201cNope\u201d");
    row("unknown skill", head + QStringLiteral("\"workspaces\": [{\"name\": \"W\", \"skills\": [\u2038\"Nope\"]}]}"),
        "no skill named \u201cNope\u201d");
    row("link twice",
        head + QStringLiteral("\"skills\": [{\"name\": \"S\", \"connectors\": [\"Files\", \u2038\"Files\"]}]}"),
        "listed twice");
    row("task without a name",
        head + QStringLiteral("\"workspaces\": [{\"name\": \"W\", \"tasks\": [\u2038{\"schedule\": \"daily\"}]}]}"),
        "\u201cname\u201d is missing");
    row("settings out of range", head + QStringLiteral("\"settings\": {\"pilot_weeks\": \u20380}}"),
        "outside 1 to 260");
    row("governance of nothing", head + QStringLiteral("\"governance\": [{\"kind\": \u2038\"budget\"}]}"),
        "not one of policy, workspaces, connectors, skills");
    row("a secret in the notes",
        head + QStringLiteral("\"connectors\": [{\"name\": \"X\", \"notes\": "
                              "\u2038\"token ghp_0123456789abcdefghijABCDEFGHIJ0123456789\"}]}"),
        "like a secret (a GitHub token)");
    // The policy and its approved versions.
    row("approved, but not as approved", head + QStringLiteral("\"policy\": {\"status\": \u2038\"approved\"}}"),
        "not that of version 1.1");
    row("unknown data class", head + QStringLiteral("\"policy\": {\"data_classes\": {\"secret\": \u2038{}}}}"),
        "not a data class");
    row("review tier 4", head + QStringLiteral("\"policy\": {\"review_tiers\": {\"4\": \u2038{}}}}"),
        "review tiers are");
    row("prohibited use twice", head + QStringLiteral("\"policy\": {\"prohibited\": [\"a\", \u2038\"a\"]}}"),
        "listed twice");
    row("version without content",
        head +
            QStringLiteral("\"policy\": {\"history\": [\u2038{\"version\": \"9\", \"approved_by\": \"Bø Ström / 李\", "
                           "\"approved_on\": \"2026-01-01\", \"effective_on\": \"2026-01-01\"}]}}"),
        "needs its content");
    row("version without approver",
        head + QStringLiteral("\"policy\": {\"history\": [{\"version\": \"9\", \"approved_by\": \u2038null, "
                              "\"approved_on\": \"2026-01-01\", \"effective_on\": \"2026-01-01\", \"content\": {}}]}}"),
        "the person who approved it");
    row("approved version rewritten",
        head +
            QStringLiteral("\"policy\": {\"history\": [\u2038{\"version\": \"1.0\", \"approved_by\": \"Ada \\\"the\\\" "
                           "Lovelace\", \"approved_on\": \"2026-01-10\", \"effective_on\": \"2026-01-12\", "
                           "\"content\": {\"title\": \"Other\"}}]}}"),
        "cannot be replaced");
    // The RACI matrix.
    row("letters for too many roles",
        head + QStringLiteral("\"raci\": {\"roles\": [{\"name\": \"IT\"}], \"activities\": [{\"name\": \"A\", "
                              "\"letters\": \u2038[\"R\", \"A\"]}]}}"),
        "one entry per role (1), not 2");
    row("not RACI letters",
        head + QStringLiteral("\"raci\": {\"roles\": [{\"name\": \"IT\"}], \"activities\": [{\"name\": \"A\", "
                              "\"letters\": [\u2038\"X\"]}]}}"),
        "not RACI letters");
    row("role twice",
        head + QStringLiteral(
                   "\"raci\": {\"roles\": [{\"name\": \"IT\"}, {\"name\": \u2038\"IT\"}], \"activities\": []}}"),
        "a role named \u201cIT\u201d is already at");
    row("matrix without activities", head + QStringLiteral("\"raci\": \u2038{\"roles\": []}}"),
        "roles and its activities");
    // Reviews, requests, incidents.
    row("review of nothing",
        head + QStringLiteral("\"reviews\": [{\"subject\": {\"type\": \"connector\", \"name\": \u2038\"Nope\"}, "
                              "\"reviewed_on\": \"2026-01-01\"}]}"),
        "no connector named");
    row("review without its day",
        head + QStringLiteral("\"reviews\": [\u2038{\"subject\": {\"type\": \"skill\", \"name\": \"Digest\"}}]}"),
        "\u201creviewed_on\u201d is missing");
    row("request without kind", head + QStringLiteral("\"requests\": [\u2038{\"title\": \"T\"}]}"),
        "\u201ckind\u201d is missing");
    row("incident in no workspace",
        head + QStringLiteral("\"incidents\": [{\"title\": \"T\", \"workspace\": \u2038\"Nope\"}]}"),
        "no workspace named");
}

void TestJsonImport::malformed()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const Marked expected = marked(input);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inventory.steward"));
    QVERIFY(QFile::copy(m_template, path));
    const QByteArray bytesBefore = test::fileBytes(path);
    auto store = Store::open(path);
    const QByteArray exportBefore = jsonexport::inventoryJson(*store);

    const ImportReport report = imports::importInventoryJson(*store, expected.input);
    QVERIFY(!report.ok());
    QVERIFY(!report.errors().empty());
    const auto& error = report.errors().front();
    QVERIFY2(error.message.contains(message), qPrintable(issues(report)));
    QVERIFY2(
        error.line == expected.line && error.column == expected.column,
        qPrintable(QStringLiteral("expected %1:%2\n%3").arg(expected.line).arg(expected.column).arg(issues(report))));
    QCOMPARE(report.total(), imports::ImportCounts());

    QCOMPARE(jsonexport::inventoryJson(*store), exportBefore);
    store.reset();
    QCOMPARE(test::fileBytes(path), bytesBefore);
    QCOMPARE(test::filesIn(dir->path()), QStringList{QStringLiteral("inventory.steward")});
}

void TestJsonImport::everyErrorIsReportedInOrder()
{
    test::TempInventory inventory;
    const ImportReport report = imports::importInventoryJson(inventory.store(), R"({"schema_version": 1,
  "people": [{"name": "Ada", "email": 1}],
  "connectors": [{"name": "X", "tier": 9, "access": "all"}],
  "skills": [{"name": "S", "connectors": ["X"]}]
})");
    QCOMPARE(report.errorCount(), 3); // the skill's link to X is no error of its own: X failed already
    QCOMPARE(report.errors()[0].line, 2);
    QCOMPARE(report.errors()[0].field, QStringLiteral("email"));
    QCOMPARE(report.errors()[1].line, 3);
    QCOMPARE(report.errors()[1].field, QStringLiteral("tier"));
    QCOMPARE(report.errors()[2].field, QStringLiteral("access"));
    QVERIFY(report.errors()[1].column < report.errors()[2].column);
    QCOMPARE(report.errors()[1].record, QStringLiteral("connectors[0] \u201cX\u201d"));
    QCOMPARE(inventory->people().size(), std::size_t(0));
}

void TestJsonImport::invalidUtf8()
{
    test::TempInventory inventory;
    const ImportReport report = imports::importInventoryJson(
        inventory.store(), "{\"schema_version\": 1,\n\"people\": [{\"name\": \"A\xff\"}]}");
    QVERIFY(!report.ok());
    QCOMPARE(report.errors()[0].line, 2);
    QVERIFY2(report.errors()[0].message.contains(QStringLiteral("UTF-8")), qPrintable(issues(report)));
}

void TestJsonImport::byteOrderMarkIsAccepted()
{
    test::TempInventory inventory;
    const ImportReport report = imports::importInventoryJson(
        inventory.store(), "\xef\xbb\xbf{\"schema_version\": 1, \"people\": [{\"name\": \"Ada\"}]}");
    QVERIFY2(report.ok(), qPrintable(issues(report)));
    QCOMPARE(inventory->people().size(), std::size_t(1));
}

void TestJsonImport::readOnlyInventoryIsRefused()
{
    test::TempInventory inventory;
    inventory.close();
    const QByteArray bytes = test::fileBytes(inventory.path());
    const ImportReport report = imports::importInventoryJson(inventory.reopen(Store::Mode::ReadOnly),
                                                             R"({"schema_version": 1, "people": [{"name": "Ada"}]})");
    QVERIFY(!report.ok());
    QVERIFY2(report.errors()[0].message.contains(QStringLiteral("read-only")), qPrintable(issues(report)));
    inventory.close();
    QCOMPARE(test::fileBytes(inventory.path()), bytes);
}

void TestJsonImport::mutatedExportsNeverCrash()
{
    // A fuzzer's first steps: bytes flipped, cut, doubled and inserted in a real export. Each input
    // is imported whole or refused whole; a refusal leaves the inventory as it was and says why.
    test::TempInventory source;
    test::fillEdgeInventory(source.store());
    const QByteArray original = jsonexport::inventoryJson(source.store());
    test::TempInventory inventory;
    QRandomGenerator random(20261122);
    const QByteArray alphabet("{}[]\":,0123456789.-eE tfnul\\\n\xff\xc3");
    int refused = 0;
    for (int round = 0; round < 250; ++round) {
        QByteArray input = original;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(input.size()) + 1);
            const int length = 1 + random.bounded(24);
            switch (random.bounded(5)) {
            case 0:
                if (at < input.size())
                    input[at] = alphabet[random.bounded(int(alphabet.size()))];
                break;
            case 1:
                input.remove(at, length);
                break;
            case 2:
                input.insert(at, input.mid(at, length));
                break;
            case 3:
                input.insert(at, QByteArray(1, alphabet[random.bounded(int(alphabet.size()))]));
                break;
            default:
                input.truncate(at);
                break;
            }
        }
        const QByteArray before = jsonexport::inventoryJson(inventory.store());
        const ImportReport report = imports::importInventoryJson(inventory.store(), input);
        if (report.ok())
            continue;
        ++refused;
        QVERIFY(!report.errors().empty());
        QVERIFY(!report.errors().front().message.isEmpty());
        QCOMPARE(report.total(), imports::ImportCounts());
        QVERIFY2(jsonexport::inventoryJson(inventory.store()) == before, input.left(200).constData());
    }
    QVERIFY(refused > 100);
    QCOMPARE(inventory->verify(), QStringList());
}

QTEST_GUILESS_MAIN(TestJsonImport)
#include "tst_jsonimport.moc"
