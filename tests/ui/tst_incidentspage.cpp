// The Incidents page: the forum's incident log as a filterable table whose form writes through
// undoable store commands and refuses broken rules inline.
#include "forum/incidentspage.h"
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
    for (const char* name : {"incidentsTableView", "filterLineEdit", "titleLineEdit", "severityComboBox",
                             "statusComboBox", "reportedByComboBox", "occurredOnDateEdit", "resolvedOnDateEdit",
                             "connectorComboBox", "workspaceComboBox", "descriptionPlainTextEdit"}) {
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
    Connector connector;
    connector.name = QStringLiteral("GitHub");
    const Id connectorId = m_store->addConnector(connector);
    const Id id = addIncident(QStringLiteral("Wrong repo written"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* connectors = child<QComboBox>(QStringLiteral("connectorComboBox"));
    QCOMPARE(connectors->itemText(0), QStringLiteral("(none)"));
    const int index = connectors->findData(connectorId);
    QVERIFY(index > 0);
    test::choose(connectors, index);
    QCOMPARE(storedIncident(id).connectorId, connectorId);
    test::choose(child<QComboBox>(QStringLiteral("severityComboBox")), int(Severity::Critical));
    QCOMPARE(storedIncident(id).severity, Severity::Critical);
    auto* table = child<QTableView>(QStringLiteral("incidentsTableView"));
    QCOMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("GitHub"));
    test::choose(connectors, 0);
    QCOMPARE(storedIncident(id).connectorId, Id(0));
    QCOMPARE(m_stack->count(), 3);
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
