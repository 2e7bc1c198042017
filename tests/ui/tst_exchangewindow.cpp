// Export and import from the main window: the File menu's actions, a file dropped on the window,
// the status bar's account of what happened, and the pages and findings after an import.
#include "editor/mainwindow.h"
#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "export/jsonexport.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

using namespace steward;

class TestExchangeWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fileMenuExportsAndImports();
    void droppedCsvStartsTheImport();
    void droppedInventoryOpens();
    void otherDropsAreRefused();
    void readOnlyFileExportsButDoesNotImport();

private:
    // Drops `paths` on the window as a file manager would.
    static void drop(ui::MainWindow& window, const QStringList& paths);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_csv;
    QString m_lastMessage;
};

void TestExchangeWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exchangewindow"));
    QSettings().clear();
}

void TestExchangeWindow::init()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("fernhill.steward"));
    auto store = Store::create(m_path);
    templates::fillSeed(*store);
    Connector connector;
    connector.name = QStringLiteral("GitHub");
    store->addConnector(connector);
    m_csv = m_dir->filePath(QStringLiteral("connectors.csv"));
    test::writeBytes(m_csv, "name,system,access,tier\r\nSlack,Slack,read-only,1\r\nLinear,Linear,read-only,1\r\n");
}

void TestExchangeWindow::drop(ui::MainWindow& window, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPointF at(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &dropped);
    QVERIFY(dropped.isAccepted());
}

void TestExchangeWindow::fileMenuExportsAndImports()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportAction"));
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(exportAction && importAction);
    QVERIFY(exportAction->isEnabled() && importAction->isEnabled());

    exportAction->trigger();
    auto* exportDialog = window.findChild<ui::ExportDialog*>();
    QVERIFY(exportDialog && exportDialog->isVisible());
    const QString json = m_dir->filePath(QStringLiteral("fernhill.json"));
    QCOMPARE(exportDialog->destination(), QDir::toNativeSeparators(json));
    QPointer<ui::ExportDialog> watch(exportDialog);
    exportDialog->findChild<QAbstractButton*>(QStringLiteral("exportPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!watch, 30000); // closed and gone
    QCOMPARE(test::fileBytes(json), jsonexport::inventoryJson(*window.store()));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Exported the inventory as JSON to %1.").arg(QDir::toNativeSeparators(json)));

    window.closeFile();
    QVERIFY(!exportAction->isEnabled() && !importAction->isEnabled());
}

void TestExchangeWindow::droppedCsvStartsTheImport()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QVERIFY(test::showPage(&window, QStringLiteral("Connectors")));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (1)"));
    const QByteArray before = jsonexport::inventoryJson(*window.store());

    drop(window, {m_csv});
    QPointer<ui::ImportDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<ui::ImportDialog*>()));
    QCOMPARE(dialog->inputPath(), m_csv);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isChecked() && !dialog->isBusy(), 30000);
    QCOMPARE(dialog->report().counts(QStringLiteral("connectors")), (imports::ImportCounts{2, 0, 0}));
    dialog->findChild<QAbstractButton*>(QStringLiteral("importPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);

    // The pages read the file again, the status bar says what happened, the findings re-check.
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Imported connectors.csv: added 2, updated 0, unchanged 0; warnings: 0."));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (3)"));
    auto* table = window.findChild<QAbstractItemView*>(QStringLiteral("connectorsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Import connectors.csv"));

    window.findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(jsonexport::inventoryJson(*window.store()), before);
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (1)"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(window.store()->verify(), QStringList());
}

void TestExchangeWindow::droppedInventoryOpens()
{
    const QString other = m_dir->filePath(QStringLiteral("other.steward"));
    Store::create(other);
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    drop(window, {other});
    QTRY_COMPARE(window.store()->path(), other);
    QVERIFY(!window.findChild<ui::ImportDialog*>());
}

void TestExchangeWindow::otherDropsAreRefused()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    test::writeBytes(text, "hello");
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    drop(window, {text});
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("notes.txt is not a file Steward imports: drop a CSV or JSON file, or a .steward "
                            "inventory to open it."));
    drop(window, {m_csv, text});
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Drop one file at a time")),
             qPrintable(window.statusBar()->currentMessage()));
    QTest::qWait(20);
    QVERIFY(!window.findChild<ui::ImportDialog*>());
    QCOMPARE(window.store()->path(), m_path);

    // Without an inventory open there is nothing to import into.
    window.closeFile();
    drop(window, {m_csv});
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Open an inventory first")));
    QVERIFY(!window.findChild<ui::ImportDialog*>());
}

void TestExchangeWindow::readOnlyFileExportsButDoesNotImport()
{
    auto holder = Store::open(m_path); // another editor holds the file
    ui::MainWindow window;
    window.show();
    test::answerNextMessageBox(this, QMessageBox::Open, &m_lastMessage);
    QVERIFY(window.openFile(m_path));
    QVERIFY(window.store()->isReadOnly());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("exportAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    drop(window, {m_csv});
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    QVERIFY(!window.findChild<ui::ImportDialog*>());
}

QTEST_MAIN(TestExchangeWindow)
#include "tst_exchangewindow.moc"
