// jsonexport: the inventory JSON and the policy config, their shape, references by name, nulls for
// "none", approved versions with their content, and bytes that depend on the inventory only.
#include "coretest.h"
#include "domain/policysnapshot.h"
#include "export/jsonexport.h"
#include "jsontestinventory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <nlohmann/json.hpp>

using namespace steward;

class TestJsonExport : public QObject
{
    Q_OBJECT

private slots:
    void topLevelShape();
    void keysAreSortedAndIndented();
    void textIsCanonical();
    void rowsReferToEachOtherByName();
    void emptyValuesAreEmptyOrNull();
    void policyCarriesItsApprovedVersions();
    void sameInventorySameBytes();
    void danglingReviewIsLeftOut();
    void policyConfigShape();
};

namespace {

QJsonObject parsed(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << error.offset;
    return document.object();
}

QJsonObject named(const QJsonArray& rows, const QString& name)
{
    for (const QJsonValue& row : rows) {
        if (row.toObject().value(QStringLiteral("name")).toString() == name)
            return row.toObject();
    }
    return {};
}

} // namespace

void TestJsonExport::topLevelShape()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const QJsonObject json = parsed(jsonexport::inventoryJson(inventory.store()));
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("cadences"), QStringLiteral("connectors"), QStringLiteral("forum_meetings"),
                          QStringLiteral("governance"), QStringLiteral("incidents"), QStringLiteral("people"),
                          QStringLiteral("policy"), QStringLiteral("raci"), QStringLiteral("requests"),
                          QStringLiteral("reviews"), QStringLiteral("schema_version"), QStringLiteral("settings"),
                          QStringLiteral("skills"), QStringLiteral("workspaces")}));
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), jsonexport::InventorySchemaVersion);
    QCOMPARE(json.value(QStringLiteral("people")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("connectors")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("governance")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("reviews")).toArray().size(), 5);
    QCOMPARE(json.value(QStringLiteral("requests")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("forum_meetings")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("incidents")).toArray().size(), 1);
    const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("due_soon_days")).toInt(), 30);
    QCOMPARE(settings.value(QStringLiteral("pilot_weeks")).toInt(), 8);
    // Not the audit trail, not the file's identity: the inventory only.
    const QByteArray bytes = jsonexport::inventoryJson(inventory.store());
    QVERIFY(!bytes.contains("\"audit_head\""));
    QVERIFY(!bytes.contains(inventory->inventoryId().toUtf8()));
}

void TestJsonExport::keysAreSortedAndIndented()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const QString text = QString::fromUtf8(jsonexport::inventoryJson(inventory.store()));
    QVERIFY(text.startsWith(QStringLiteral("{\n  \"cadences\": [\n")));
    QVERIFY(text.endsWith(QStringLiteral("\n}\n")));
    // Within each object, at every level, the keys come in sorted order.
    static const QRegularExpression keyLine(QStringLiteral("^( *)\"([^\"]+)\": "));
    std::vector<QStringList> open(64);
    int keys = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        const auto match = keyLine.match(line);
        if (match.hasMatch()) {
            const std::size_t depth = std::size_t(match.captured(1).size() / 2);
            QVERIFY(depth < open.size());
            QStringList& seen = open[depth];
            QVERIFY2(seen.isEmpty() || seen.back() < match.captured(2),
                     qPrintable(seen.value(seen.size() - 1) + QStringLiteral(" before ") + line));
            seen.append(match.captured(2));
            ++keys;
        }
        if (line.endsWith(QLatin1Char('{')) && std::size_t(indent / 2 + 1) < open.size())
            open[std::size_t(indent / 2 + 1)].clear(); // a new object begins one level down
    }
    QVERIFY(keys > 100);
}

void TestJsonExport::textIsCanonical()
{
    // Written by hand for speed, the text is exactly what a JSON library writes for the same
    // document with sorted keys and two-space indents: no formatting of our own to drift.
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    for (const QByteArray& bytes :
         {jsonexport::inventoryJson(inventory.store()), jsonexport::policyConfigJson(inventory.store())}) {
        const nlohmann::json document = nlohmann::json::parse(bytes.toStdString());
        const QByteArray canonical = QByteArray::fromStdString(document.dump(2) + "\n");
        QCOMPARE(bytes, canonical);
    }
    test::TempInventory empty;
    QCOMPARE(jsonexport::inventoryJson(empty.store()),
             QByteArray::fromStdString(
                 nlohmann::json::parse(jsonexport::inventoryJson(empty.store()).toStdString()).dump(2) + "\n"));
}

void TestJsonExport::rowsReferToEachOtherByName()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const QJsonObject json = parsed(jsonexport::inventoryJson(inventory.store()));
    const QString ada = QStringLiteral("Ada \"the\" Lovelace");
    const QString bo = QStringLiteral("Bø Ström / 李");
    const QJsonObject github =
        named(json.value(QStringLiteral("connectors")).toArray(), QStringLiteral("GitHub \\ main"));
    QCOMPARE(github.value(QStringLiteral("owner")).toString(), ada);
    QCOMPARE(github.value(QStringLiteral("approved_by")).toString(), bo);
    QCOMPARE(github.value(QStringLiteral("widened_by")).toString(), ada);
    QCOMPARE(github.value(QStringLiteral("status")).toString(), QStringLiteral("pending-reapproval"));
    QCOMPARE(github.value(QStringLiteral("tier")).toInt(), 3);
    const QJsonObject review = github.value(QStringLiteral("review")).toObject();
    QCOMPARE(review.value(QStringLiteral("cadence")).toString(), QStringLiteral("custom"));
    QCOMPARE(review.value(QStringLiteral("cadence_days")).toInt(), 45);
    QCOMPARE(review.value(QStringLiteral("last_reviewed_by")).toString(), bo);
    QCOMPARE(review.value(QStringLiteral("last_reviewed_on")).toString(), QStringLiteral("2026-02-28"));
    const QJsonObject server = github.value(QStringLiteral("server")).toObject();
    QCOMPARE(server.value(QStringLiteral("transport")).toString(), QStringLiteral("stdio"));
    QCOMPARE(server.value(QStringLiteral("args")).toArray().last().toString(), QStringLiteral("--label=\"a b\""));
    const QJsonArray scopes = github.value(QStringLiteral("scopes")).toArray();
    QCOMPARE(scopes.size(), 2);
    QCOMPARE(scopes[0].toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("repo"));
    QCOMPARE(scopes[0].toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("write"));

    const QJsonObject digest = named(json.value(QStringLiteral("skills")).toArray(), QStringLiteral("Digest"));
    // Links in the store's order (by the linked row's id), by name.
    QCOMPARE(digest.value(QStringLiteral("connectors")).toArray(),
             (QJsonArray{QStringLiteral("GitHub \\ main"), QStringLiteral("Files")}));
    const QJsonObject finance =
        named(json.value(QStringLiteral("workspaces")).toArray(), QStringLiteral("Finance close"));
    QCOMPARE(finance.value(QStringLiteral("skills")).toArray(), QJsonArray{QStringLiteral("Digest")});
    QCOMPARE(finance.value(QStringLiteral("sponsor")).toString(), bo);
    QCOMPARE(finance.value(QStringLiteral("tasks")).toArray()[1].toObject().value(QStringLiteral("active")).toBool(),
             false);

    const QJsonObject incident = json.value(QStringLiteral("incidents")).toArray()[0].toObject();
    QCOMPARE(incident.value(QStringLiteral("connectors")).toArray(), QJsonArray{QStringLiteral("GitHub \\ main")});
    QCOMPARE(incident.value(QStringLiteral("workspaces")).toArray(), QJsonArray{QStringLiteral("Finance close")});
    const QJsonObject request = json.value(QStringLiteral("requests")).toArray()[0].toObject();
    QCOMPARE(request.value(QStringLiteral("deciders")).toArray(),
             (QJsonArray{bo, QStringLiteral("Ada \"the\" Lovelace")}));
    QCOMPARE(request.value(QStringLiteral("skill")).toString(), QStringLiteral("Digest"));
    const QJsonArray reviews = json.value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews[4].toObject().value(QStringLiteral("subject")).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("governance")},
                          {QStringLiteral("name"), QStringLiteral("policy")}}));
    const QJsonObject raci = json.value(QStringLiteral("raci")).toObject();
    QCOMPARE(raci.value(QStringLiteral("roles")).toArray()[0].toObject().value(QStringLiteral("people")).toArray(),
             (QJsonArray{ada, bo}));
    QCOMPARE(
        raci.value(QStringLiteral("activities")).toArray()[1].toObject().value(QStringLiteral("letters")).toArray(),
        (QJsonArray{QString(), QStringLiteral("RA")}));
}

void TestJsonExport::emptyValuesAreEmptyOrNull()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const QJsonObject json = parsed(jsonexport::inventoryJson(inventory.store()));
    const QJsonObject files = named(json.value(QStringLiteral("connectors")).toArray(), QStringLiteral("Files"));
    QVERIFY(files.value(QStringLiteral("owner")).isNull());
    QVERIFY(files.value(QStringLiteral("approved_on")).isNull());
    QCOMPARE(files.value(QStringLiteral("notes")), QJsonValue(QString()));
    QVERIFY(files.value(QStringLiteral("review")).toObject().value(QStringLiteral("cadence_days")).isNull());
    QCOMPARE(files.value(QStringLiteral("scopes")).toArray(), QJsonArray());
    const QJsonObject skillReview = json.value(QStringLiteral("reviews")).toArray()[2].toObject();
    QVERIFY(skillReview.value(QStringLiteral("reviewer")).isNull());
    QCOMPARE(skillReview.value(QStringLiteral("notes")).toString(), QString());
}

void TestJsonExport::policyCarriesItsApprovedVersions()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const Policy stored = inventory->policy();
    const QJsonObject policy =
        parsed(jsonexport::inventoryJson(inventory.store())).value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(policy.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(policy.value(QStringLiteral("sections")).toArray().size(), 2);
    QCOMPARE(policy.value(QStringLiteral("audit")).toObject().value(QStringLiteral("log")).toArray().size(), 2);
    QCOMPARE(policy.value(QStringLiteral("review_tiers")).toObject().keys(),
             (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(policy.value(QStringLiteral("data_classes")).toObject().value(QStringLiteral("restricted")).toObject(),
             (QJsonObject{{QStringLiteral("permission"), QStringLiteral("forbidden")},
                          {QStringLiteral("condition"), QStringLiteral("never")}}));
    const QJsonArray history = policy.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(std::size_t(history.size()), stored.history.size());
    for (int i = 0; i < history.size(); ++i) {
        const QJsonObject version = history[i].toObject();
        const PolicyVersion& kept = stored.history[std::size_t(i)];
        QCOMPARE(version.value(QStringLiteral("version")).toString(), kept.version);
        QCOMPARE(version.value(QStringLiteral("approved_on")).toString(), kept.approvedOn.toString(Qt::ISODate));
        // The content is the snapshot's, without the version number (it sits beside it).
        const QJsonObject content = version.value(QStringLiteral("content")).toObject();
        QVERIFY(!content.contains(QStringLiteral("version")));
        const Policy frozen = *policyFromSnapshot(kept.snapshot);
        QCOMPARE(content.value(QStringLiteral("prohibited")).toArray().size(), frozen.prohibitedUses.size());
        QCOMPARE(content.value(QStringLiteral("title")).toString(), frozen.title);
    }
    QCOMPARE(history[0]
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toObject()
                 .value(QStringLiteral("prohibited"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(history[1].toObject().value(QStringLiteral("approved_by")).toString(), QStringLiteral("Bø Ström / 李"));
}

void TestJsonExport::sameInventorySameBytes()
{
    test::TempInventory first;
    test::fillEdgeInventory(first.store());
    const QByteArray bytes = jsonexport::inventoryJson(first.store());
    QCOMPARE(jsonexport::inventoryJson(first.store()), bytes);
    QCOMPARE(jsonexport::inventoryJson(first.reopen(Store::Mode::ReadOnly)), bytes);
    // Another file made the same way, at another moment, with its own identity and audit times.
    QTest::qWait(20);
    test::TempInventory second;
    test::fillEdgeInventory(second.store());
    QVERIFY(second->inventoryId() != first->inventoryId());
    QCOMPARE(jsonexport::inventoryJson(second.store()), bytes);
    QCOMPARE(jsonexport::policyConfigJson(second.store()), jsonexport::policyConfigJson(first.store()));
}

void TestJsonExport::danglingReviewIsLeftOut()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const QByteArray before = jsonexport::inventoryJson(inventory.store());
    inventory.close();
    QVERIFY(test::rawSql(inventory.path(), QStringLiteral("INSERT INTO reviews (subject_type, subject_id, reviewed_on)"
                                                          " VALUES ('connector', 999, '2026-01-01')")));
    QCOMPARE(jsonexport::inventoryJson(inventory.reopen(Store::Mode::ReadOnly)), before);
}

void TestJsonExport::policyConfigShape()
{
    test::TempInventory inventory;
    test::fillEdgeInventory(inventory.store());
    const QByteArray bytes = jsonexport::policyConfigJson(inventory.store());
    QVERIFY(bytes.endsWith("}\n"));
    const QJsonObject json = parsed(bytes);
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("audit"), QStringLiteral("connectors"),
                                       QStringLiteral("prohibited"), QStringLiteral("review_tiers")}));
    const QJsonObject connectors = json.value(QStringLiteral("connectors")).toObject();
    QCOMPARE(connectors.keys(), (QStringList{QStringLiteral("Files"), QStringLiteral("GitHub \\ main")}));
    QCOMPARE(connectors.value(QStringLiteral("GitHub \\ main")).toObject(),
             (QJsonObject{{QStringLiteral("access"), QStringLiteral("read-write")},
                          {QStringLiteral("tier"), 3},
                          {QStringLiteral("approved_by"), QStringLiteral("Bø Ström / 李")},
                          {QStringLiteral("status"), QStringLiteral("pending-reapproval")}}));
    // Text as in seed 000's example, never null: "" when nobody approved.
    QCOMPARE(connectors.value(QStringLiteral("Files")).toObject().value(QStringLiteral("approved_by")),
             QJsonValue(QString()));
    QCOMPARE(json.value(QStringLiteral("review_tiers")).toObject().value(QStringLiteral("3")).toObject(),
             (QJsonObject{{QStringLiteral("rule"), QStringLiteral("sensitive")},
                          {QStringLiteral("control"), QStringLiteral("dual review")}}));
    QCOMPARE(json.value(QStringLiteral("prohibited")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("log")).toArray(),
             (QJsonArray{QStringLiteral("actor"), QStringLiteral("output_hash")}));
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
