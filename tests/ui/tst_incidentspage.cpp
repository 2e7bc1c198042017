// The Incidents page: the forum's incident log as a filterable table whose form writes through
// undoable store commands and refuses broken rules inline.
#include "forum/incidentspage.h"
#include "forum/incidenttablemodel.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"
#include "widgets/linkseditor.h"
#include "widgets/stringlisteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using namespace steward;

class TestIncidentsPage : public test::PageTest<ui::IncidentsPage>
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void incidentsDescribeThemselves();
    void incidentAddThenTypeTitle();
    void incidentStatusUndoRedo();
    void incidentLinksAndSeverity();
    void incidentFollowUpsAreAList();
    void incidentFilter();
    void incidentDeleteThenUndoRestoresSameId();
    void incidentEmptyTitleRefusedInline();
    void incidentResolvedBeforeOccurredRefusedInline();
    void incidentsReadOnlyStoreDisablesForm();

private:
    Id addIncident(const QString& title);
    Incident storedIncident(Id id) const;
};

void TestIncidentsPage::initTestCase()
{
    // Collation order must not depend on the machine running the test.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestIncidentsPage::init()
{
    createPage({1000, 600});
}

void TestIncidentsPage::cleanup()
{
    destroyPage();
}

Id TestIncidentsPage::addIncident(const QString& title)
{
    Incident incident;
    incident.title = title;
    incident.occurredOn = QDate(2026, 3, 2);
    return m_store->addIncident(incident);
}

Incident TestIncidentsPage::storedIncident(Id id) const
{
    for (const Incident& incident : m_store->incidents()) {
        if (incident.id == id)
            return incident;
    }
    return {};
}

void TestIncidentsPage::incidentsDescribeThemselves()
{
    QCOMPARE(m_page->title(), QStringLiteral("Incidents"));
    QVERIFY(!m_page->icon().isNull());
    for (const char* name :
         {"incidentsTableView", "filterLineEdit", "titleLineEdit", "severityComboBox", "statusComboBox",
          "reportedByComboBox", "occurredOnDateEdit", "resolvedOnDateEdit", "connectorsLinksEditor",
          "workspacesLinksEditor", "descriptionPlainTextEdit", "followUpsStringListEditor", "followUpsListWidget"}) {
        auto* widget = child<QWidget>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(m_page->canAdd());
    QVERIFY(!m_page->canRemove());
    QCOMPARE(m_page->count(), 0);
}

void TestIncidentsPage::incidentAddThenTypeTitle()
{
    m_page->add();
    QCOMPARE(m_store->incidents().size(), size_t(1));
    const Incident added = m_store->incidents().front();
    QCOMPARE(added.title, QStringLiteral("New incident"));
    QCOMPARE(added.occurredOn, QDate::currentDate());
    QCOMPARE(added.status, IncidentStatus::Open);
    QCOMPARE(m_page->selectedId(), added.id);

    auto* title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    QCOMPARE(title->selectedText(), QStringLiteral("New incident"));
    QTest::keyClicks(title, QStringLiteral("Token leaked in a log"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedIncident(added.id).title, QStringLiteral("Token leaked in a log"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_page->count(), 1);
    m_stack->undo(); // the title
    m_stack->undo(); // the add
    QCOMPARE(m_store->incidents().size(), size_t(0));
    m_stack->redo();
    QCOMPARE(storedIncident(added.id).title, QStringLiteral("New incident")); // back under its id
}

void TestIncidentsPage::incidentStatusUndoRedo()
{
    const Id id = addIncident(QStringLiteral("Outage"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* status = child<QComboBox>(QStringLiteral("statusComboBox"));
    test::choose(status, int(IncidentStatus::Investigating));
    QCOMPARE(storedIncident(id).status, IncidentStatus::Investigating);
    m_stack->undo();
    QCOMPARE(storedIncident(id).status, IncidentStatus::Open);
    QCOMPARE(status->currentIndex(), int(IncidentStatus::Open));
    m_stack->redo();
    QCOMPARE(storedIncident(id).status, IncidentStatus::Investigating);
    QCOMPARE(status->currentIndex(), int(IncidentStatus::Investigating));

    // Resolved without a date: the form dates it today, in the same undo step.
    test::choose(status, int(IncidentStatus::Resolved));
    QCOMPARE(storedIncident(id).status, IncidentStatus::Resolved);
    QCOMPARE(storedIncident(id).resolvedOn, QDate::currentDate());
    QCOMPARE(child<QDateEdit>(QStringLiteral("resolvedOnDateEdit"))->date(), QDate::currentDate());
    m_stack->undo();
    QCOMPARE(storedIncident(id).status, IncidentStatus::Investigating);
    QVERIFY(!storedIncident(id).resolvedOn.isValid());
    QVERIFY(m_store->verify().isEmpty());
}

void TestIncidentsPage::incidentLinksAndSeverity()
{
    Connector github;
    github.name = QStringLiteral("GitHub");
    const Id githubId = m_store->addConnector(github);
    Connector slack;
    slack.name = QStringLiteral("Slack");
    const Id slackId = m_store->addConnector(slack);
    Workspace finance;
    finance.name = QStringLiteral("Finance close");
    const Id financeId = m_store->addWorkspace(finance);
    Workspace sales;
    sales.name = QStringLiteral("Sales ops");
    const Id salesId = m_store->addWorkspace(sales);
    const Id id = addIncident(QStringLiteral("Wrong repo written"));
    m_page->reload();
    QVERIFY(m_page->select(id));

    // Several connectors and workspaces, each checked as a click on its box does: one command each.
    auto* connectors = child<ui::LinksEditor>(QStringLiteral("connectorsLinksEditor"));
    auto* workspaces = child<ui::LinksEditor>(QStringLiteral("workspacesLinksEditor"));
    QCOMPARE(connectors->shownCount(), 2);
    QCOMPARE(workspaces->shownCount(), 2);
    connectors->setLinked(slackId, true);
    QCOMPARE(storedIncident(id).connectorIds, std::vector<Id>{slackId});
    connectors->setLinked(githubId, true);
    QCOMPARE(storedIncident(id).connectorIds, (std::vector<Id>{githubId, slackId}));
    workspaces->setLinked(financeId, true);
    workspaces->setLinked(salesId, true);
    QCOMPARE(storedIncident(id).workspaceIds, (std::vector<Id>{financeId, salesId}));
    test::choose(child<QComboBox>(QStringLiteral("severityComboBox")), int(Severity::Critical));
    QCOMPARE(storedIncident(id).severity, Severity::Critical);
    auto* table = child<QTableView>(QStringLiteral("incidentsTableView"));
    QCOMPARE(table->model()->index(0, ui::IncidentTableModel::Connector).data().toString(),
             QStringLiteral("GitHub, Slack"));
    QCOMPARE(table->model()->index(0, ui::IncidentTableModel::Workspace).data().toString(),
             QStringLiteral("Finance close, Sales ops"));
    QCOMPARE(m_stack->count(), 5);

    // Undo takes one link back at a time, and the form follows; redo puts it back.
    m_stack->undo(); // severity
    m_stack->undo(); // Sales ops
    QCOMPARE(storedIncident(id).workspaceIds, std::vector<Id>{financeId});
    QCOMPARE(
        workspaces->listView()->model()->index(workspaces->shownRowOf(salesId), 0).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    m_stack->redo();
    QCOMPARE(storedIncident(id).workspaceIds, (std::vector<Id>{financeId, salesId}));
    connectors->setLinked(slackId, false); // drops the redo of the severity
    QCOMPARE(storedIncident(id).connectorIds, std::vector<Id>{githubId});

    // A connector an incident involves cannot be removed.
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->removeConnector(githubId));
    QVERIFY(m_store->verify().isEmpty());
}

void TestIncidentsPage::incidentFollowUpsAreAList()
{
    const Id id = addIncident(QStringLiteral("Digest posted to the wrong channel"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* followUps = child<ui::StringListEditor>(QStringLiteral("followUpsStringListEditor"));
    QVERIFY(followUps);
    // What the editor reports once a person finished an edit: the whole list, as one command.
    Q_EMIT followUps->itemsEdited({QStringLiteral("Revoke the token"), QStringLiteral("Brief the team")});
    QCOMPARE(storedIncident(id).followUps,
             (QStringList{QStringLiteral("Revoke the token"), QStringLiteral("Brief the team")}));
    QCOMPARE(followUps->items(), (QStringList{QStringLiteral("Revoke the token"), QStringLiteral("Brief the team")}));
    Q_EMIT followUps->itemsEdited({QStringLiteral("Brief the team")});
    QCOMPARE(storedIncident(id).followUps, QStringList{QStringLiteral("Brief the team")});
    m_stack->undo();
    QCOMPARE(storedIncident(id).followUps,
             (QStringList{QStringLiteral("Revoke the token"), QStringLiteral("Brief the team")}));
    QCOMPARE(followUps->items().size(), qsizetype(2));
    m_stack->undo();
    QVERIFY(storedIncident(id).followUps.isEmpty());
    QVERIFY(m_store->verify().isEmpty());
}

void TestIncidentsPage::incidentFilter()
{
    addIncident(QStringLiteral("Outage"));
    addIncident(QStringLiteral("Leak"));
    m_page->reload();
    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    auto* table = child<QTableView>(QStringLiteral("incidentsTableView"));
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral("LEA"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Leak"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestIncidentsPage::incidentDeleteThenUndoRestoresSameId()
{
    addIncident(QStringLiteral("First"));
    const Id id = addIncident(QStringLiteral("Second"));
    const Incident before = storedIncident(id);
    m_page->reload();
    QVERIFY(m_page->select(id));
    m_page->remove();
    QCOMPARE(storedIncident(id).id, Id(0));
    QCOMPARE(m_page->count(), 1);
    m_stack->undo();
    QCOMPARE(storedIncident(id), before);
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));
}

void TestIncidentsPage::incidentEmptyTitleRefusedInline()
{
    const Id id = addIncident(QStringLiteral("Leak"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    test::retype(child<QLineEdit>(QStringLiteral("titleLineEdit")), QString());
    QCOMPARE(storedIncident(id).title, QStringLiteral("Leak"));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("titleErrorLabel"))->isVisible());
}

void TestIncidentsPage::incidentResolvedBeforeOccurredRefusedInline()
{
    const Id id = addIncident(QStringLiteral("Outage"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* resolved = child<QDateEdit>(QStringLiteral("resolvedOnDateEdit"));
    test::commitDate(resolved, QDate(2026, 2, 27)); // before 2026-03-02
    QVERIFY(!storedIncident(id).resolvedOn.isValid());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("resolvedOnErrorLabel"))->isVisible());
    QCOMPARE(resolved->text(), QStringLiteral("Not set"));

    // Moving the occurrence after a stored resolution is refused the same way.
    test::commitDate(resolved, QDate(2026, 3, 5));
    QCOMPARE(storedIncident(id).resolvedOn, QDate(2026, 3, 5));
    auto* occurred = child<QDateEdit>(QStringLiteral("occurredOnDateEdit"));
    test::commitDate(occurred, QDate(2026, 3, 9));
    QCOMPARE(storedIncident(id).occurredOn, QDate(2026, 3, 2));
    QVERIFY(child<QLabel>(QStringLiteral("occurredOnErrorLabel"))->isVisible());
}

void TestIncidentsPage::incidentsReadOnlyStoreDisablesForm()
{
    addIncident(QStringLiteral("Outage"));
    auto reader = Store::open(m_path, Store::Mode::ReadOnly);
    ui::IncidentsPage page;
    QUndoStack stack;
    page.setStore(reader.get(), &stack);
    QVERIFY(page.selectedId() != 0);
    QVERIFY(!page.canAdd());
    QVERIFY(!page.canRemove());
    auto* title = page.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    QCOMPARE(title->text(), QStringLiteral("Outage"));
    QVERIFY(!title->isEnabled());
    QVERIFY(!page.findChild<QComboBox*>(QStringLiteral("severityComboBox"))->isEnabled());
}

QTEST_MAIN(TestIncidentsPage)
#include "tst_incidentspage.moc"
