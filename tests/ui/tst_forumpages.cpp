// The Requests and Incidents pages: the forum's queue and incident log, each a filterable table
// whose form writes through undoable store commands and refuses broken rules inline.
#include "forum/incidentspage.h"
#include "forum/requestform.h"
#include "forum/requestspage.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using namespace steward;

class TestForumPages : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requestsDescribeThemselves();
    void requestAddThenTypeTitle();
    void requestStatusUndoRedo();
    void requestFilter();
    void requestDeleteThenUndoRestoresSameId();
    void requestDuplicate();
    void requestEmptyTitleRefusedInline();
    void requestDecidedBeforeRequestedRefusedInline();
    void requestsReadOnlyStoreDisablesForm();
    void requestStoreRefusalShownInForm();
    void requestNewPersonAsRequester();

    void incidentsDescribeThemselves();
    void incidentAddThenTypeTitle();
    void incidentStatusUndoRedo();
    void incidentLinksAndSeverity();
    void incidentFilter();
    void incidentDeleteThenUndoRestoresSameId();
    void incidentEmptyTitleRefusedInline();
    void incidentResolvedBeforeOccurredRefusedInline();
    void incidentsReadOnlyStoreDisablesForm();

private:
    Id addRequest(const QString& title, RequestKind kind = RequestKind::Connector);
    ForumRequest storedRequest(Id id) const;
    Id addIncident(const QString& title);
    Incident storedIncident(Id id) const;

    std::unique_ptr<ui::RequestsPage> m_requests;
    std::unique_ptr<ui::IncidentsPage> m_incidents;
};

void TestForumPages::initTestCase()
{
    // Collation order must not depend on the machine running the test.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestForumPages::init()
{
    createStore();
    m_requests = std::make_unique<ui::RequestsPage>();
    showPage(m_requests.get(), {1000, 600});
    m_incidents = std::make_unique<ui::IncidentsPage>();
    showPage(m_incidents.get(), {1000, 600});
}

void TestForumPages::cleanup()
{
    m_requests.reset();
    m_incidents.reset();
    destroyStore();
}

Id TestForumPages::addRequest(const QString& title, RequestKind kind)
{
    ForumRequest request;
    request.title = title;
    request.kind = kind;
    request.requestedOn = QDate(2026, 3, 2);
    return m_store->addRequest(request);
}

ForumRequest TestForumPages::storedRequest(Id id) const
{
    for (const ForumRequest& request : m_store->requests()) {
        if (request.id == id)
            return request;
    }
    return {};
}

Id TestForumPages::addIncident(const QString& title)
{
    Incident incident;
    incident.title = title;
    incident.occurredOn = QDate(2026, 3, 2);
    return m_store->addIncident(incident);
}

Incident TestForumPages::storedIncident(Id id) const
{
    for (const Incident& incident : m_store->incidents()) {
        if (incident.id == id)
            return incident;
    }
    return {};
}

void TestForumPages::requestsDescribeThemselves()
{
    QCOMPARE(m_requests->title(), QStringLiteral("Requests"));
    QVERIFY(!m_requests->icon().isNull());
    for (const char* name : {"requestsTableView", "filterLineEdit", "titleLineEdit", "kindComboBox", "statusComboBox",
                             "requestedByComboBox", "requestedOnDateEdit", "decidedOnDateEdit",
                             "descriptionPlainTextEdit", "decisionPlainTextEdit"}) {
        auto* widget = test::findChild<QWidget>(m_requests.get(), QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(m_requests->canAdd());
    QVERIFY(!m_requests->canRemove()); // nothing selected in an empty queue
    QCOMPARE(m_requests->count(), 0);
}

void TestForumPages::requestAddThenTypeTitle()
{
    QSignalSpy changed(m_requests.get(), &ui::Page::inventoryChanged);
    m_requests->add();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_store->requests().size(), size_t(1));
    const ForumRequest added = m_store->requests().front();
    QCOMPARE(added.title, QStringLiteral("New request"));
    QCOMPARE(added.requestedOn, QDate::currentDate());
    QCOMPARE(added.status, RequestStatus::Open);
    QCOMPARE(m_requests->selectedId(), added.id);

    auto* title = test::findChild<QLineEdit>(m_requests.get(), QStringLiteral("titleLineEdit"));
    QCOMPARE(title->selectedText(), QStringLiteral("New request")); // typing replaces it
    QTest::keyClicks(title, QStringLiteral("Jira connector"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedRequest(added.id).title, QStringLiteral("Jira connector"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_requests->count(), 1);

    // Typing into the same field again merges into the same undo step.
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (read)"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedRequest(added.id).title, QStringLiteral("Jira connector (read)"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(storedRequest(added.id).title, QStringLiteral("New request"));
    QCOMPARE(title->text(), QStringLiteral("New request"));
}

void TestForumPages::requestStatusUndoRedo()
{
    const Id id = addRequest(QStringLiteral("Confluence"));
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    auto* status = test::findChild<QComboBox>(m_requests.get(), QStringLiteral("statusComboBox"));
    QCOMPARE(status->currentIndex(), int(RequestStatus::Open));
    // From the keyboard: Down on the closed combo picks the next status.
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(storedRequest(id).status, RequestStatus::Approved);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(storedRequest(id).status, RequestStatus::Open);
    QCOMPARE(status->currentIndex(), int(RequestStatus::Open));
    m_stack->redo();
    QCOMPARE(storedRequest(id).status, RequestStatus::Approved);
    QCOMPARE(status->currentIndex(), int(RequestStatus::Approved));
    QCOMPARE(m_requests->selectedId(), id);
    QVERIFY(m_store->verify().isEmpty());
}

void TestForumPages::requestFilter()
{
    addRequest(QStringLiteral("GitHub connector"));
    addRequest(QStringLiteral("Release notes"), RequestKind::Skill);
    addRequest(QStringLiteral("Onboarding"), RequestKind::Workflow);
    m_requests->reload();
    auto* filter = test::findChild<QLineEdit>(m_requests.get(), QStringLiteral("filterLineEdit"));
    auto* table = test::findChild<QTableView>(m_requests.get(), QStringLiteral("requestsTableView"));
    QCOMPARE(table->model()->rowCount(), 3);
    QApplication::setActiveWindow(m_requests.get());
    m_requests->focusFind();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("skill")); // the kind column matches too
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Release notes"));
    QTest::keyClick(filter, Qt::Key_Down); // the keyboard reaches the match
    QTRY_VERIFY(table->hasFocus());
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestForumPages::requestDeleteThenUndoRestoresSameId()
{
    addRequest(QStringLiteral("First"));
    const Id id = addRequest(QStringLiteral("Second"));
    ForumRequest before = storedRequest(id);
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    QVERIFY(m_requests->canRemove());
    m_requests->remove();
    QCOMPARE(m_store->requests().size(), size_t(1));
    QCOMPARE(storedRequest(id).id, Id(0));
    m_stack->undo();
    QCOMPARE(storedRequest(id), before);
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));
    m_stack->redo();
    QCOMPARE(storedRequest(id).id, Id(0));
}

void TestForumPages::requestDuplicate()
{
    const Id id = addRequest(QStringLiteral("Slack"));
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    m_requests->duplicate();
    QCOMPARE(m_store->requests().size(), size_t(2));
    const Id copy = m_requests->selectedId();
    QVERIFY(copy != id);
    QCOMPARE(storedRequest(copy).title, QStringLiteral("Slack (copy)"));
    QCOMPARE(storedRequest(copy).requestedOn, storedRequest(id).requestedOn);
    m_stack->undo();
    QCOMPARE(m_store->requests().size(), size_t(1));
}

void TestForumPages::requestEmptyTitleRefusedInline()
{
    const Id id = addRequest(QStringLiteral("Notion"));
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    auto* title = test::findChild<QLineEdit>(m_requests.get(), QStringLiteral("titleLineEdit"));
    test::retype(title, QString());
    QCOMPARE(storedRequest(id).title, QStringLiteral("Notion"));
    QCOMPARE(m_stack->count(), 0);
    auto* error = test::findChild<QLabel>(m_requests.get(), QStringLiteral("titleErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(title->accessibleDescription(), error->text());
    QCOMPARE(title->text(), QString()); // kept as typed, to be corrected
    test::retype(title, QStringLiteral("Notion workspace"));
    QVERIFY(!error->isVisible());
    QCOMPARE(storedRequest(id).title, QStringLiteral("Notion workspace"));
}

void TestForumPages::requestDecidedBeforeRequestedRefusedInline()
{
    const Id id = addRequest(QStringLiteral("Drive"));
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    auto* decided = test::findChild<QDateEdit>(m_requests.get(), QStringLiteral("decidedOnDateEdit"));
    QCOMPARE(decided->text(), QStringLiteral("Not set"));
    test::commitDate(decided, QDate(2026, 3, 1)); // the day before it was requested
    QVERIFY(!storedRequest(id).decidedOn.isValid());
    QCOMPARE(m_stack->count(), 0);
    auto* error = test::findChild<QLabel>(m_requests.get(), QStringLiteral("decidedOnErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(decided->text(), QStringLiteral("Not set")); // back to what is stored

    test::commitDate(decided, QDate(2026, 3, 4));
    QCOMPARE(storedRequest(id).decidedOn, QDate(2026, 3, 4));
    QVERIFY(!error->isVisible());
}

void TestForumPages::requestsReadOnlyStoreDisablesForm()
{
    addRequest(QStringLiteral("Figma"));
    auto reader = Store::open(m_path, Store::Mode::ReadOnly);
    ui::RequestsPage page;
    QUndoStack stack;
    page.setStore(reader.get(), &stack);
    QVERIFY(page.selectedId() != 0);
    QVERIFY(!page.canAdd());
    QVERIFY(!page.canRemove());
    QVERIFY(!page.canDuplicate());
    auto* title = page.findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    QCOMPARE(title->text(), QStringLiteral("Figma"));
    QVERIFY(!title->isEnabled());
    QVERIFY(!page.findChild<QComboBox*>(QStringLiteral("statusComboBox"))->isEnabled());
    page.add(); // ignored
    QCOMPARE(reader->requests().size(), size_t(1));
}

void TestForumPages::requestStoreRefusalShownInForm()
{
    const Id id = addRequest(QStringLiteral("Linear"));
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    // Deleted behind the page's back (another process, say): the store refuses the update.
    QVERIFY(test::rawSql(m_path, QStringLiteral("DELETE FROM requests WHERE id = %1").arg(id)));
    test::retype(test::findChild<QLineEdit>(m_requests.get(), QStringLiteral("titleLineEdit")),
                 QStringLiteral("Linear sync"));
    QCOMPARE(m_stack->count(), 0);
    auto* message = test::findChild<QLabel>(m_requests.get(), QStringLiteral("formMessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
}

void TestForumPages::requestNewPersonAsRequester()
{
    const Id id = addRequest(QStringLiteral("Zoom"));
    m_requests->reload();
    QVERIFY(m_requests->select(id));
    QVERIFY(m_requests->requestForm()->addPersonAs(QStringLiteral(" Grace Hopper ")));
    const Id grace = m_store->personIdByName(QStringLiteral("Grace Hopper"));
    QVERIFY(grace != 0);
    QCOMPARE(storedRequest(id).requestedBy, grace);
    QCOMPARE(m_stack->count(), 1); // the person and the link are one step
    m_stack->undo();
    QCOMPARE(m_store->personIdByName(QStringLiteral("Grace Hopper")), Id(0));
    QCOMPARE(storedRequest(id).requestedBy, Id(0));
    m_stack->redo();
    QCOMPARE(storedRequest(id).requestedBy, grace); // the same person row again
}

void TestForumPages::incidentsDescribeThemselves()
{
    QCOMPARE(m_incidents->title(), QStringLiteral("Incidents"));
    QVERIFY(!m_incidents->icon().isNull());
    for (const char* name : {"incidentsTableView", "filterLineEdit", "titleLineEdit", "severityComboBox",
                             "statusComboBox", "reportedByComboBox", "occurredOnDateEdit", "resolvedOnDateEdit",
                             "connectorComboBox", "workspaceComboBox", "descriptionPlainTextEdit"}) {
        auto* widget = test::findChild<QWidget>(m_incidents.get(), QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(m_incidents->canAdd());
    QVERIFY(!m_incidents->canRemove());
    QCOMPARE(m_incidents->count(), 0);
}

void TestForumPages::incidentAddThenTypeTitle()
{
    m_incidents->add();
    QCOMPARE(m_store->incidents().size(), size_t(1));
    const Incident added = m_store->incidents().front();
    QCOMPARE(added.title, QStringLiteral("New incident"));
    QCOMPARE(added.occurredOn, QDate::currentDate());
    QCOMPARE(added.status, IncidentStatus::Open);
    QCOMPARE(m_incidents->selectedId(), added.id);

    auto* title = test::findChild<QLineEdit>(m_incidents.get(), QStringLiteral("titleLineEdit"));
    QCOMPARE(title->selectedText(), QStringLiteral("New incident"));
    QTest::keyClicks(title, QStringLiteral("Token leaked in a log"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedIncident(added.id).title, QStringLiteral("Token leaked in a log"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_incidents->count(), 1);
    m_stack->undo(); // the title
    m_stack->undo(); // the add
    QCOMPARE(m_store->incidents().size(), size_t(0));
    m_stack->redo();
    QCOMPARE(storedIncident(added.id).title, QStringLiteral("New incident")); // back under its id
}

void TestForumPages::incidentStatusUndoRedo()
{
    const Id id = addIncident(QStringLiteral("Outage"));
    m_incidents->reload();
    QVERIFY(m_incidents->select(id));
    auto* status = test::findChild<QComboBox>(m_incidents.get(), QStringLiteral("statusComboBox"));
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
    QCOMPARE(test::findChild<QDateEdit>(m_incidents.get(), QStringLiteral("resolvedOnDateEdit"))->date(),
             QDate::currentDate());
    m_stack->undo();
    QCOMPARE(storedIncident(id).status, IncidentStatus::Investigating);
    QVERIFY(!storedIncident(id).resolvedOn.isValid());
    QVERIFY(m_store->verify().isEmpty());
}

void TestForumPages::incidentLinksAndSeverity()
{
    Connector connector;
    connector.name = QStringLiteral("GitHub");
    const Id connectorId = m_store->addConnector(connector);
    const Id id = addIncident(QStringLiteral("Wrong repo written"));
    m_incidents->reload();
    QVERIFY(m_incidents->select(id));
    auto* connectors = test::findChild<QComboBox>(m_incidents.get(), QStringLiteral("connectorComboBox"));
    QCOMPARE(connectors->itemText(0), QStringLiteral("(none)"));
    const int index = connectors->findData(connectorId);
    QVERIFY(index > 0);
    test::choose(connectors, index);
    QCOMPARE(storedIncident(id).connectorId, connectorId);
    test::choose(test::findChild<QComboBox>(m_incidents.get(), QStringLiteral("severityComboBox")),
                 int(Severity::Critical));
    QCOMPARE(storedIncident(id).severity, Severity::Critical);
    auto* table = test::findChild<QTableView>(m_incidents.get(), QStringLiteral("incidentsTableView"));
    QCOMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("GitHub"));
    test::choose(connectors, 0);
    QCOMPARE(storedIncident(id).connectorId, Id(0));
    QCOMPARE(m_stack->count(), 3);
}

void TestForumPages::incidentFilter()
{
    addIncident(QStringLiteral("Outage"));
    addIncident(QStringLiteral("Leak"));
    m_incidents->reload();
    auto* filter = test::findChild<QLineEdit>(m_incidents.get(), QStringLiteral("filterLineEdit"));
    auto* table = test::findChild<QTableView>(m_incidents.get(), QStringLiteral("incidentsTableView"));
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral("LEA"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Leak"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestForumPages::incidentDeleteThenUndoRestoresSameId()
{
    addIncident(QStringLiteral("First"));
    const Id id = addIncident(QStringLiteral("Second"));
    const Incident before = storedIncident(id);
    m_incidents->reload();
    QVERIFY(m_incidents->select(id));
    m_incidents->remove();
    QCOMPARE(storedIncident(id).id, Id(0));
    QCOMPARE(m_incidents->count(), 1);
    m_stack->undo();
    QCOMPARE(storedIncident(id), before);
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));
}

void TestForumPages::incidentEmptyTitleRefusedInline()
{
    const Id id = addIncident(QStringLiteral("Leak"));
    m_incidents->reload();
    QVERIFY(m_incidents->select(id));
    test::retype(test::findChild<QLineEdit>(m_incidents.get(), QStringLiteral("titleLineEdit")), QString());
    QCOMPARE(storedIncident(id).title, QStringLiteral("Leak"));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(test::findChild<QLabel>(m_incidents.get(), QStringLiteral("titleErrorLabel"))->isVisible());
}

void TestForumPages::incidentResolvedBeforeOccurredRefusedInline()
{
    const Id id = addIncident(QStringLiteral("Outage"));
    m_incidents->reload();
    QVERIFY(m_incidents->select(id));
    auto* resolved = test::findChild<QDateEdit>(m_incidents.get(), QStringLiteral("resolvedOnDateEdit"));
    test::commitDate(resolved, QDate(2026, 2, 27)); // before 2026-03-02
    QVERIFY(!storedIncident(id).resolvedOn.isValid());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(test::findChild<QLabel>(m_incidents.get(), QStringLiteral("resolvedOnErrorLabel"))->isVisible());
    QCOMPARE(resolved->text(), QStringLiteral("Not set"));

    // Moving the occurrence after a stored resolution is refused the same way.
    test::commitDate(resolved, QDate(2026, 3, 5));
    QCOMPARE(storedIncident(id).resolvedOn, QDate(2026, 3, 5));
    auto* occurred = test::findChild<QDateEdit>(m_incidents.get(), QStringLiteral("occurredOnDateEdit"));
    test::commitDate(occurred, QDate(2026, 3, 9));
    QCOMPARE(storedIncident(id).occurredOn, QDate(2026, 3, 2));
    QVERIFY(test::findChild<QLabel>(m_incidents.get(), QStringLiteral("occurredOnErrorLabel"))->isVisible());
}

void TestForumPages::incidentsReadOnlyStoreDisablesForm()
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

QTEST_MAIN(TestForumPages)
#include "tst_forumpages.moc"
