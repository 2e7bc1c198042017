// Help › User Guide and Help › About: the guide opens in its own window with its contents beside
// the text, and About says the version, the licence and the open file's schema version.
#include "editor/mainwindow.h"
#include "help/userguidewindow.h"
#include "store/schema.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

using namespace steward;

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userGuideOpensWithItsContents();
    void choosingASectionScrollsToIt();
    void aboutNamesVersionLicenceAndSchema();
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    QSettings().clear();
}

void TestHelp::userGuideOpensWithItsContents()
{
    ui::MainWindow window;
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action->trigger();
    auto* guide = window.findChild<ui::UserGuideWindow*>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(guide->isWindow());

    auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("guideTextBrowser"));
    QVERIFY(text);
    // Rendered from Markdown, not shown as its source.
    const QString plain = text->toPlainText();
    QVERIFY(plain.contains(QStringLiteral("There is no Save")));
    QVERIFY(!plain.contains(QStringLiteral("**")));
    QVERIFY(!plain.contains(QStringLiteral("# Getting started")));

    const QStringList sections = guide->sections();
    for (const QString& expected :
         {QStringLiteral("Getting started"), QStringLiteral("The objects"), QStringLiteral("Connectors"),
          QStringLiteral("The rules, and why"), QStringLiteral("Reviews and reminders"), QStringLiteral("The forum"),
          QStringLiteral("Exports and the command line"), QStringLiteral("Preferences")})
        QVERIFY2(sections.contains(expected), qPrintable(expected));
    auto* contents = guide->findChild<QListWidget*>(QStringLiteral("guideContentsListWidget"));
    QVERIFY(contents);
    QCOMPARE(contents->count(), sections.size());

    // Asked for again, the same window comes to the front.
    action->trigger();
    QCOMPARE(window.findChildren<ui::UserGuideWindow*>().size(), 1);
}

void TestHelp::choosingASectionScrollsToIt()
{
    ui::UserGuideWindow guide;
    guide.resize(900, 500);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    auto* text = guide.findChild<QTextBrowser*>(QStringLiteral("guideTextBrowser"));
    auto* contents = guide.findChild<QListWidget*>(QStringLiteral("guideContentsListWidget"));
    QCOMPARE(text->verticalScrollBar()->value(), 0);
    const int forum = int(guide.sections().indexOf(QStringLiteral("The forum")));
    QVERIFY(forum > 0);
    contents->setCurrentRow(forum);
    QTRY_VERIFY(text->verticalScrollBar()->value() > 0);
    // The section's heading is at the top of the view.
    const QRect cursor = text->cursorRect();
    QVERIFY2(cursor.top() >= 0 && cursor.top() < text->viewport()->height() / 4,
             qPrintable(QString::number(cursor.top())));
    QCOMPARE(text->textCursor().block().text(), QStringLiteral("The forum"));
    contents->setCurrentRow(0);
    QTRY_COMPARE(text->verticalScrollBar()->value(), 0);
}

void TestHelp::aboutNamesVersionLicenceAndSchema()
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("fernhill.steward"));
    Store::create(path);
    ui::MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString text;
    test::answerNextMessageBox(this, QMessageBox::Ok, &text);
    about->trigger();
    QVERIFY2(text.contains(QStringLiteral("Steward " STEWARD_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("fernhill.steward is at schema version %1").arg(schema::currentVersion)));

    window.closeFile();
    test::answerNextMessageBox(this, QMessageBox::Ok, &text);
    about->trigger();
    QVERIFY(text.contains(QStringLiteral("No inventory is open")));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
