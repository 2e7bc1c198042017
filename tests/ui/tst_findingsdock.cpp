// The findings panel in the main window: a seeded breach of the rules shows up, the filters narrow
// the table, activating a finding shows its object, fixing the breach through an edit removes the
// finding after the re-check, and the status bar counts what core lint counts.
#include "connectors/connectorspage.h"
#include "editor/mainwindow.h"
#include "findings/findingsdock.h"
#include "findings/findingsmodel.h"
#include "findings/lintrunner.h"
#include "rules/findings.h"
#include "templates/templates.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace steward;
using ui::FindingsModel;

class TestFindingsDock : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findingAppearsForASeededViolation();
    void filtersBySeverityKindAndText();
    void activatingAFindingShowsItsObject();
    void fixingTheViolationRemovesTheFinding();
    void statusBarCountsAndOpensThePanel();
    void panelStateIsRemembered();

private:
    void openWindow();
    // Waits for the current check to end; false if it does not within the QTRY timeout.
    bool waitForFindings();
    // The table row (through the filters) of the finding of `ruleId` about `subject`; -1 if none.
    int rowOf(const QString& ruleId, const QString& subject) const;
    QString currentPage() const;
    rules::LintResult coreLint() const;

    std::unique_ptr<ui::MainWindow> m_window;
    ui::FindingsDock* m_dock = nullptr;
    QTableView* m_table = nullptr;
    Id m_adaId = 0;
    Id m_zendeskId = 0;
};

void TestFindingsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StewardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_findingsdock"));
    QSettings().clear();
}

void TestFindingsDock::init()
{
    createStore();
    templates::fillSeed(*m_store);
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    m_adaId = m_store->addPerson(ada);
    Connector github;
    github.name = QStringLiteral("GitHub");
    github.ownerId = m_adaId;
    m_store->addConnector(github);
    // Named to sort after GitHub: a page that selects its first row does not select it by chance.
    Connector zendesk;
    zendesk.name = QStringLiteral("Zendesk");
    m_zendeskId = m_store->addConnector(zendesk); // no owner: connector.owner, an error
    Skill skill;
    skill.name = QStringLiteral("Summarise invoices");
    skill.ownerId = m_adaId;
    m_store->addSkill(skill); // no SKILL.md, no description: warnings
    m_store.reset();          // the window opens the file itself
    QSettings().clear();
}

void TestFindingsDock::cleanup()
{
    m_window.reset();
    destroyStore();
}

void TestFindingsDock::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
    m_dock = test::findChild<ui::FindingsDock>(m_window.get(), QStringLiteral("findingsDockWidget"));
    QVERIFY(m_dock);
    m_table = test::findChild<QTableView>(m_dock, QStringLiteral("findingsTableView"));
    QVERIFY(m_table);
    QVERIFY(waitForFindings());
}

bool TestFindingsDock::waitForFindings()
{
    return QTest::qWaitFor([this] { return !m_dock->runner()->isBusy() && m_dock->runner()->hasResult(); }, 10000);
}

int TestFindingsDock::rowOf(const QString& ruleId, const QString& subject) const
{
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, FindingsModel::RuleColumn).data().toString() == ruleId &&
            model->index(row, FindingsModel::ObjectColumn).data().toString().endsWith(subject))
            return row;
    }
    return -1;
}

QString TestFindingsDock::currentPage() const
{
    auto* stack = test::findChild<QStackedWidget>(m_window.get(), QStringLiteral("pagesStackedWidget"));
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

rules::LintResult TestFindingsDock::coreLint() const
{
    const auto store = Store::open(m_path, Store::Mode::ReadOnly);
    return rules::lint(rules::readLintInput(*store));
}

void TestFindingsDock::findingAppearsForASeededViolation()
{
    openWindow();
    QVERIFY(m_dock->isVisible());
    const int row = rowOf(QStringLiteral("connector.owner"), QStringLiteral("Zendesk"));
    QVERIFY(row >= 0);
    const QAbstractItemModel* model = m_table->model();
    QCOMPARE(model->index(row, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    // Severity is told by an icon and a word, not by colour alone.
    QVERIFY(!model->index(row, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model->index(row, FindingsModel::ObjectColumn).data().toString(), QStringLiteral("Connector · Zendesk"));
    QCOMPARE(model->index(row, FindingsModel::MessageColumn).data().toString(), QStringLiteral("No owner."));
    QVERIFY(!model->index(row, FindingsModel::FixColumn).data().toString().isEmpty());
    QCOMPARE(rowOf(QStringLiteral("connector.owner"), QStringLiteral("GitHub")), -1); // it has an owner
    QCOMPARE(model->rowCount(), int(coreLint().findings.size()));
    // Errors first: the table sorts by severity as it opens.
    QCOMPARE(model->index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
}

void TestFindingsDock::filtersBySeverityKindAndText()
{
    openWindow();
    const QAbstractItemModel* model = m_table->model();
    const int all = model->rowCount();
    const rules::LintResult core = coreLint();
    const int errors = core.count(FindingSeverity::Error);
    QVERIFY(errors > 0);

    auto* errorsButton = test::findChild<QToolButton>(m_dock, QStringLiteral("errorsToolButton"));
    QVERIFY(errorsButton && errorsButton->isChecked());
    QCOMPARE(errorsButton->text(), QStringLiteral("Errors (%1)").arg(errors));
    errorsButton->click();
    QCOMPARE(model->rowCount(), all - errors);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data(FindingsModel::SeverityRole).toInt() != int(FindingSeverity::Error));
    QCOMPARE(rowOf(QStringLiteral("connector.owner"), QStringLiteral("Zendesk")), -1);
    errorsButton->click();
    QCOMPARE(model->rowCount(), all);

    auto* kind = test::findChild<QComboBox>(m_dock, QStringLiteral("findingsKindComboBox"));
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("skill")));
    const auto skillFindings = std::count_if(core.findings.begin(), core.findings.end(), [](const rules::Finding& f) {
        return f.subjectType == QLatin1String("skill");
    });
    QVERIFY(skillFindings > 0);
    QCOMPARE(model->rowCount(), int(skillFindings));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(FindingsModel::KindRole).toString(), QStringLiteral("skill"));
    kind->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), all);

    auto* filter = test::findChild<QLineEdit>(m_dock, QStringLiteral("findingsFilterLineEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("zendesk"));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, FindingsModel::ObjectColumn).data().toString().endsWith(QStringLiteral("Zendesk")));
}

void TestFindingsDock::activatingAFindingShowsItsObject()
{
    openWindow();
    QCOMPARE(currentPage(), QStringLiteral("dashboardPage"));
    const int row = rowOf(QStringLiteral("connector.owner"), QStringLiteral("Zendesk"));
    QVERIFY(row >= 0);
    const QModelIndex index = m_table->model()->index(row, FindingsModel::MessageColumn);
    m_table->scrollTo(index);
    const QPoint where = m_table->visualRect(index).center();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, where);
    QCOMPARE(currentPage(), QStringLiteral("connectorsPage"));
    auto* connectors = test::findChild<ui::ConnectorsPage>(m_window.get(), QStringLiteral("connectorsPage"));
    QVERIFY(connectors);
    QCOMPARE(connectors->selectedId(), m_zendeskId);

    // Enter does the same; a finding about the policy goes to the Policy page.
    const int policyRow = rowOf(QStringLiteral("policy.approved"), QString());
    QVERIFY(policyRow >= 0);
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(policyRow, 0));
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(currentPage(), QStringLiteral("policyPage"));
}

void TestFindingsDock::fixingTheViolationRemovesTheFinding()
{
    openWindow();
    QVERIFY(rowOf(QStringLiteral("connector.owner"), QStringLiteral("Zendesk")) >= 0);
    const int before = m_table->model()->rowCount();
    QVERIFY(test::showPage(m_window.get(), QStringLiteral("Connectors")));
    auto* connectors = test::findChild<ui::ConnectorsPage>(m_window.get(), QStringLiteral("connectorsPage"));
    connectors->select(m_zendeskId);
    auto* owner = test::findChild<QComboBox>(connectors, QStringLiteral("ownerComboBox"));
    QVERIFY(owner);
    test::choose(owner, owner->findData(QVariant::fromValue(m_adaId)));
    QCOMPARE(m_window->store()->connector(m_zendeskId)->ownerId, m_adaId);

    QTRY_COMPARE(rowOf(QStringLiteral("connector.owner"), QStringLiteral("Zendesk")), -1);
    QVERIFY(waitForFindings());
    QCOMPARE(m_table->model()->rowCount(), before - 1);
    QCOMPARE(m_table->model()->rowCount(), int(coreLint().findings.size()));

    m_window->undoStack()->undo(); // and undoing the fix brings it back
    QTRY_VERIFY(rowOf(QStringLiteral("connector.owner"), QStringLiteral("Zendesk")) >= 0);
}

void TestFindingsDock::statusBarCountsAndOpensThePanel()
{
    openWindow();
    auto* button = test::findChild<QToolButton>(m_window.get(), QStringLiteral("findingsToolButton"));
    QVERIFY(button && button->isVisible());
    const rules::LintResult core = coreLint();
    const int errors = core.count(FindingSeverity::Error);
    const int warnings = core.count(FindingSeverity::Warning);
    QVERIFY(errors > 0 && warnings > 0);
    // "%n error(s)" reads "3 errors" once the English plurals are loaded; the counts are core's.
    QVERIFY2(button->text().startsWith(QStringLiteral("%1 error").arg(errors)), qPrintable(button->text()));
    QVERIFY2(button->text().contains(QStringLiteral(" · %1 warning").arg(warnings)), qPrintable(button->text()));
    QCOMPARE(button->text(), ui::FindingsDock::countText(core));
    QVERIFY(button->accessibleName().contains(button->text()));

    m_dock->toggleViewAction()->trigger();
    QVERIFY(!m_dock->isVisible());
    button->click();
    QVERIFY(m_dock->isVisible());

    m_window->closeFile();
    QVERIFY(!button->isVisible());
}

void TestFindingsDock::panelStateIsRemembered()
{
    openWindow();
    auto* action = m_window->findChild<QAction*>(QStringLiteral("findingsAction"));
    QVERIFY(action && action->isChecked());
    action->trigger();
    QVERIFY(!m_dock->isVisible());
    m_window->close();
    m_window.reset();

    openWindow();
    QVERIFY(!m_dock->isVisible());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("findingsAction"))->isChecked());
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
