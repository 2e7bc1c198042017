// The first window: it lists the four governance objects of the file it opened, and a file it
// cannot open leaves the current one in place with a message that says why.
#include "editor/mainwindow.h"
#include "store/store.h"
#include "templates/templates.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace steward;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsTheFourObjectsWithCounts();
    void badFileKeepsCurrentFileAndExplains();
    void lockedFileOpensReadOnlyWhenAccepted();
    void applicationIconIsEmbedded();
    void failedFirstOpenShowsTheEmptyState();

private:
    // Closes the next message box that appears, remembering its text.
    void answerNextMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_lastMessage;
};

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
    QTimer::singleShot(0, this, [this, button] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        m_lastMessage = box->text();
        box->button(button)->click();
    });
}

void TestMainWindow::listsTheFourObjectsWithCounts()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_path));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 4);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Acceptable-use policy"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Workspace inventory (1)"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("Connector inventory (1)"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("Skills inventory (0)"));

    auto* connectors = window.findChild<QTreeWidget*>(QStringLiteral("connectorsTreeWidget"));
    QVERIFY(connectors);
    QCOMPARE(connectors->topLevelItemCount(), 1);
    QCOMPARE(connectors->topLevelItem(0)->text(0), QStringLiteral("GitHub"));
    QCOMPARE(connectors->topLevelItem(0)->text(3), QStringLiteral("read:org"));

    auto* policy = window.findChild<QTreeWidget*>(QStringLiteral("policyTreeWidget"));
    QVERIFY(policy);
    QVERIFY(!policy->findItems(QStringLiteral("PII export to unapproved destinations"), Qt::MatchExactly, 1).isEmpty());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("inventory.steward")));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
