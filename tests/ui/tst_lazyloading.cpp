// What keeps a large inventory fast: the window reads only the page in view when it opens (the
// navigation still counts every page), a page reads its rows when first shown, the table in view
// loads its remaining rows in the background without waiting for a keystroke, and a table whose
// rows are all loaded re-reads them in one read after an edit.
#include "connectors/connectorspage.h"
#include "connectors/connectortablemodel.h"
#include "editor/mainwindow.h"
#include "pages/inventorypage.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace steward;

namespace {

constexpr int rows = 1200; // more than two pages of PagedTableModelBase::PageSize

// A connectors model that counts its reads of the store.
class CountingConnectorModel : public ui::ConnectorTableModel
{
public:
    mutable int reads = 0;

private:
    std::vector<Connector> fetchPage(Id afterId, int limit) const override
    {
        ++reads;
        return m_store->connectorPage(afterId, limit);
    }
};

int loadedRows(const ui::InventoryPage* page)
{
    return page->proxy()->sourceModel()->rowCount();
}

} // namespace

class TestLazyLoading : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyThePageInViewReadsAtOpen();
    void backgroundLoadingReadsEveryRowWithoutTyping();
    void typingBeforeTheBackgroundLoadingFindsEveryRow();
    void editAfterFullLoadKeepsEveryRow();
    void reloadOfAFullyLoadedModelReadsOnce();

private:
    // Opens the inventory in a window that shows the page titled `page` as it opens the file.
    std::unique_ptr<ui::MainWindow> openWindow(const QString& page);
    ui::InventoryPage* connectorsPage(const ui::MainWindow& window) const;
};

void TestLazyLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lazyloading"));
    QSettings().clear();
}

void TestLazyLoading::init()
{
    createStore();
    m_store->transaction([&] {
        for (int i = 0; i < rows; ++i) {
            Connector c;
            c.name = QStringLiteral("Connector %1").arg(i);
            c.system = i == 1150 ? QStringLiteral("Zulu") : QStringLiteral("Middle");
            m_store->addConnector(c);
        }
        Workspace w;
        w.name = QStringLiteral("Finance close");
        m_store->addWorkspace(w);
    });
    m_store.reset(); // the window opens the file itself
}

void TestLazyLoading::cleanup()
{
    destroyStore();
}

std::unique_ptr<ui::MainWindow> TestLazyLoading::openWindow(const QString& page)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->show();
    if (!test::showPage(window.get(), page)) // with no file open yet: nothing reads
        qWarning("no page %s", qPrintable(page));
    if (!window->openFile(m_path))
        qWarning("cannot open %s", qPrintable(m_path));
    return window;
}

ui::InventoryPage* TestLazyLoading::connectorsPage(const ui::MainWindow& window) const
{
    return test::findChild<ui::InventoryPage>(&window, QStringLiteral("connectorsPage"));
}

void TestLazyLoading::onlyThePageInViewReadsAtOpen()
{
    auto window = openWindow(QStringLiteral("Policy"));
    ui::InventoryPage* connectors = connectorsPage(*window);
    QVERIFY(connectors);
    QCOMPARE(loadedRows(connectors), 0); // not shown yet: nothing read
    auto* navigation = test::findChild<QListWidget>(window.get(), QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    // The navigation counts every page all the same, through the store.
    QCOMPARE(test::pageText(navigation, QStringLiteral("Workspaces")), QStringLiteral("Workspaces (1)"));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (%1)").arg(rows));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Skills")), QStringLiteral("Skills (0)"));

    QVERIFY(test::showPage(window.get(), QStringLiteral("Connectors")));
    QVERIFY(loadedRows(connectors) >= ui::PagedTableModelBase::PageSize); // read on the way in
    QVERIFY(connectors->selectedId() != 0);                               // and on its first row, as always
    QVERIFY(window->findChild<QAction*>(QStringLiteral("addAction"))->isEnabled());
}

void TestLazyLoading::backgroundLoadingReadsEveryRowWithoutTyping()
{
    auto window = openWindow(QStringLiteral("Connectors"));
    ui::InventoryPage* connectors = connectorsPage(*window);
    QVERIFY(connectors);
    QVERIFY(!connectors->allRowsLoaded());
    QTRY_VERIFY(connectors->allRowsLoaded());
    QCOMPARE(loadedRows(connectors), rows);
    QCOMPARE(connectors->proxy()->rowCount(), rows); // nothing typed: nothing filtered
    QVERIFY(connectors->proxy()->filterText().isEmpty());
}

void TestLazyLoading::typingBeforeTheBackgroundLoadingFindsEveryRow()
{
    auto window = openWindow(QStringLiteral("Connectors"));
    ui::InventoryPage* connectors = connectorsPage(*window);
    QVERIFY(connectors && !connectors->allRowsLoaded());
    auto* filter = test::findChild<QLineEdit>(connectors, QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("zulu"));
    QVERIFY(connectors->allRowsLoaded());
    QCOMPARE(connectors->proxy()->rowCount(), 1);
    QCOMPARE(connectors->proxy()->index(0, ui::ConnectorTableModel::Name).data().toString(),
             QStringLiteral("Connector 1150"));
}

void TestLazyLoading::editAfterFullLoadKeepsEveryRow()
{
    auto window = openWindow(QStringLiteral("Connectors"));
    ui::InventoryPage* connectors = connectorsPage(*window);
    QVERIFY(connectors);
    QTRY_VERIFY(connectors->allRowsLoaded());
    auto* add = window->findChild<QAction*>(QStringLiteral("addAction"));
    auto* undo = window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(add && add->isEnabled() && undo);

    add->trigger();
    QCOMPARE(loadedRows(connectors), rows + 1);
    QVERIFY(connectors->allRowsLoaded());
    undo->trigger();
    QCOMPARE(loadedRows(connectors), rows);
    QVERIFY(connectors->allRowsLoaded());
}

void TestLazyLoading::reloadOfAFullyLoadedModelReadsOnce()
{
    auto store = Store::open(m_path);
    CountingConnectorModel model;
    model.setStore(store.get());
    model.fetchAll();
    QCOMPARE(model.rowCount(), rows);
    model.reads = 0;
    Connector c;
    c.name = QStringLiteral("Added after the load");
    store->addConnector(c);

    model.reload();
    QCOMPARE(model.reads, 1); // not one read per page of 500
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(!model.canFetchMore({}));

    // A model that had loaded only some pages re-reads as many rows, also in one read.
    model.setStore(store.get());
    model.fetchMore({});
    model.reads = 0;
    model.reload();
    QCOMPARE(model.reads, 1);
    QCOMPARE(model.rowCount(), 2 * ui::PagedTableModelBase::PageSize);
    QVERIFY(model.canFetchMore({}));
}

QTEST_MAIN(TestLazyLoading)
#include "tst_lazyloading.moc"
