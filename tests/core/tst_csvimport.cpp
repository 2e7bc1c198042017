// importCsv: what Excel and LibreOffice save (byte-order mark, CRLF, quoted line breaks, trailing
// empty columns and rows, shuffled columns, upper-case enumerations, semicolons) reads as the same
// rows; a column the file lacks keeps the field, an unknown column is a warning; rows match by name
// or are added, unknown people join the directory; the connector rules apply as in the editor; and
// each object's own columns (tasks, links, the RACI grid, the policy's fields).
#include "csvtestsupport.h"

using namespace steward;
using imports::ImportReport;

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void spreadsheetQuirks_data();
    void spreadsheetQuirks();
    void missingColumnsKeepFields();
    void newRowsGetDefaults();
    void unknownColumnIsAWarning();
    void unknownPeopleAreAdded();
    void wideningNeedsReapproval_data();
    void wideningNeedsReapproval();
    void tierBelowFloorIsRaised();
    void peopleMergeByName();
    void skillsAndWorkspacesLinkByName();
    void raciMatrix();
    void raciKeepsHoldersWithoutTheirRow();
    void policyFields();
    void policyChangesMakeADraft();
    void forumRowsMatchOnWhatIdentifiesThem();
    void headerOnlyImportsNothing();
    void readOnlyInventoryIsRefused();
};

namespace {

struct Base
{
    Id ada = 0;
    Id bob = 0;
    Id slack = 0;
};

// Ada and Bob; Slack, approved read-only with one justified scope.
Base fillBase(Store& store)
{
    Base b;
    b.ada = store.addPerson(test::person(QStringLiteral("Ada")));
    b.bob = store.addPerson(test::person(QStringLiteral("Bob")));
    Connector slack = test::connector(QStringLiteral("Slack"), b.bob);
    slack.scopes = {{0, QStringLiteral("channels:history"), ScopeMode::Read, QStringLiteral("Summaries")},
                    {0, QStringLiteral("users:read"), ScopeMode::Read, QStringLiteral("Names")}};
    slack.status = ApprovalStatus::Approved;
    slack.approvedBy = b.ada;
    slack.approvedOn = QDate(2026, 3, 1);
    slack.server = {Transport::Http, {}, {}, QStringLiteral("https://mcp.slack.com/")};
    slack.notes = QStringLiteral("Approved for summaries.");
    b.slack = store.addConnector(slack);
    return b;
}

std::optional<Connector> connectorNamed(const Store& store, const QString& name)
{
    for (const Connector& c : store.connectors()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QByteArray lines(std::initializer_list<const char*> rows, const char* end = "\n")
{
    QByteArray bytes;
    for (const char* row : rows)
        bytes += QByteArray(row) + end;
    return bytes;
}

bool anyIssue(const std::vector<imports::ImportIssue>& issues, const QString& needle)
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const imports::ImportIssue& i) { return i.message.contains(needle); });
}

} // namespace

void TestCsvImport::spreadsheetQuirks_data()
{
    QTest::addColumn<QByteArray>("csv");
    const char* header = "name,system,access,read_scopes,write_scopes,sensitivity,external,tier,owner,approved_by,"
                         "approved_on,status,cadence,last_reviewed,transport,endpoint,notes";
    const char* row = "Notion,Notion Cloud,read-only,read_content search,,internal,no,1,Ada,,,requested,every 10 "
                      "days,2026-10-01,stdio,\"npx -y \"\"@notion/mcp server\"\"\",\"line one\nline two\"";
    QTest::newRow("as Steward writes it") << lines({header, row}, "\r\n");
    QTest::newRow("Excel: BOM, CRLF, CRLF inside a value")
        << QByteArray("\xEF\xBB\xBF") +
               QByteArray(lines({header, row}, "\r\n")).replace("line one\nline two", "line one\r\nline two");
    QTest::newRow("LibreOffice: LF, every value quoted")
        << lines({"\"name\",\"system\",\"access\",\"read_scopes\",\"write_scopes\",\"sensitivity\",\"external\","
                  "\"tier\",\"owner\",\"approved_by\",\"approved_on\",\"status\",\"cadence\",\"last_reviewed\","
                  "\"transport\",\"endpoint\",\"notes\"",
                  "\"Notion\",\"Notion Cloud\",\"read-only\",\"read_content search\",\"\",\"internal\",\"no\",\"1\","
                  "\"Ada\",\"\",\"\",\"requested\",\"every 10 days\",\"2026-10-01\",\"stdio\",\"npx -y "
                  "\"\"@notion/mcp server\"\"\",\"line one\nline two\""});
    QTest::newRow("trailing empty columns and rows")
        << QByteArray(header) + ",,\r\n" + row + ",,\r\n,,,,,,,,,,,,,,,,,,\r\n\r\n";
    QTest::newRow("shuffled columns") << lines(
        {"notes,endpoint,transport,last_reviewed,cadence,status,approved_on,approved_by,owner,tier,external,"
         "sensitivity,write_scopes,read_scopes,access,system,name",
         "\"line one\nline two\",\"npx -y \"\"@notion/mcp server\"\"\",stdio,2026-10-01,every "
         "10 days,requested,,,Ada,1,no,internal,,read_content search,read-only,Notion Cloud,Notion"});
    QTest::newRow("upper-case enumerations and headers")
        << lines({"Name,System,Access,Read Scopes,Write-Scopes,SENSITIVITY,External,Tier,Owner,Approved By,"
                  "Approved On,Status,Cadence,Last Reviewed,Transport,Endpoint,Notes",
                  "Notion,Notion Cloud,READ-ONLY,read_content search,,Internal,NO,1,Ada,,,Requested,Every 10 Days,"
                  "2026-10-01,STDIO,\"npx -y \"\"@notion/mcp server\"\"\",\"line one\nline two\""});
    QTest::newRow("semicolons, as a German Excel saves") << QByteArray(lines({header, row}, "\r\n")).replace(',', ';');
}

void TestCsvImport::spreadsheetQuirks()
{
    QFETCH(QByteArray, csv);
    test::TempInventory inventory;
    const Base base = fillBase(inventory.store());
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Connectors, csv);
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QVERIFY2(report.warnings().empty(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.counts(QStringLiteral("connectors")).added, 1);
    const auto notion = connectorNamed(inventory.store(), QStringLiteral("Notion"));
    QVERIFY(notion);
    Connector expected;
    expected.id = notion->id;
    expected.name = QStringLiteral("Notion");
    expected.system = QStringLiteral("Notion Cloud");
    expected.scopes = {{notion->scopes.at(0).id, QStringLiteral("read_content"), ScopeMode::Read, {}},
                       {notion->scopes.at(1).id, QStringLiteral("search"), ScopeMode::Read, {}}};
    expected.ownerId = base.ada;
    expected.review = {Cadence::Custom, QDate(2026, 10, 1), 0, 10};
    expected.server = {
        Transport::Stdio, QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("@notion/mcp server")}, {}};
    expected.notes = QStringLiteral("line one\nline two");
    QCOMPARE(*notion, expected);
}

void TestCsvImport::missingColumnsKeepFields()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const Connector before = *connectorNamed(inventory.store(), QStringLiteral("Slack"));
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Connectors,
                                                   lines({"notes,name", "Now for threads too.,Slack"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.counts(QStringLiteral("connectors")).updated, 1);
    Connector expected = before;
    expected.notes = QStringLiteral("Now for threads too.");
    QCOMPARE(*connectorNamed(inventory.store(), QStringLiteral("Slack")), expected);
    // Scope justifications have no column: a scope that stays keeps its own, and its place.
    const ImportReport scopes = imports::importCsv(inventory.store(), InventoryObject::Connectors,
                                                   lines({"name,read_scopes", "Slack,users:read channels:history"}));
    QVERIFY2(scopes.ok(), qPrintable(test::issuesText(scopes)));
    QCOMPARE(scopes.counts(QStringLiteral("connectors")).unchanged, 1);
    QCOMPARE(connectorNamed(inventory.store(), QStringLiteral("Slack"))->scopes, before.scopes);
}

void TestCsvImport::newRowsGetDefaults()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const ImportReport report =
        imports::importCsv(inventory.store(), InventoryObject::Connectors,
                           lines({"name,sensitivity,external", "Zoom,,yes", "Box,restricted,"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QVERIFY2(report.warnings().empty(), qPrintable(test::issuesText(report)));
    const Connector zoom = *connectorNamed(inventory.store(), QStringLiteral("Zoom"));
    QCOMPARE(zoom.access, Access::ReadOnly); // least privilege: a new connector starts read-only
    QCOMPARE(zoom.status, ApprovalStatus::Requested);
    QCOMPARE(zoom.sensitivity, DataClass::Internal);
    QCOMPARE(zoom.tier, 2); // no tier given: its floor, silently
    QCOMPARE(connectorNamed(inventory.store(), QStringLiteral("Box"))->tier, 3);
}

void TestCsvImport::unknownColumnIsAWarning()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::People,
                                                   lines({"name,colour,,email", "Carol,blue,,carol@example.com"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.warnings().size(), std::size_t(1));
    QCOMPARE(report.warnings().front().field, QStringLiteral("colour (column B)"));
    QCOMPARE(report.warnings().front().line, 1);
    QCOMPARE(report.warnings().front().column, 6);
    QVERIFY(report.warnings().front().message.contains(QStringLiteral("does not know this column")));
    QCOMPARE(inventory->person(inventory->personIdByName(QStringLiteral("Carol")))->email,
             QStringLiteral("carol@example.com"));
    // A value under a column without a name is said once, and ignored.
    const ImportReport nameless =
        imports::importCsv(inventory.store(), InventoryObject::People, lines({"name,,team", "Dan,x,Ops", "Eve,y,Ops"}));
    QVERIFY2(nameless.ok(), qPrintable(test::issuesText(nameless)));
    QCOMPARE(nameless.warnings().size(), std::size_t(1));
    QCOMPARE(nameless.warnings().front().field, QStringLiteral("column B"));
    QCOMPARE(nameless.warnings().front().line, 2);
}

void TestCsvImport::unknownPeopleAreAdded()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Connectors,
                                                   lines({"name,owner,approved_by", "Slack,Carol,Ada"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.counts(QStringLiteral("people")).added, 1);
    QCOMPARE(report.warnings().size(), std::size_t(1));
    QCOMPARE(report.warnings().front().field, QStringLiteral("owner (column B)"));
    QCOMPARE(report.warnings().front().record, QStringLiteral("row 2 \u201cSlack\u201d"));
    QVERIFY(report.warnings().front().message.contains(QStringLiteral("\u201cCarol\u201d was not in the people")));
    const Id carol = inventory->personIdByName(QStringLiteral("Carol"));
    QVERIFY(carol != 0);
    QCOMPARE(connectorNamed(inventory.store(), QStringLiteral("Slack"))->ownerId, carol);
}

void TestCsvImport::wideningNeedsReapproval_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("widens");
    QTest::newRow("read-only to read-write") << lines({"name,access,tier", "Slack,read-write,3"}) << true;
    QTest::newRow("a new scope") << lines({"name,read_scopes", "Slack,channels:history users:read chat:read"}) << true;
    QTest::newRow("a scope now writes") << lines({"name,read_scopes,write_scopes", "Slack,users:read,channels:history"})
                                        << true;
    QTest::newRow("narrowing: a scope less") << lines({"name,read_scopes", "Slack,users:read"}) << false;
    QTest::newRow("status says approved, still widened")
        << lines({"name,status,read_scopes", "Slack,APPROVED,channels:history users:read files:read"}) << true;
}

void TestCsvImport::wideningNeedsReapproval()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, widens);
    test::TempInventory inventory;
    const Base base = fillBase(inventory.store());
    inventory->setActor(QStringLiteral("Ada"));
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Connectors, csv);
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    const Connector slack = *connectorNamed(inventory.store(), QStringLiteral("Slack"));
    QCOMPARE(slack.status, widens ? ApprovalStatus::PendingReapproval : ApprovalStatus::Approved);
    QCOMPARE(slack.widenedBy, widens ? base.ada : Id(0));
    QCOMPARE(slack.widenedOn, widens ? QDate::currentDate() : QDate());
    QCOMPARE(anyIssue(report.warnings(), QStringLiteral("pending re-approval")), widens);
}

void TestCsvImport::tierBelowFloorIsRaised()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Connectors,
                                                   lines({"name,sensitivity,tier", "Drive,confidential,1"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(connectorNamed(inventory.store(), QStringLiteral("Drive"))->tier, 3);
    QCOMPARE(report.warnings().size(), std::size_t(1));
    QVERIFY(report.warnings().front().message.contains(QStringLiteral("raised to 3")));
    QCOMPARE(report.warnings().front().line, 2);
}

void TestCsvImport::peopleMergeByName()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const QByteArray csv = lines({"name,email,title,team,notes", "Ada,ada@example.com,CISO,Security,", "Bob,,,,",
                                  "\"Zoë \"\"Z\"\" Ng\",zoe@example.com,,,\"two\nlines\""});
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::People, csv);
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.counts(QStringLiteral("people")), (imports::ImportCounts{1, 1, 1}));
    const auto zoe = inventory->person(inventory->personIdByName(QStringLiteral("Zoë \"Z\" Ng")));
    QVERIFY(zoe);
    QCOMPARE(zoe->notes, QStringLiteral("two\nlines"));
    const ImportReport again = imports::importCsv(inventory.store(), InventoryObject::People, csv);
    QCOMPARE(again.counts(QStringLiteral("people")), (imports::ImportCounts{0, 0, 3}));
}

void TestCsvImport::skillsAndWorkspacesLinkByName()
{
    test::TempInventory inventory;
    const Base base = fillBase(inventory.store());
    ImportReport report = imports::importCsv(
        inventory.store(), InventoryObject::Skills,
        lines({"name,owner,connectors,status,has_skill_md,cadence", "Digest,Ada,Slack,ACTIVE,Yes,Monthly"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    const Skill digest = inventory->skills().front();
    QCOMPARE(digest.connectorIds, std::vector<Id>{base.slack});
    QCOMPARE(digest.status, SkillStatus::Active);
    QVERIFY(digest.hasSkillMd);
    QCOMPARE(digest.review.cadence, Cadence::Monthly);

    report = imports::importCsv(
        inventory.store(), InventoryObject::Workspaces,
        lines({"name,owner,sponsor,status,seats,data_class,connectors,skills,tasks",
               "Finance,Ada,Bob,pilot,12,Confidential,Slack,Digest,\"Reconcile | weekdays 07:00 | Ada | yes\n"
               "Variance \\| report | 0 6 1 * * |  | NO\n\nOnly a name\""}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    const Workspace finance = inventory->workspaces().front();
    QCOMPARE(finance.sponsorId, base.bob);
    QCOMPARE(finance.seats, 12);
    QCOMPARE(finance.dataClass, DataClass::Confidential);
    QCOMPARE(finance.connectorIds, std::vector<Id>{base.slack});
    QCOMPARE(finance.skillIds, std::vector<Id>{digest.id});
    QCOMPARE(finance.tasks.size(), std::size_t(3));
    QCOMPARE(finance.tasks[0].schedule, QStringLiteral("weekdays 07:00"));
    QCOMPARE(finance.tasks[0].ownerId, base.ada);
    QCOMPARE(finance.tasks[1].name, QStringLiteral("Variance | report"));
    QVERIFY(!finance.tasks[1].active);
    QCOMPARE(finance.tasks[2].name, QStringLiteral("Only a name"));
    QVERIFY(finance.tasks[2].active);
    // The same tasks again keep their ids: nothing changes.
    const QByteArray again = exports::csvExport(inventory.store(), InventoryObject::Workspaces);
    report = imports::importCsv(inventory.store(), InventoryObject::Workspaces, again);
    QCOMPARE(report.counts(QStringLiteral("workspaces")), (imports::ImportCounts{0, 0, 1}));
    QCOMPARE(inventory->workspaces().front(), finance);
}

void TestCsvImport::raciMatrix()
{
    test::TempInventory inventory;
    const Base base = fillBase(inventory.store());
    const QByteArray csv = lines({"activity,Sponsor,Security,,", "(held by),\"Bob\nAda\",Carol,,",
                                  "Connector approval,a,\"r, c\",,", "Incident response,I,R/A,,", ",,,,"});
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Raci, csv);
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.counts(QStringLiteral("raci")).added, 1);
    QCOMPARE(report.counts(QStringLiteral("people")).added, 1); // Carol
    const Raci raci = inventory->raci();
    QCOMPARE(raci.roles.size(), std::size_t(2));
    QCOMPARE(raci.roles[0].name, QStringLiteral("Sponsor"));
    QCOMPARE(raci.roles[0].people, (std::vector<Id>{base.ada, base.bob}));
    QCOMPARE(raci.activities.size(), std::size_t(2));
    QCOMPARE(raci.cells, (std::vector<RaciCell>{{0, 0, QStringLiteral("A")},
                                                {0, 1, QStringLiteral("RC")},
                                                {1, 0, QStringLiteral("I")},
                                                {1, 1, QStringLiteral("RA")}}));
    // Its own export comes back unchanged.
    const ImportReport again = imports::importCsv(inventory.store(), InventoryObject::Raci,
                                                  exports::csvExport(inventory.store(), InventoryObject::Raci));
    QVERIFY2(again.ok(), qPrintable(test::issuesText(again)));
    QCOMPARE(again.counts(QStringLiteral("raci")).unchanged, 1);
}

void TestCsvImport::raciKeepsHoldersWithoutTheirRow()
{
    test::TempInventory inventory;
    const Base base = fillBase(inventory.store());
    inventory->setRaci({{RaciRole(0, QStringLiteral("Sponsor"), {base.ada})}, {{0, QStringLiteral("Review")}}, {}});
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Raci,
                                                   lines({"Sponsor,Activity,IT", "A,Review,R", "R,Rollout,"}));
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    const Raci raci = inventory->raci();
    QCOMPARE(raci.roles.size(), std::size_t(2));
    QCOMPARE(raci.roles[0].people, std::vector<Id>{base.ada});
    QVERIFY(raci.roles[1].people.empty());
    QCOMPARE(raci.activities.size(), std::size_t(2));
    QCOMPARE(raci.activities[1].name, QStringLiteral("Rollout"));
}

void TestCsvImport::policyFields()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    const QByteArray csv =
        lines({"field,value,detail", "title,Acceptable use,", "version,0.9,",
               "allowed_groups,\"cowork-finance\n\ncowork-sales\",", "DATA_CLASS.Restricted,FORBIDDEN,Never.",
               "review_tier.3,sensitive,dual review", "prohibited_uses,\"- auto-send\n=formula text\",",
               "audit_fields,actor,", "section,Scope,\"Body *one*\n\nBody two\"", "section,Second,", "colour,blue,"});
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Policy, csv);
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(report.warnings().size(), std::size_t(1)); // colour
    QCOMPARE(report.warnings().front().line, 16);       // quoted line breaks count as lines
    const Policy p = inventory->policy();
    QCOMPARE(p.title, QStringLiteral("Acceptable use"));
    QCOMPARE(p.version, QStringLiteral("0.9"));
    QCOMPARE(p.allowedGroups, (QStringList{QStringLiteral("cowork-finance"), QStringLiteral("cowork-sales")}));
    const auto restricted = std::find_if(p.dataClasses.begin(), p.dataClasses.end(),
                                         [](const DataClassRule& r) { return r.dataClass == DataClass::Restricted; });
    QCOMPARE(restricted->permission, Permission::Forbidden);
    QCOMPARE(restricted->condition, QStringLiteral("Never."));
    QCOMPARE(p.prohibitedUses, (QStringList{QStringLiteral("- auto-send"), QStringLiteral("=formula text")}));
    QCOMPARE(p.sections.size(), std::size_t(2));
    QCOMPARE(p.sections[0].body, QStringLiteral("Body *one*\n\nBody two"));
    QCOMPARE(p.status, PolicyStatus::Draft);
    // Its own export changes nothing, the approval rows included.
    const ImportReport again = imports::importCsv(inventory.store(), InventoryObject::Policy,
                                                  exports::csvExport(inventory.store(), InventoryObject::Policy));
    QVERIFY2(again.ok() && again.warnings().empty(), qPrintable(test::issuesText(again)));
    QCOMPARE(again.counts(QStringLiteral("policy")).unchanged, 1);
}

void TestCsvImport::policyChangesMakeADraft()
{
    test::TempInventory inventory;
    test::fillConsistentSample(inventory.store());
    QCOMPARE(inventory->policy().status, PolicyStatus::Approved);
    QByteArray csv = exports::csvExport(inventory.store(), InventoryObject::Policy);
    csv.replace("retention,\"", "retention,\"Shorter now. ");
    const ImportReport report = imports::importCsv(inventory.store(), InventoryObject::Policy, csv);
    QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
    QCOMPARE(inventory->policy().status, PolicyStatus::Draft);
    QVERIFY(inventory->policy().retention.startsWith(QStringLiteral("Shorter now. ")));
    QVERIFY(anyIssue(report.warnings(), QStringLiteral("make it a draft")));
    // The file still says approved: that is not imported, and said so, where the row is.
    QVERIFY(anyIssue(report.warnings(), QStringLiteral("is not imported")));
    const auto approval = std::find_if(report.warnings().begin(), report.warnings().end(), [](const auto& w) {
        return w.message.contains(QStringLiteral("is not imported"));
    });
    QCOMPARE(approval->line, 4);
    QCOMPARE(inventory->policy().history.size(), std::size_t(2));
}

void TestCsvImport::forumRowsMatchOnWhatIdentifiesThem()
{
    test::TempInventory inventory;
    test::fillConsistentSample(inventory.store());
    for (InventoryObject object : {InventoryObject::Requests, InventoryObject::Incidents, InventoryObject::Reviews}) {
        const QByteArray csv = exports::csvExport(inventory.store(), object);
        const ImportReport report = imports::importCsv(inventory.store(), object, csv);
        QVERIFY2(report.ok(), qPrintable(test::issuesText(report)));
        QCOMPARE(report.total().added + report.total().updated, 0);
        QVERIFY(report.total().unchanged > 0);
    }
    // A request no row identifies is added.
    const qsizetype before = qsizetype(inventory->requests().size());
    const ImportReport added =
        imports::importCsv(inventory.store(), InventoryObject::Requests,
                           "title,kind,requested_on,status\r\nNew MCP server for Figma,Connector,2026-11-20,OPEN\r\n");
    QVERIFY2(added.ok(), qPrintable(test::issuesText(added)));
    QCOMPARE(added.counts(QStringLiteral("requests")).added, 1);
    QCOMPARE(qsizetype(inventory->requests().size()), before + 1);
}

void TestCsvImport::headerOnlyImportsNothing()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    for (InventoryObject object :
         {InventoryObject::People, InventoryObject::Connectors, InventoryObject::Skills, InventoryObject::Workspaces,
          InventoryObject::Requests, InventoryObject::Incidents, InventoryObject::Reviews, InventoryObject::Policy}) {
        const QByteArray header = exports::csvColumns(object).join(QLatin1Char(',')).toUtf8() + "\r\n";
        const ImportReport report = test::importChecked(inventory, object, header + "\r\n,,,\r\n");
        QVERIFY2(report.ok(), qPrintable(objectKey(object) + QStringLiteral(": ") + test::issuesText(report)));
        QCOMPARE(report.total().added + report.total().updated, 0);
    }
}

void TestCsvImport::readOnlyInventoryIsRefused()
{
    test::TempInventory inventory;
    fillBase(inventory.store());
    inventory.reopen(Store::Mode::ReadOnly);
    const ImportReport report =
        imports::importCsv(inventory.store(), InventoryObject::People, lines({"name", "Carol"}));
    QVERIFY(!report.ok());
    QVERIFY(report.objects().empty());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
