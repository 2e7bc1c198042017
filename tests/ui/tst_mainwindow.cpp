// The first window: it lists the four governance objects of the file it opened, and a file it
// cannot open leaves the current one in place with a message that says why.
#include "editor/mainwindow.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace steward;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsTheFourObjectsWithCounts();
    void badFileKeepsCurrentFileAndExplains();
    void lockedFileOpensReadOnlyWhenAccepted();
    void applicationIconIsEmbedded();
    void failedFirstOpenShowsTheEmptyState();
    void closeShowsTheEmptyStateAndReleasesTheFile();
    void editMenuAddsAndUndoesOnTheCurrentPage();
    void editsOfDifferentKindsNeverMerge();
    void splittersAndColumnsAreRemembered();
    void openingAFileRemindsOfDueReviews();

private:
    // Closes the next message box that appears, remembering its text.
    void answerNextMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_lastMessage;
};

void TestMainWindow::initTestCase()
{
    // Window geometry and recent files go to a throwaway settings location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("inventory.steward"));
    auto store = Store::create(m_path);
    templates::fillSeed(*store);
    Connector connector;
    connector.name = QStringLiteral("GitHub");
    connector.scopes.push_back({0, QStringLiteral("read:org"), ScopeMode::Read, QStringLiteral("Team lookup")});
    store->addConnector(connector);
    Workspace workspace;
    workspace.name = QStringLiteral("Finance close");
    store->addWorkspace(workspace);
    m_lastMessage.clear();
}

void TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button)
{
    test::answerNextMessageBox(this, button, &m_lastMessage);
}

void TestMainWindow::listsTheFourObjectsWithCounts()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 4);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Dashboard")); // the home page comes first
    QCOMPARE(test::pageText(navigation, QStringLiteral("Policy")), QStringLiteral("Policy"));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Workspaces")), QStringLiteral("Workspaces (1)"));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (1)"));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Skills")), QStringLiteral("Skills (0)"));
    auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("1 workspaces · 1 connectors · 0 skills · 0 people"));

    auto* connectors = window.findChild<QTableView*>(QStringLiteral("connectorsTableView"));
    QVERIFY(connectors);
    // Pages load when first shown (or in the background), so show the Connectors page first.
    QVERIFY(test::showPage(&window, QStringLiteral("Connectors")));
    QTRY_COMPARE(connectors->model()->rowCount(), 1);
    QCOMPARE(connectors->model()->index(0, 0).data().toString(), QStringLiteral("GitHub"));

    QVERIFY(test::showPage(&window, QStringLiteral("Policy")));
    auto* prohibited = window.findChild<QListWidget*>(QStringLiteral("prohibitedListWidget"));
    QVERIFY(prohibited);
    QVERIFY(
        !prohibited->findItems(QStringLiteral("PII export to unapproved destinations"), Qt::MatchExactly).isEmpty());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("inventory.steward")));
    QCOMPARE(test::pageText(navigation, QStringLiteral("People")), QStringLiteral("People (0)"));
}

void TestMainWindow::badFileKeepsCurrentFileAndExplains()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    const QString empty = m_dir->filePath(QStringLiteral("empty.steward"));
    test::writeBytes(empty, QByteArray());

    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!window.openFile(empty));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("empty")), qPrintable(m_lastMessage));
    QVERIFY(window.store());
    QCOMPARE(window.store()->path(), m_path);
    QCOMPARE(test::fileBytes(empty), QByteArray());
}

void TestMainWindow::lockedFileOpensReadOnlyWhenAccepted()
{
    auto holder = Store::open(m_path); // another editor holds the file
    ui::MainWindow window;
    window.show();
    answerNextMessageBox(QMessageBox::Open);
    QVERIFY(window.openFile(m_path));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("open for editing")), qPrintable(m_lastMessage));
    QVERIFY(window.store()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
}

void TestMainWindow::applicationIconIsEmbedded()
{
    QVERIFY(!QIcon(QStringLiteral(":/icons/steward.svg")).pixmap(32, 32).isNull());
    // Every page has its own icon from the resources, whatever icon theme the desktop has.
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QSet<qint64> images;
    for (int row = 0; row < navigation->count(); ++row) {
        const QImage image = navigation->item(row)->icon().pixmap(32, 32).toImage();
        QVERIFY2(!image.isNull(), qPrintable(navigation->item(row)->text()));
        images.insert(qint64(qHash(QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes()))));
    }
    QCOMPARE(images.size(), navigation->count());
}

void TestMainWindow::failedFirstOpenShowsTheEmptyState()
{
    ui::MainWindow window;
    window.show();
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!window.openFile(m_dir->filePath(QStringLiteral("missing.steward"))));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("does not exist")), qPrintable(m_lastMessage));
    auto* emptyState = window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
    QVERIFY(emptyState);
    QVERIFY(emptyState->isVisible());
    QVERIFY(!window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->isVisible());

    QVERIFY(window.openFile(m_path));
    QVERIFY(!emptyState->isVisible());
}

void TestMainWindow::closeShowsTheEmptyStateAndReleasesTheFile()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* close = window.findChild<QAction*>(QStringLiteral("closeAction"));
    QVERIFY(close && close->isEnabled());
    close->trigger();
    QVERIFY(!window.store());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"))->isVisible());
    QVERIFY(!close->isEnabled());
    // The lock went with the file: another editor may open it for writing now.
    QVERIFY(!Store::open(m_path)->isReadOnly());
}

void TestMainWindow::editMenuAddsAndUndoesOnTheCurrentPage()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    auto* add = window.findChild<QAction*>(QStringLiteral("addAction"));
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(add && undo && redo);

    QVERIFY(test::showPage(&window, QStringLiteral("Policy"))); // its Details tab offers no Add
    QVERIFY(!add->isEnabled());
    QVERIFY(test::showPage(&window, QStringLiteral("Connectors")));
    QTRY_VERIFY(add->isEnabled());
    add->trigger();
    QCOMPARE(window.store()->connectors().size(), std::size_t(2));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (2)"));

    QVERIFY(test::showPage(&window, QStringLiteral("People"))); // undo works from any page: the stack is the window's
    undo->trigger();
    QCOMPARE(window.store()->connectors().size(), std::size_t(1));
    QCOMPARE(test::pageText(navigation, QStringLiteral("Connectors")), QStringLiteral("Connectors (1)"));
    redo->trigger();
    QCOMPARE(window.store()->connectors().size(), std::size_t(2));
    QCOMPARE(window.store()->verify(), QStringList());
}

void TestMainWindow::editsOfDifferentKindsNeverMerge()
{
    // The connector and the workspace both have id 1, and both edits are to their name (field 0):
    // equal merge keys, which must not merge across kinds of rows.
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    const Id connectorId = window.store()->connectors().front().id;
    const Id workspaceId = window.store()->workspaces().front().id;
    QCOMPARE(connectorId, workspaceId);
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));

    QVERIFY(test::showPage(&window, QStringLiteral("Connectors")));
    auto* connectorForm = window.findChild<QWidget*>(QStringLiteral("connectorFormScrollArea"));
    test::commitText(connectorForm->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")),
                     QStringLiteral("GitHub Enterprise"));
    QVERIFY(test::showPage(&window, QStringLiteral("Workspaces")));
    auto* workspaceForm = window.findChild<QWidget*>(QStringLiteral("workspaceFormScrollArea"));
    test::commitText(workspaceForm->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")),
                     QStringLiteral("Finance close (EMEA)"));
    QCOMPARE(window.store()->workspace(workspaceId)->name, QStringLiteral("Finance close (EMEA)"));

    undo->trigger();
    QCOMPARE(window.store()->workspace(workspaceId)->name, QStringLiteral("Finance close"));
    QCOMPARE(window.store()->connector(connectorId)->name, QStringLiteral("GitHub Enterprise"));
    undo->trigger();
    QCOMPARE(window.store()->connector(connectorId)->name, QStringLiteral("GitHub"));
}

void TestMainWindow::splittersAndColumnsAreRemembered()
{
    // One session: opens the file, shows `page`, does `act`, closes and releases the file.
    const auto session = [this](const QString& page, const std::function<void(ui::MainWindow&)>& act) {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_path));
        QVERIFY(test::showPage(&window, page));
        act(window);
        window.close();
    };
    const auto splitterOf = [](ui::MainWindow& w) {
        return w.findChild<QSplitter*>(QStringLiteral("connectorsSplitter"));
    };
    const auto headerOf = [](ui::MainWindow& w) {
        return w.findChild<QTableView*>(QStringLiteral("connectorsTableView"))->horizontalHeader();
    };
    QList<int> sizes;
    int nameWidth = 0;
    session(QStringLiteral("Connectors"), [&](ui::MainWindow& w) {
        QVERIFY(splitterOf(w)->isVisible());
        splitterOf(w)->setSizes({300, 900});
        sizes = splitterOf(w)->sizes();
        nameWidth = headerOf(w)->sectionSize(0) + 57;
        headerOf(w)->resizeSection(0, nameWidth);
        headerOf(w)->moveSection(1, 2);
    });
    session(QStringLiteral("Connectors"), [&](ui::MainWindow& w) {
        QCOMPARE(splitterOf(w)->sizes(), sizes);
        QCOMPARE(headerOf(w)->sectionSize(0), nameWidth);
        QCOMPARE(headerOf(w)->visualIndex(1), 2);
    });
    // A page not shown in a session keeps what it had: its unlaid-out sizes are not saved.
    QSettings().remove(QStringLiteral("window/page"));
    session(QStringLiteral("Policy"), [&](ui::MainWindow& w) { QVERIFY(!splitterOf(w)->isVisible()); });
    session(QStringLiteral("Connectors"), [&](ui::MainWindow& w) { QCOMPARE(splitterOf(w)->sizes(), sizes); });
    QSettings().remove(QStringLiteral("pages"));
}

void TestMainWindow::openingAFileRemindsOfDueReviews()
{
    // The seed file: four governance objects, a workspace and a connector never reviewed (due now).
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* banner = window.findChild<QWidget*>(QStringLiteral("reminderBanner"));
    auto* text = window.findChild<QLabel*>(QStringLiteral("reminderLabel"));
    QVERIFY(banner && text);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(text->text().startsWith(QStringLiteral("Due within 14 days or never reviewed (6): ")),
             qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("Connector inventory, 3 more.")), qPrintable(text->text()));
    QVERIFY2(!text->text().contains(QStringLiteral("Overdue")), qPrintable(text->text()));
    // The Reviews page counts what wants attention before it is ever shown.
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QTRY_COMPARE(test::pageText(navigation, QStringLiteral("Reviews")), QStringLiteral("Reviews (6)"));

    // A file with a review overdue and a pilot that never graduated says both, and names them.
    const QString late = m_dir->filePath(QStringLiteral("late.steward"));
    {
        auto store = Store::create(late);
        Workspace pilot;
        pilot.name = QStringLiteral("Legal drafting");
        pilot.status = WorkspaceStatus::Pilot;
        pilot.pilotStartedOn = QDate::currentDate().addDays(-7 * 20);
        pilot.review = {Cadence::Weekly, QDate::currentDate().addDays(-30), 0};
        store->addWorkspace(pilot);
        for (GovernanceObject object : store->governanceObjects()) {
            object.review.lastReviewedOn = QDate::currentDate();
            store->updateGovernanceObject(object);
        }
    }
    QVERIFY(window.openFile(late));
    QTRY_VERIFY(banner->isVisible() && text->text().contains(QStringLiteral("Pilots")));
    QCOMPARE(text->text(), QStringLiteral("Overdue reviews (1): Legal drafting. Pilots that never graduated (1): "
                                          "Legal drafting."));

    // Dismissed, it stays away while the file is open; the next file gets its own reminder.
    window.findChild<QAbstractButton*>(QStringLiteral("dismissRemindersToolButton"))->click();
    QVERIFY(!banner->isVisible());
    window.undoStack()->clear();
    QTest::qWait(2 * 150 + 50);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
