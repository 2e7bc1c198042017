// File › Export…: every format writes the bytes the core exporter gives (the CLI's), CSV with or
// without the byte-order mark, under a name made from the inventory's; the inventory itself is
// never replaced, and a cancelled export writes nothing.
#include "exchange/exchangejob.h"
#include "exchange/exportdialog.h"
#include "export/claudeexport.h"
#include "export/csvexport.h"
#include "export/htmlexport.h"
#include "export/icsexport.h"
#include "export/jsonexport.h"
#include "export/markdownexport.h"
#include "rules/findings.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace steward;
using ui::ExportFormat;

Q_DECLARE_METATYPE(ui::ExportFormat)
Q_DECLARE_METATYPE(std::optional<steward::InventoryObject>)

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesWhatTheCoreWrites_data();
    void writesWhatTheCoreWrites();
    void writesTheClaudeFilesAsTheCoreDoes_data();
    void writesTheClaudeFilesAsTheCoreDoes();
    void suggestsANameFromTheInventory();
    void refusesToReplaceTheInventory();
    void asksBeforeReplacingAFile();
    void cancelWritesNothing();

private:
    // Runs the dialog's export as a click on Export would, and waits for the worker.
    void exportWith(ui::ExportDialog& dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store; // the window's: open for writing while the export reads beside it
    QString m_lastMessage;
    const QDate m_today{2026, 11, 22};
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QSettings().clear();
}

void TestExportDialog::init()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("fernhill.steward"));
    m_store = Store::create(m_path);
    templates::fillSample(*m_store, m_today);
    m_lastMessage.clear();
}

void TestExportDialog::cleanup()
{
    m_store.reset();
}

void TestExportDialog::exportWith(ui::ExportDialog& dialog)
{
    dialog.findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
}

void TestExportDialog::writesWhatTheCoreWrites_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<std::optional<InventoryObject>>("object");
    QTest::addColumn<bool>("excel");
    QTest::addColumn<QString>("name");
    const std::optional<InventoryObject> all;
    QTest::newRow("json") << ExportFormat::Json << all << false << "fernhill.json";
    QTest::newRow("policy-json") << ExportFormat::PolicyJson << all << false << "fernhill-policy-config.json";
    QTest::newRow("markdown") << ExportFormat::Markdown << all << false << "fernhill.md";
    QTest::newRow("markdown connectors") << ExportFormat::Markdown << std::optional(InventoryObject::Connectors)
                                         << false << "fernhill-connectors.md";
    QTest::newRow("html") << ExportFormat::Html << all << false << "fernhill.html";
    QTest::newRow("html policy") << ExportFormat::Html << std::optional(InventoryObject::Policy) << false
                                 << "fernhill-policy.html";
    QTest::newRow("csv connectors") << ExportFormat::Csv << std::optional(InventoryObject::Connectors) << false
                                    << "fernhill-connectors.csv";
    QTest::newRow("csv connectors excel")
        << ExportFormat::Csv << std::optional(InventoryObject::Connectors) << true << "fernhill-connectors.csv";
    QTest::newRow("csv raci") << ExportFormat::Csv << std::optional(InventoryObject::Raci) << false
                              << "fernhill-raci.csv";
    QTest::newRow("csv audit") << ExportFormat::Csv << std::optional(InventoryObject::Audit) << false
                               << "fernhill-audit.csv";
    QTest::newRow("ics") << ExportFormat::Ics << all << false << "fernhill-reviews.ics";
}

void TestExportDialog::writesWhatTheCoreWrites()
{
    QFETCH(ExportFormat, format);
    QFETCH(std::optional<InventoryObject>, object);
    QFETCH(bool, excel);
    QFETCH(QString, name);

    ui::ExportDialog dialog(m_path);
    dialog.show();
    dialog.setToday(m_today);
    dialog.setFormat(format);
    dialog.setObject(object);
    dialog.setExcel(excel);
    // The suggested file, beside the inventory.
    QCOMPARE(QDir::fromNativeSeparators(dialog.destination()), m_dir->filePath(name));
    auto* excelBox = dialog.findChild<QCheckBox*>(QStringLiteral("excelCheckBox"));
    QCOMPARE(excelBox->isEnabled(), format == ExportFormat::Csv);
    exportWith(dialog);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // What the core gives through the window's store, as the command line writes it.
    const exports::DocumentOptions document{QStringLiteral("fernhill")};
    QByteArray expected;
    switch (format) {
    case ExportFormat::Json:
        expected = jsonexport::inventoryJson(*m_store);
        break;
    case ExportFormat::PolicyJson:
        expected = jsonexport::policyConfigJson(*m_store);
        break;
    case ExportFormat::Markdown:
        expected = exports::markdownExport(*m_store, object, document);
        break;
    case ExportFormat::Html:
        expected = exports::htmlExport(*m_store, object, document);
        break;
    case ExportFormat::Csv:
        expected = exports::csvExport(*m_store, *object, {excel});
        break;
    case ExportFormat::Ics:
        expected = ics::reviewCalendar(rules::readLintInput(*m_store),
                                       {QStringLiteral("fernhill.steward"), m_store->inventoryId(), m_today});
        break;
    case ExportFormat::ClaudeManagedSettings:
    case ExportFormat::ClaudeManagedMcp:
        QFAIL("the Claude files have a test of their own");
    }
    QVERIFY(!expected.isEmpty());
    const QByteArray written = test::fileBytes(m_dir->filePath(name));
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
    if (format == ExportFormat::Csv)
        QCOMPARE(written.startsWith("\xEF\xBB\xBF"), excel);
}

void TestExportDialog::writesTheClaudeFilesAsTheCoreDoes_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("managedOnly");
    QTest::addColumn<QString>("name");
    QTest::newRow("managed settings") << ExportFormat::ClaudeManagedSettings << false << "managed-settings.json";
    QTest::newRow("managed settings, managed only")
        << ExportFormat::ClaudeManagedSettings << true << "managed-settings.json";
    QTest::newRow("managed mcp") << ExportFormat::ClaudeManagedMcp << false << "managed-mcp.json";
}

void TestExportDialog::writesTheClaudeFilesAsTheCoreDoes()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, managedOnly);
    QFETCH(QString, name);

    ui::ExportDialog dialog(m_path);
    dialog.show();
    dialog.setFormat(format);
    auto* managedOnlyBox = dialog.findChild<QCheckBox*>(QStringLiteral("managedOnlyCheckBox"));
    QVERIFY(managedOnlyBox);
    QCOMPARE(managedOnlyBox->isEnabled(), format == ExportFormat::ClaudeManagedSettings);
    dialog.setManagedOnly(managedOnly);
    // Named as Claude Code reads it, beside the inventory.
    QCOMPARE(QDir::fromNativeSeparators(dialog.destination()), m_dir->filePath(name));
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    exportWith(dialog);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(exported.count(), 1);

    // The bytes the command line writes (exportcommand.cpp calls the same functions).
    const exports::ClaudeExport expected = format == ExportFormat::ClaudeManagedSettings
                                               ? exports::claudeManagedSettings(m_store->connectors(), {managedOnly})
                                               : exports::claudeManagedMcp(m_store->connectors());
    const QByteArray written = test::fileBytes(m_dir->filePath(name));
    QVERIFY(!written.isEmpty());
    QVERIFY(written == expected.bytes);
    QCOMPARE(written.contains("\"allowManagedMcpServersOnly\": true"), managedOnly);

    // The dialog stays open with the report: every note, and where the file goes.
    QVERIFY(dialog.isVisible());
    const QString report = dialog.report();
    QVERIFY(!expected.notes.isEmpty()); // the sample has placeholders and connectors left out
    for (const QString& note : expected.notes)
        QVERIFY2(report.contains(note), qPrintable(report + QStringLiteral("\n---\n") + note));
    QVERIFY2(report.contains(QStringLiteral("/etc/claude-code/")), qPrintable(report));
    if (format == ExportFormat::ClaudeManagedMcp)
        QVERIFY2(report.contains(QStringLiteral("GITHUB_CREDENTIALS")), qPrintable(report));
    auto* close = dialog.findChild<QAbstractButton*>(QStringLiteral("cancelPushButton"));
    QCOMPARE(close->text(), QStringLiteral("&Close"));
    close->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestExportDialog::suggestsANameFromTheInventory()
{
    ui::ExportDialog dialog(m_path);
    const auto name = [&] {
        return QFileInfo(dialog.destination()).fileName();
    };
    QCOMPARE(name(), QStringLiteral("fernhill.json"));
    dialog.setFormat(ExportFormat::Csv);
    QCOMPARE(name(), QStringLiteral("fernhill-connectors.csv")); // CSV holds one object: connectors first
    auto* object = dialog.findChild<QComboBox*>(QStringLiteral("objectComboBox"));
    QVERIFY(object->isEnabled());
    test::chooseData(object, int(InventoryObject::People));
    QCOMPARE(name(), QStringLiteral("fernhill-people.csv"));
    dialog.setFormat(ExportFormat::Markdown); // the object stays chosen
    QCOMPARE(name(), QStringLiteral("fernhill-people.md"));
    dialog.setObject(std::nullopt);
    QCOMPARE(name(), QStringLiteral("fernhill.md"));
    dialog.setFormat(ExportFormat::Ics);
    QCOMPARE(name(), QStringLiteral("fernhill-reviews.ics"));
    QVERIFY(!object->isEnabled()); // the calendar holds every review
    // The audit trail is CSV only.
    dialog.setFormat(ExportFormat::Html);
    QCOMPARE(object->findData(int(InventoryObject::Audit)), -1);

    // A file chosen by hand stays as chosen when the format changes.
    auto* destination = dialog.findChild<QLineEdit*>(QStringLiteral("destinationLineEdit"));
    destination->selectAll();
    QTest::keyClicks(destination, m_dir->filePath(QStringLiteral("minutes.html")));
    dialog.setFormat(ExportFormat::Json);
    QCOMPARE(name(), QStringLiteral("minutes.html"));
}

void TestExportDialog::refusesToReplaceTheInventory()
{
    const QByteArray before = test::fileBytes(m_path);
    ui::ExportDialog dialog(m_path);
    dialog.show();
    dialog.setDestination(m_path);
    dialog.findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.problem().contains(QStringLiteral("the inventory itself")), qPrintable(dialog.problem()));
    QVERIFY(dialog.isVisible());
    // Also by another name for the same file.
    dialog.setDestination(m_dir->filePath(QStringLiteral("./sub/../fernhill.steward")));
    QDir(m_dir->path()).mkdir(QStringLiteral("sub"));
    dialog.findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QVERIFY2(dialog.problem().contains(QStringLiteral("the inventory itself")), qPrintable(dialog.problem()));
    QCOMPARE(test::fileBytes(m_path), before);
    QCOMPARE(m_store->verify(), QStringList());
}

void TestExportDialog::asksBeforeReplacingAFile()
{
    const QString target = m_dir->filePath(QStringLiteral("old.json"));
    test::writeBytes(target, "old");
    ui::ExportDialog dialog(m_path);
    dialog.show();
    dialog.setDestination(target);
    test::answerNextMessageBox(this, QMessageBox::No, &m_lastMessage);
    dialog.findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QVERIFY2(m_lastMessage.contains(QStringLiteral("exists already")), qPrintable(m_lastMessage));
    QVERIFY(!dialog.isBusy());
    QCOMPARE(test::fileBytes(target), QByteArray("old"));

    test::answerNextMessageBox(this, QMessageBox::Yes, &m_lastMessage);
    exportWith(dialog);
    QCOMPARE(test::fileBytes(target), jsonexport::inventoryJson(*m_store));
}

void TestExportDialog::cancelWritesNothing()
{
    const QString target = m_dir->filePath(QStringLiteral("cancelled.json"));
    ui::ExportDialog dialog(m_path);
    dialog.show();
    dialog.setDestination(target);
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    dialog.findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QVERIFY(dialog.isBusy());
    // Cancel in the progress dialog: it says so until the worker has returned.
    auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("exchangeProgressDialog"));
    QVERIFY(progress);
    progress->findChild<QAbstractButton*>(QStringLiteral("cancelProgressPushButton"))->click();
    QCOMPARE(progress->labelText(), QStringLiteral("Cancelling…"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QVERIFY2(dialog.problem().contains(QStringLiteral("cancelled")), qPrintable(dialog.problem()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cancelled*")}), QStringList()); // no temporary file
    QCOMPARE(exported.count(), 0);
    QVERIFY(dialog.isVisible()); // to export again, or close

    // Cancel (Escape) on the dialog itself while it runs: cancelled, then closed.
    dialog.findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QVERIFY(dialog.isBusy());
    dialog.reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
