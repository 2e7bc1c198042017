// The Markdown and HTML exports: a real GFM renderer (cmark-gfm) makes a table of every object's
// table, and the cells an HTML parser reads back from it — and from the HTML export — are exactly
// the inventory's text, whatever it holds (pipes, line breaks, HTML, Markdown syntax at a line's
// start); the policy's headings sit under the document's; the HTML is one standalone document.
#include "coretest.h"
#include "export/htmlexport.h"
#include "export/inventorytables.h"
#include "export/markdownexport.h"
#include "templates/templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace steward;

class TestDocumentExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyObjectIsATable_data();
    void everyObjectIsATable();
    void hostileTextShowsAsText_data();
    void hostileTextShowsAsText();
    void policySitsUnderTheTitle();
    void demotedHeadings_data();
    void demotedHeadings();
    void htmlParagraphs_data();
    void htmlParagraphs();
    void htmlIsOneStandaloneDocument();
    void emptyInventory();
};

namespace {

const QDate SampleDay(2026, 11, 22);

using Tables = QList<QList<QStringList>>;

Tables tablesIn(const QByteArray& html)
{
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(STEWARD_TABLE_CELLS_SCRIPT)});
    reader.write(html);
    reader.closeWriteChannel();
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0)
        qWarning("table_cells.py: %s", reader.readAllStandardError().constData());
    Tables tables;
    for (const QJsonValue& table : QJsonDocument::fromJson(reader.readAllStandardOutput()).array()) {
        QList<QStringList> rows;
        for (const QJsonValue& row : table.toArray()) {
            QStringList cells;
            for (const QJsonValue& cell : row.toArray())
                cells.append(cell.toString().trimmed()); // a renderer trims a Markdown cell; HTML keeps spaces
            rows.append(cells);
        }
        tables.append(rows);
    }
    return tables;
}

QByteArray renderGfm(const QByteArray& markdown)
{
    QProcess cmark;
    // --unsafe keeps the <br> the cells hold for their line breaks, as GitHub and Confluence do.
    cmark.start(QStringLiteral("cmark-gfm"),
                {QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table")});
    cmark.write(markdown);
    cmark.closeWriteChannel();
    if (!cmark.waitForFinished(30000))
        qWarning("cmark-gfm did not finish");
    return cmark.readAllStandardOutput();
}

// The tables a section holds, as people read them: its headers and rows, each cell trimmed (as a
// renderer shows it) with \r\n and \r as \n.
Tables expectedTables(const exports::ObjectSection& section)
{
    Tables tables;
    const auto clean = [](QString text) {
        return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'))
            .trimmed();
    };
    for (const tables::Table& table : section.tables) {
        QList<QStringList> rows;
        QStringList headers;
        for (const QString& h : table.headers)
            headers.append(clean(h));
        rows.append(headers);
        for (const QStringList& row : table.rows) {
            QStringList cells;
            for (const QString& c : row)
                cells.append(clean(c));
            rows.append(cells);
        }
        tables.append(rows);
    }
    return tables;
}

// The policy's own two tables (data classes, review tiers) come before a document's object tables.
int policyTables(std::optional<InventoryObject> object)
{
    return !object || *object == InventoryObject::Policy ? 2 : 0;
}

// Every sort of text that is markup somewhere, in every kind of field.
const QStringList Hostile{
    QStringLiteral("<script>alert(1)</script> & <b>bold</b>"),
    QStringLiteral("a | pipe | or two"),
    QStringLiteral("# not a heading"),
    QStringLiteral("- not a list\n1. nor this\n> nor a quote"),
    QStringLiteral("*not* _emphasis_ `code` ~~struck~~ [link](https://x.example) <https://x.example>"),
    QStringLiteral("&amp; &lt; C:\\temp\\new"),
    QStringLiteral("first line\r\nsecond line\rthird"),
    QStringLiteral("=HYPERLINK(\"http://x\") +1 -1 @x"),
    QStringLiteral("Łódź — 東京 ✓"),
    QStringLiteral("---"),
};

void fillHostile(Store& store, const QString& text)
{
    const Id who = store.addPerson({0, QStringLiteral("P ") + text, text, text, text, text});
    Connector c;
    c.name = QStringLiteral("C ") + text;
    c.system = text;
    c.scopes = {{0, QStringLiteral("scope:read"), ScopeMode::Read, text}};
    c.ownerId = who;
    c.server = {Transport::Stdio, QStringLiteral("npx"), {text}, {}};
    c.notes = text;
    const Id connector = store.addConnector(c);
    Skill s;
    s.name = QStringLiteral("S ") + text;
    s.intendedUse = text;
    s.inputs = text;
    s.outputs = text;
    s.version = text;
    s.connectorIds = {connector};
    s.ownerId = who;
    s.notes = text;
    const Id skill = store.addSkill(s);
    Workspace w;
    w.name = QStringLiteral("W ") + text;
    w.purpose = text;
    w.function = text;
    w.dataDescription = text;
    w.tasks = {{0, QStringLiteral("T ") + text, text, who, false}};
    w.connectorIds = {connector};
    w.skillIds = {skill};
    w.notes = text;
    const Id workspace = store.addWorkspace(w);
    store.setRaci({{RaciRole(0, QStringLiteral("R ") + text, {who})},
                   {{0, QStringLiteral("A ") + text}},
                   {{0, 0, QStringLiteral("RA")}}});
    ForumRequest r;
    r.title = QStringLiteral("Q ") + text;
    r.description = text;
    r.decision = text;
    r.requestedBy = who;
    store.addRequest(r);
    Incident i;
    i.title = QStringLiteral("I ") + text;
    i.description = text;
    i.connectorIds = {connector};
    i.workspaceIds = {workspace};
    store.addIncident(i);
    store.addReview({0, QStringLiteral("connector"), connector, QDate(2026, 1, 5), who, text});
    Policy p = store.policy();
    p.title = text;
    p.allowedGroups = {text};
    p.prohibitedUses = {text};
    p.trainingOptOut = text;
    p.retention = text;
    p.auditFields = {text};
    p.sections = {{0, text, QStringLiteral("Plain body.")}};
    store.updatePolicy(p);
    GovernanceObject g = store.governanceObject(GovernanceKind::Connectors);
    g.location = text;
    g.ownerId = who;
    store.updateGovernanceObject(g);
}

} // namespace

void TestDocumentExport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("cmark-gfm")).isEmpty())
        QFAIL("cmark-gfm is not installed (packaging/dev test installs it)");
}

void TestDocumentExport::everyObjectIsATable_data()
{
    QTest::addColumn<QString>("object"); // "" for the whole inventory
    QTest::newRow("all") << QString();
    for (InventoryObject object : documentObjects())
        QTest::newRow(qPrintable(objectKey(object))) << objectKey(object);
}

void TestDocumentExport::everyObjectIsATable()
{
    QFETCH(QString, object);
    test::TempInventory inventory;
    templates::fillSample(inventory.store(), SampleDay);
    const std::optional<InventoryObject> which = object.isEmpty() ? std::nullopt : parseObject(object);
    Tables expected;
    for (InventoryObject each : which ? std::vector<InventoryObject>{*which} : documentObjects()) {
        if (each != InventoryObject::Policy)
            expected += expectedTables(exports::objectSection(inventory.store(), each));
    }
    const QByteArray markdown = exports::markdownExport(inventory.store(), which, {QStringLiteral("sample")});
    QCOMPARE(exports::markdownExport(inventory.store(), which, {QStringLiteral("sample")}), markdown);
    const Tables fromMarkdown = tablesIn(renderGfm(markdown));
    QCOMPARE(fromMarkdown.size(), policyTables(which) + expected.size());
    QCOMPARE(fromMarkdown.mid(policyTables(which)), expected);
    const Tables fromHtml = tablesIn(exports::htmlExport(inventory.store(), which, {QStringLiteral("sample")}));
    QCOMPARE(fromHtml.size(), fromMarkdown.size());
    QCOMPARE(fromHtml.mid(policyTables(which)), expected);
}

void TestDocumentExport::hostileTextShowsAsText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& text : Hostile)
        QTest::newRow(qPrintable(text.left(20))) << text;
}

void TestDocumentExport::hostileTextShowsAsText()
{
    QFETCH(QString, text);
    test::TempInventory inventory;
    fillHostile(inventory.store(), text);
    Tables expected;
    for (InventoryObject each : documentObjects()) {
        if (each != InventoryObject::Policy)
            expected += expectedTables(exports::objectSection(inventory.store(), each));
    }
    const QByteArray markdown = exports::markdownExport(inventory.store());
    const QByteArray rendered = renderGfm(markdown);
    QCOMPARE(tablesIn(rendered).mid(2), expected);
    const QByteArray html = exports::htmlExport(inventory.store());
    QCOMPARE(tablesIn(html).mid(2), expected);
    // Neither document runs the text as markup: no tag of it survives, in the tables or around them.
    for (const QByteArray& document : {rendered, html}) {
        QVERIFY(!document.contains("<script>"));
        QVERIFY(!document.contains("<b>bold"));
        QVERIFY(!document.contains("<a href=\"https://x.example"));
        QVERIFY(!document.contains("<em>not"));
        QVERIFY(!document.contains("<code>code"));
        QVERIFY(!document.contains("<blockquote"));
    }
    // The policy's lists and prose too: one item each, holding the whole text.
    QVERIFY(rendered.contains("<h2>"));
    QCOMPARE(rendered.count("<h1>"), 1);
    QCOMPARE(html.count("<h1>"), 1);
}

void TestDocumentExport::policySitsUnderTheTitle()
{
    test::TempInventory inventory;
    Policy p = inventory->policy();
    p.title = QStringLiteral("Use of agents");
    p.version.clear();
    p.sections = {{0, QStringLiteral("Scope"), QStringLiteral("# Own heading\n\n```\n# not a heading\n```\n\n## Sub")}};
    inventory->updatePolicy(p);
    const QString markdown =
        QString::fromUtf8(exports::markdownExport(inventory.store(), std::nullopt, {QStringLiteral("inv")}));
    QVERIFY(markdown.startsWith(
        QStringLiteral("# Governance inventory \u2014 inv\n\n## Use of agents\n\n*draft*\n\nOwner: nobody yet")));
    QVERIFY(
        markdown.contains(QStringLiteral("\n### Scope\n\n## Own heading\n\n```\n# not a heading\n```\n\n### Sub\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n## Workspaces\n")));
    const QString single = QString::fromUtf8(exports::markdownExport(inventory.store(), InventoryObject::Policy));
    QVERIFY(single.startsWith(QStringLiteral("# Acceptable-use policy\n\n## Use of agents\n")));
    QVERIFY(!single.contains(QStringLiteral("## Workspaces")));
}

void TestDocumentExport::demotedHeadings_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("demoted");
    QTest::newRow("levels") << QStringLiteral("# A\n## B\n###### F") << QStringLiteral("## A\n### B\n###### F");
    QTest::newRow("indented up to three")
        << QStringLiteral("   # A\n    # code") << QStringLiteral("   ## A\n    # code");
    QTest::newRow("not a heading") << QStringLiteral("#hashtag\n#") << QStringLiteral("#hashtag\n##");
    QTest::newRow("fenced code") << QStringLiteral("```\n# x\n```\n# y") << QStringLiteral("```\n# x\n```\n## y");
    QTest::newRow("tilde fence, longer close")
        << QStringLiteral("~~~\n# x\n~~~~\n# y") << QStringLiteral("~~~\n# x\n~~~~\n## y");
    QTest::newRow("open fence") << QStringLiteral("```\n# x") << QStringLiteral("```\n# x");
}

void TestDocumentExport::demotedHeadings()
{
    QFETCH(QString, markdown);
    QFETCH(QString, demoted);
    QCOMPARE(exports::demotedHeadings(markdown), demoted);
}

void TestDocumentExport::htmlParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("one") << QStringLiteral("Plain.") << QStringLiteral("<p>Plain.</p>\n");
    QTest::newRow("two, a line break") << QStringLiteral("First\nline.\r\n \r\nSecond <b>.")
                                       << QStringLiteral("<p>First<br>line.</p>\n<p>Second &lt;b&gt;.</p>\n");
    QTest::newRow("empty") << QStringLiteral("\n  \n") << QString();
}

void TestDocumentExport::htmlParagraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(exports::htmlParagraphs(text), html);
}

void TestDocumentExport::htmlIsOneStandaloneDocument()
{
    test::TempInventory inventory;
    templates::fillSample(inventory.store(), SampleDay);
    const QString html =
        QString::fromUtf8(exports::htmlExport(inventory.store(), std::nullopt, {QStringLiteral("a<b")}));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("<title>Governance inventory \u2014 a&lt;b</title>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.endsWith(QStringLiteral("</body>\n</html>\n")));
    QVERIFY(!html.contains(QStringLiteral("src="))); // nothing fetched
    QVERIFY(!html.contains(QStringLiteral("href=")));
    QCOMPARE(html.count(QStringLiteral("<section id=")), int(documentObjects().size()));
}

void TestDocumentExport::emptyInventory()
{
    test::TempInventory inventory;
    const QString markdown = QString::fromUtf8(exports::markdownExport(inventory.store()));
    QVERIFY(markdown.contains(QStringLiteral("## Connectors\n\nOwner: nobody yet \u00b7 Review: Quarterly \u00b7 never "
                                             "reviewed\n\n*No connectors yet.*\n")));
    QCOMPARE(tablesIn(renderGfm(markdown.toUtf8())).size(), 2); // the policy's data classes and tiers
    const QString audit = QString::fromUtf8(exports::markdownExport(inventory.store(), InventoryObject::Audit));
    QVERIFY(audit.contains(QStringLiteral("--format csv --object audit")));
}

QTEST_GUILESS_MAIN(TestDocumentExport)
#include "tst_documentexport.moc"
