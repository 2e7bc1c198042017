// Store::forEachConnectorText and the connectors CSV written from it: every connector as UTF-8
// bytes, row by row, must say exactly what the Connector values of Store::connectors() say —
// for what Steward writes and for what a hand-edited file holds (odd bytes, values of the wrong
// type, unknown keys, bad dates, scopes of no connector) — and the CSV must be the bytes the
// cell-by-cell writer gives for those values.
#include "coretest.h"
#include "domain/isodate.h"
#include "export/csvexport.h"
#include "export/csvvalues.h"
#include "export/csvwriter.h"

#include <QHash>

using namespace steward;

namespace {

// The connectors CSV as the exporter wrote it from Connector values before it read bytes: the
// reference the byte path must equal.
QByteArray referenceCsv(const Store& store)
{
    QHash<Id, QString> people;
    for (const NamedId& person : store.personNames())
        people.insert(person.id, person.name);
    csv::Writer out;
    out.row(exports::csvColumns(InventoryObject::Connectors));
    for (const Connector& c : store.connectors()) {
        QStringList read;
        QStringList write;
        for (const OAuthScope& scope : c.scopes)
            (scope.mode == ScopeMode::Write ? write : read).append(scope.scope);
        out.row({c.name, c.system, key(c.access), read.join(QLatin1Char(' ')), write.join(QLatin1Char(' ')),
                 key(c.sensitivity), csvvalues::yesNo(c.external), QString::number(c.tier), people.value(c.ownerId),
                 people.value(c.approvedBy), isoDate(c.approvedOn), key(c.status), csvvalues::cadence(c.review),
                 isoDate(c.review.lastReviewedOn), key(c.server.transport), csvvalues::endpoint(c.server), c.notes});
    }
    return out.take();
}

Connector connector(const QString& name, Transport transport)
{
    Connector c;
    c.name = name;
    c.system = QStringLiteral("System of ") + name;
    c.server.transport = transport;
    return c;
}

} // namespace

class TestConnectorText : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameValuesAsConnectors();
    void csvIsTheCellWritersBytes();
    void handEditedValuesReadAsConnectorsDo();
    void emptyInventory();

private:
    void writeConnectors();
    void compareWithConnectors();

    std::unique_ptr<test::TempInventory> m_inventory;
};

void TestConnectorText::init()
{
    m_inventory = std::make_unique<test::TempInventory>();
    writeConnectors();
}

void TestConnectorText::writeConnectors()
{
    Store& store = m_inventory->store();
    const Id ana = store.addPerson({0, QStringLiteral("Ana Díaz"), {}, {}, {}, {}});
    const Id ben = store.addPerson({0, QStringLiteral("Ben \"Quote\", Jr."), {}, {}, {}, {}});

    Connector http = connector(QStringLiteral("Salesforce"), Transport::Http);
    http.access = Access::ReadWrite;
    http.sensitivity = DataClass::Confidential;
    http.tier = 3;
    http.ownerId = ana;
    http.approvedBy = ben;
    http.approvedOn = QDate(2026, 3, 1);
    http.status = ApprovalStatus::Approved;
    http.server.url = QStringLiteral("https://mcp.example.com/sf?a=1,b=2");
    http.scopes = {{0, QStringLiteral("api"), ScopeMode::Read, {}},
                   {0, QStringLiteral("refresh_token"), ScopeMode::Write, QStringLiteral("sync")},
                   {0, QStringLiteral("id"), ScopeMode::Read, {}}};
    http.review = ReviewState(Cadence::Custom, QDate(2026, 5, 1), ana, 45);
    http.notes = QStringLiteral("=HYPERLINK(\"x\")\nsecond line, with a comma");
    store.addConnector(http, Store::WriteMode::Restore);

    Connector stdio = connector(QStringLiteral("Fichiers « locaux » 📁"), Transport::Stdio);
    stdio.server.command = QStringLiteral("npx");
    stdio.server.args = {QStringLiteral("-y"), QStringLiteral("@acme/server files"), QStringLiteral("say \"hi\"")};
    stdio.external = true;
    stdio.tier = 2;
    stdio.ownerId = ben;
    stdio.status = ApprovalStatus::PendingReapproval;
    stdio.scopes = {{0, QStringLiteral("files:list"), ScopeMode::Read, {}},
                    {0, QStringLiteral("files:read"), ScopeMode::Read, {}}};
    stdio.review = ReviewState(Cadence::Weekly);
    store.addConnector(stdio, Store::WriteMode::Restore);

    Connector unknownWithCommand = connector(QStringLiteral("-leading minus"), Transport::Unknown);
    unknownWithCommand.server.command = QStringLiteral("/opt/mcp/run");
    unknownWithCommand.status = ApprovalStatus::Revoked;
    store.addConnector(unknownWithCommand, Store::WriteMode::Restore);

    Connector unknownWithUrl = connector(QStringLiteral("@sse"), Transport::Sse);
    unknownWithUrl.server.url = QStringLiteral("https://events.example.com/");
    unknownWithUrl.server.command = QStringLiteral("ignored for sse");
    unknownWithUrl.scopes = {{0, QStringLiteral("w1"), ScopeMode::Write, {}},
                             {0, QStringLiteral("w2"), ScopeMode::Write, {}}};
    store.addConnector(unknownWithUrl, Store::WriteMode::Restore);

    store.addConnector(connector(QStringLiteral("Plain"), Transport::Http), Store::WriteMode::Restore);
}

void TestConnectorText::compareWithConnectors()
{
    const Store& store = m_inventory->store();
    const std::vector<Connector> connectors = store.connectors();
    std::size_t at = 0;
    store.forEachConnectorText([&](const ConnectorText& t) {
        QVERIFY2(at < connectors.size(), "more rows than Store::connectors() has");
        const Connector& c = connectors[at++];
        QCOMPARE(t.id, c.id);
        QCOMPARE(t.name.toByteArray(), c.name.toUtf8());
        QCOMPARE(t.system.toByteArray(), c.system.toUtf8());
        QCOMPARE(t.access, c.access);
        QCOMPARE(t.sensitivity, c.sensitivity);
        QCOMPARE(t.external, c.external);
        QCOMPARE(t.tier, c.tier);
        QCOMPARE(t.ownerId, c.ownerId);
        QCOMPARE(t.approvedBy, c.approvedBy);
        QCOMPARE(t.approvedOn, c.approvedOn);
        QCOMPARE(t.status, c.status);
        QCOMPARE(t.transport, c.server.transport);
        QCOMPARE(t.command.toByteArray(), c.server.command.toUtf8());
        QCOMPARE(t.args, c.server.args);
        QCOMPARE(t.url.toByteArray(), c.server.url.toUtf8());
        QCOMPARE(t.cadence, c.review.cadence);
        QCOMPARE(t.cadenceDays, c.review.cadenceDays);
        QCOMPARE(t.lastReviewedOn, c.review.lastReviewedOn);
        QCOMPARE(t.notes.toByteArray(), c.notes.toUtf8());
        QStringList read;
        QStringList write;
        for (const OAuthScope& scope : c.scopes)
            (scope.mode == ScopeMode::Write ? write : read).append(scope.scope);
        QCOMPARE(t.readScopes.toByteArray(), read.join(QLatin1Char(' ')).toUtf8());
        QCOMPARE(t.writeScopes.toByteArray(), write.join(QLatin1Char(' ')).toUtf8());
    });
    QCOMPARE(at, connectors.size());
}

void TestConnectorText::sameValuesAsConnectors()
{
    compareWithConnectors();
}

void TestConnectorText::csvIsTheCellWritersBytes()
{
    const QByteArray csv = exports::csvExport(m_inventory->store(), InventoryObject::Connectors);
    QCOMPARE(csv, referenceCsv(m_inventory->store()));
    // The cases above are in it: quoted, neutralised, the stdio command line, the custom cadence.
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\nsecond line, with a comma\""));
    QVERIFY(csv.contains(",\"npx -y \"\"@acme/server files\"\" "));
    QVERIFY(csv.contains(",every 45 days,"));
    QVERIFY(csv.contains("'-leading minus,"));
    QVERIFY(csv.contains(",files:list files:read,,"));
}

void TestConnectorText::handEditedValuesReadAsConnectorsDo()
{
    const QString path = m_inventory->path();
    m_inventory->close();
    const QStringList edits = {
        // Bytes that are no UTF-8, a byte-order mark, text where a number belongs and back.
        QStringLiteral("UPDATE connectors SET notes = CAST(X'61FF62C3' AS TEXT) WHERE name = 'Plain'"),
        QStringLiteral("UPDATE connectors SET system_name = CAST(X'EFBBBF53797374656D' AS TEXT),"
                       " access = CAST(X'EFBBBF726561642D7772697465' AS TEXT) WHERE name = '@sse'"),
        QStringLiteral("UPDATE connectors SET system_name = 42, notes = 2.5, url = X'68747470733A2F2F78'"
                       " WHERE name = '-leading minus'"),
        // Text that still starts with a byte-order mark once QString has dropped the first one.
        QStringLiteral("UPDATE connectors SET approved_on = CAST(X'EFBBBFEFBBBF' AS TEXT) || '2026-01-01',"
                       " last_reviewed_on = CAST(X'EFBBBFEFBBBF' AS TEXT) || '2026-01-02' WHERE name = '@sse'"),
        QStringLiteral("UPDATE connectors SET command = CAST(X'EFBBBFEFBBBF40' AS TEXT),"
                       " args = CAST(X'EFBBBFEFBBBFEFBBBF5B2279225D' AS TEXT) WHERE name = 'Plain'"),
        QStringLiteral("UPDATE connectors SET command = CAST(X'EFBBBFEFBBBF6E7078' AS TEXT) WHERE transport = 'stdio'"),
        // Keys that are no keys, dates that are no dates or not plain ones.
        QStringLiteral("UPDATE connectors SET access = 'READ-WRITE', status = 'bogus', sensitivity = '',"
                       " transport = 'STDIO', cadence = 'fortnightly', approved_on = '2026-02-30',"
                       " last_reviewed_on = '+2026-05-01' WHERE name = 'Plain'"),
        QStringLiteral("UPDATE connectors SET approved_on = '2026-3-1', last_reviewed_on = 20260501,"
                       " cadence_days = NULL, args = 'not json' WHERE name = 'Salesforce'"),
        QStringLiteral("UPDATE connectors SET args = '[\"a\", 1, \"b\"]', external = 7 WHERE transport = 'stdio'"),
        // Scopes of no connector, of a connector named by text, in a mode that is no mode.
        QStringLiteral(
            "INSERT INTO connector_scopes (connector_id, position, scope, mode) VALUES (99999, 0, 'x', 'read')"),
        QStringLiteral(
            "INSERT INTO connector_scopes (connector_id, position, scope, mode) VALUES (-4, 0, 'y', 'read')"),
        QStringLiteral("INSERT INTO connector_scopes (connector_id, position, scope, mode)"
                       " VALUES ('not an id', 0, 'z', 'read')"),
        QStringLiteral("INSERT INTO connector_scopes (connector_id, position, scope, mode)"
                       " SELECT id, 9, CAST(X'FF' AS TEXT), 'WRITE' FROM connectors WHERE name = 'Plain'"),
        QStringLiteral("INSERT INTO connector_scopes (connector_id, position, scope, mode)"
                       " SELECT id, -1, 'first', 'write' FROM connectors WHERE name = 'Plain'"),
        QStringLiteral("INSERT INTO connector_scopes (connector_id, position, scope, mode)"
                       " SELECT id, -1, '', 'read' FROM connectors WHERE transport = 'stdio'"),
    };
    for (const QString& sql : edits)
        QVERIFY2(test::rawSql(path, sql), qPrintable(sql));
    m_inventory->reopen(Store::Mode::ReadOnly);
    compareWithConnectors();
    QCOMPARE(exports::csvExport(m_inventory->store(), InventoryObject::Connectors), referenceCsv(m_inventory->store()));
}

void TestConnectorText::emptyInventory()
{
    test::TempInventory empty;
    int rows = 0;
    empty->forEachConnectorText([&rows](const ConnectorText&) { ++rows; });
    QCOMPARE(rows, 0);
    QCOMPARE(exports::csvExport(empty.store(), InventoryObject::Connectors), referenceCsv(empty.store()));
}

QTEST_GUILESS_MAIN(TestConnectorText)
#include "tst_connectortext.moc"
