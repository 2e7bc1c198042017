// File › Import…: the dialog shows the file's first rows, its columns and the report of a dry run
// that writes nothing; Import commits it as one undo step whose undo gives back the inventory
// byte for byte (its JSON export) and whose redo the imported one. Errors name their line and
// column and leave the inventory as it was; so does a cancelled import.
#include "exchange/exchangejob.h"
#include "exchange/importdialog.h"
#include "export/jsonexport.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace steward;
using ui::ImportDialog;
using ui::ImportFormat;

namespace {

const QByteArray ConnectorsCsv = "name,system,access,tier,owner,colour\r\n"
                                 "GitHub,GitHub Enterprise,read-only,1,,blue\r\n"
                                 "Slack,Slack,read-only,1,Ada Lovelace,green\r\n";

// Seed 000's policy config, as the post prints it.
const QByteArray SeedPolicyConfig = R"({
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

QStringList issueTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class TestImportDialog : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvPreviewsReportsCommitsAndUndoes();
    void inventoryJsonImportsAsOneStep();
    void policyConfigIsDetected();
    void theObjectCanBeCorrected();
    void errorsNameTheLineAndColumn_data();
    void errorsNameTheLineAndColumn();
    void cancelLeavesTheInventoryUnchanged();

private:
    QString writeInput(const QString& name, const QByteArray& bytes);
    // A dialog over the store and stack that has checked `path`.
    std::unique_ptr<ImportDialog> checkedDialog(const QString& path);
    template <typename T> T* child(const ImportDialog& dialog, const QString& name)
    {
        return test::findChild<T>(&dialog, name);
    }
};

void TestImportDialog::init()
{
    createStore();
    templates::fillSeed(*m_store);
    Connector connector;
    connector.name = QStringLiteral("GitHub");
    connector.system = QStringLiteral("GitHub");
    m_store->addConnector(connector);
}

void TestImportDialog::cleanup()
{
    destroyStore();
}

QString TestImportDialog::writeInput(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    test::writeBytes(path, bytes);
    return path;
}

std::unique_ptr<ImportDialog> TestImportDialog::checkedDialog(const QString& path)
{
    auto dialog = std::make_unique<ImportDialog>(m_store.get(), m_stack.get());
    dialog->show();
    dialog->setInputPath(path);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isChecked() && !dialog->isBusy(), 30000);
    }();
    return dialog;
}

void TestImportDialog::csvPreviewsReportsCommitsAndUndoes()
{
    const QByteArray before = jsonexport::inventoryJson(*m_store);
    const qint64 head = m_store->auditHead();
    const auto dialog = checkedDialog(writeInput(QStringLiteral("connectors.csv"), ConnectorsCsv));

    // What it found: CSV of connectors, the first rows, the columns (one Steward does not know).
    QCOMPARE(child<QComboBox>(*dialog, QStringLiteral("formatComboBox"))->currentData().toInt(),
             int(ImportFormat::Csv));
    QCOMPARE(child<QComboBox>(*dialog, QStringLiteral("objectComboBox"))->currentData().toInt(),
             int(InventoryObject::Connectors));
    const QAbstractItemModel* preview = child<QTableView>(*dialog, QStringLiteral("previewTableView"))->model();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->columnCount(), 6);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("name"));
    QCOMPARE(preview->index(1, 0).data().toString(), QStringLiteral("Slack"));
    QCOMPARE(preview->index(1, 4).data().toString(), QStringLiteral("Ada Lovelace"));
    const QString columns = child<QLabel>(*dialog, QStringLiteral("columnsLabel"))->text();
    QVERIFY2(columns.startsWith(QStringLiteral("name, system, access, tier, owner, colour")), qPrintable(columns));
    QVERIFY2(columns.contains(QStringLiteral("Steward does not know colour")), qPrintable(columns));

    // The report of the dry run: exact, and nothing written.
    QCOMPARE(dialog->report().counts(QStringLiteral("connectors")), (imports::ImportCounts{1, 1, 0}));
    QCOMPARE(dialog->report().counts(QStringLiteral("people")), (imports::ImportCounts{1, 0, 0}));
    const QString summary = child<QLabel>(*dialog, QStringLiteral("reportSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("added 2, updated 1, unchanged 0; warnings: 2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("connectors: added 1, updated 1, unchanged 0")), qPrintable(summary));
    const QStringList issues = issueTexts(child<QListWidget>(*dialog, QStringLiteral("issuesListWidget")));
    QCOMPARE(issues.size(), 2);
    QVERIFY2(issues[0].startsWith(QStringLiteral("Line 1, column ")) && issues[0].contains(QStringLiteral("colour")),
             qPrintable(issues[0]));
    QVERIFY2(issues[1].startsWith(QStringLiteral("Line 3, column 25: record row 3 “Slack”, field owner")),
             qPrintable(issues[1]));
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    QCOMPARE(m_store->auditHead(), head);
    QVERIFY(dialog->problem().isEmpty());

    // Import: committed on the worker, one step on the stack, the window's store current.
    QSignalSpy imported(dialog.get(), &ImportDialog::imported);
    auto* importButton = child<QAbstractButton>(*dialog, QStringLiteral("importPushButton"));
    QVERIFY(importButton->isEnabled());
    importButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.front().front().toString(),
             QStringLiteral("Imported connectors.csv: added 2, updated 1, unchanged 0; warnings: 2."));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Import connectors.csv"));
    const auto connectors = m_store->connectors();
    QCOMPARE(connectors.size(), std::size_t(2));
    QCOMPARE(connectors[0].system, QStringLiteral("GitHub Enterprise"));
    QCOMPARE(connectors[1].name, QStringLiteral("Slack"));
    QVERIFY(m_store->personIdByName(QStringLiteral("Ada Lovelace")) != 0);
    const QByteArray after = jsonexport::inventoryJson(*m_store);
    QVERIFY(after != before);

    // Undo gives the inventory back byte for byte, redo the import again; the chain stays whole.
    m_stack->undo();
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    m_stack->redo();
    QCOMPARE(jsonexport::inventoryJson(*m_store), after);
    m_stack->undo();
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    QCOMPARE(m_stack->count(), 1); // never dropped as obsolete
    QCOMPARE(m_store->verify(), QStringList());
    m_store->addPerson({0, QStringLiteral("After the undo"), {}, {}, {}, {}}); // the window writes on
    QCOMPARE(Store::open(m_path, Store::Mode::ReadOnly)->verify(), QStringList());
}

void TestImportDialog::inventoryJsonImportsAsOneStep()
{
    QByteArray sample;
    {
        auto other = Store::create(m_dir->filePath(QStringLiteral("sample.steward")));
        templates::fillSample(*other, QDate(2026, 11, 22));
        sample = jsonexport::inventoryJson(*other);
    }
    const QByteArray before = jsonexport::inventoryJson(*m_store);
    const auto dialog = checkedDialog(writeInput(QStringLiteral("sample.json"), sample));
    QCOMPARE(child<QComboBox>(*dialog, QStringLiteral("formatComboBox"))->currentData().toInt(),
             int(ImportFormat::InventoryJson));
    QVERIFY(!child<QComboBox>(*dialog, QStringLiteral("objectComboBox"))->isEnabled());
    // The preview lists the sections with their records.
    const QAbstractItemModel* preview = child<QTableView>(*dialog, QStringLiteral("previewTableView"))->model();
    QStringList sections;
    for (int row = 0; row < preview->rowCount(); ++row)
        sections.append(preview->index(row, 0).data().toString());
    QVERIFY2(sections.contains(QStringLiteral("connectors")) && sections.contains(QStringLiteral("schema_version")),
             qPrintable(sections.join(QLatin1Char(' '))));
    const int connectorsRow = int(sections.indexOf(QStringLiteral("connectors")));
    QVERIFY(preview->index(connectorsRow, 1).data().toInt() > 10);
    QVERIFY(dialog->report().ok());
    QVERIFY(dialog->report().total().added > 50);
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);

    child<QAbstractButton>(*dialog, QStringLiteral("importPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QByteArray after = jsonexport::inventoryJson(*m_store);
    QVERIFY(after.size() > before.size() * 3);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    m_stack->redo();
    QCOMPARE(jsonexport::inventoryJson(*m_store), after);
    QCOMPARE(m_store->verify(), QStringList());
}

void TestImportDialog::policyConfigIsDetected()
{
    const auto dialog = checkedDialog(writeInput(QStringLiteral("policy.json"), SeedPolicyConfig));
    QCOMPARE(child<QComboBox>(*dialog, QStringLiteral("formatComboBox"))->currentData().toInt(),
             int(ImportFormat::PolicyJson));
    QCOMPARE(dialog->report().counts(QStringLiteral("connectors")), (imports::ImportCounts{3, 0, 0}));
    const QAbstractItemModel* preview = child<QTableView>(*dialog, QStringLiteral("previewTableView"))->model();
    QCOMPARE(preview->rowCount(), 4); // audit, connectors, prohibited, review_tiers
    QCOMPARE(preview->index(1, 0).data().toString(), QStringLiteral("connectors"));
    QCOMPARE(preview->index(1, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(preview->index(1, 2).data().toString(), QStringLiteral("billing, crm, knowledge_base"));
    child<QAbstractButton>(*dialog, QStringLiteral("importPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCOMPARE(m_store->connectors().size(), std::size_t(4));
    m_stack->undo();
    QCOMPARE(m_store->connectors().size(), std::size_t(1));
}

void TestImportDialog::theObjectCanBeCorrected()
{
    const QByteArray people = "name,email,notes\nAda Lovelace,ada@example.org,\n";
    const auto dialog = checkedDialog(writeInput(QStringLiteral("list.csv"), people));
    auto* object = child<QComboBox>(*dialog, QStringLiteral("objectComboBox"));
    QCOMPARE(object->currentData().toInt(), int(InventoryObject::People));
    QCOMPARE(dialog->report().counts(QStringLiteral("people")), (imports::ImportCounts{1, 0, 0}));
    // Read as connectors instead: checked again, email is a column connectors do not have.
    test::chooseData(object, int(InventoryObject::Connectors));
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isChecked() && !dialog->isBusy(), 30000);
    QCOMPARE(object->currentData().toInt(), int(InventoryObject::Connectors));
    QCOMPARE(dialog->report().counts(QStringLiteral("connectors")), (imports::ImportCounts{1, 0, 0}));
    QVERIFY2(child<QLabel>(*dialog, QStringLiteral("columnsLabel"))->text().contains(QStringLiteral("know email")),
             qPrintable(child<QLabel>(*dialog, QStringLiteral("columnsLabel"))->text()));
    QCOMPARE(m_store->connectors().size(), std::size_t(1));
}

void TestImportDialog::errorsNameTheLineAndColumn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("issue");
    QTest::newRow("csv value") << "tiers.csv" << QByteArray("name,tier\r\nGitHub,1\r\nSlack,7\r\n")
                               << "Line 3, column 7: record row 3 “Slack”, field tier (column B): ";
    QTest::newRow("csv quote") << "quote.csv" << QByteArray("name,notes\nGitHub,\"never closed\n")
                               << "Line 2, column 8: ";
    QTest::newRow("json syntax") << "broken.json" << QByteArray("{\n  \"people\": [\n    {\"name\": \"A\",}\n  ]\n}\n")
                                 << "Line 3, column ";
    QTest::newRow("json value") << "value.json"
                                << QByteArray(
                                       "{\n  \"connectors\": [\n    {\"name\": \"HubSpot\", \"tier\": 7}\n  ],\n  "
                                       "\"schema_version\": 1\n}\n")
                                << "Line 3, column 33: record connectors[0] “HubSpot”, field tier: ";
}

void TestImportDialog::errorsNameTheLineAndColumn()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, issue);
    const QByteArray before = jsonexport::inventoryJson(*m_store);
    const QByteArray file = test::fileBytes(m_path);
    const auto dialog = checkedDialog(writeInput(name, bytes));
    QVERIFY(!dialog->report().ok());
    const QStringList issues = issueTexts(child<QListWidget>(*dialog, QStringLiteral("issuesListWidget")));
    QVERIFY(!issues.isEmpty());
    QVERIFY2(issues.front().startsWith(issue), qPrintable(issues.join(QLatin1Char('\n'))));
    QVERIFY2(dialog->problem().contains(QStringLiteral("line and column")), qPrintable(dialog->problem()));
    if (name == QLatin1String("tiers.csv")) {
        // The cell at fault is marked in the preview, the error as its tooltip.
        const QModelIndex tier = child<QTableView>(*dialog, QStringLiteral("previewTableView"))->model()->index(1, 1);
        QCOMPARE(tier.data().toString(), QStringLiteral("7"));
        QVERIFY(tier.data(Qt::BackgroundRole).isValid());
        QCOMPARE(tier.data(Qt::ToolTipRole).toString(), issues.front());
    }
    QVERIFY(!child<QAbstractButton>(*dialog, QStringLiteral("importPushButton"))->isEnabled());
    QVERIFY(!dialog->canImport());
    dialog->accept(); // refused: nothing can be imported
    QVERIFY(!dialog->isBusy());
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    QCOMPARE(test::fileBytes(m_path), file);
    QCOMPARE(m_stack->count(), 0);
}

void TestImportDialog::cancelLeavesTheInventoryUnchanged()
{
    const QByteArray before = jsonexport::inventoryJson(*m_store);
    const qint64 head = m_store->auditHead();
    const auto dialog = checkedDialog(writeInput(QStringLiteral("connectors.csv"), ConnectorsCsv));
    QSignalSpy imported(dialog.get(), &ImportDialog::imported);
    child<QAbstractButton>(*dialog, QStringLiteral("importPushButton"))->click();
    QVERIFY(dialog->isBusy());
    auto* progress = dialog->job()->progressDialog();
    QVERIFY(progress);
    progress->findChild<QAbstractButton*>(QStringLiteral("cancelProgressPushButton"))->click();
    QCOMPARE(progress->labelText(), QStringLiteral("Cancelling…")); // until the importer returns
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCOMPARE(imported.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLabel>(*dialog, QStringLiteral("importStatusLabel"))->text(),
             QStringLiteral("The import was cancelled; the inventory is as it was."));
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    QCOMPARE(m_store->auditHead(), head);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(dialog->canImport()); // it can still be imported

    // Cancel on the dialog while it imports: cancelled, then closed.
    dialog->accept();
    QVERIFY(dialog->isBusy());
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(jsonexport::inventoryJson(*m_store), before);
    QCOMPARE(m_store->verify(), QStringList());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
