// The Workspaces page: a lazily loaded, filterable table over the store and the form beside it,
// where every change is one undoable command and what is refused leaves the store as it was.
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"
#include "widgets/linkseditor.h"
#include "workspaces/taskseditor.h"
#include "workspaces/workspaceform.h"
#include "workspaces/workspacespage.h"
#include "workspaces/workspacetablemodel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace steward;
using ui::WorkspaceForm;
using ui::WorkspacesPage;
using ui::WorkspaceTableModel;

class TestWorkspacesPage : public test::PageTest<WorkspacesPage>
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addTypeNameUndoRedo();
    void statusComboUndoRedo();
    void graduationMovesToMonthlyAndPilotDateShowsOnlyInPilot();
    void customCadenceInDays();
    void seatsSpinBox();
    void addScheduledTask();
    void linkConnectorAndSkill();
    void filterMatchesEveryTextColumn();
    void deleteWithTasksAndLinksThenUndoRestoresAll();
    void deleteRefusedWhileIncidentsReferToIt();
    void emptyNameIsRefusedInline();
    void badClaudeMdUrlIsRefusedInline();
    void secretInNotesIsRefused();
    void duplicateCopiesTasks();
    void newOwnerFromThePicker();
    void readOnlyStoreDisablesEditing();
    void lazyFetch();

private:
    Id addSelected(const Workspace& workspace);
};

void TestWorkspacesPage::init()
{
    createPage({1200, 800});
}

void TestWorkspacesPage::cleanup()
{
    destroyPage();
}

Id TestWorkspacesPage::addSelected(const Workspace& workspace)
{
    const Id id = m_store->addWorkspace(workspace);
    m_page->reload();
    m_page->select(id);
    return id;
}

void TestWorkspacesPage::addTypeNameUndoRedo()
{
    QSignalSpy changed(m_page.get(), &ui::Page::inventoryChanged);
    QVERIFY(m_page->canAdd());
    m_page->add();
    const Id id = m_page->selectedId();
    QVERIFY(id != 0);
    QCOMPARE(m_page->count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_store->workspace(id)->name, QStringLiteral("New workspace"));
    QCOMPARE(m_store->workspace(id)->status, WorkspaceStatus::Pilot);
    QCOMPARE(m_store->workspace(id)->review.cadence, Cadence::Weekly);

    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Finance"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_store->workspace(id)->name, QStringLiteral("Finance"));
    // More typing in the same field merges into the same command.
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" close"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_store->workspace(id)->name, QStringLiteral("Finance close"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_page->model()->index(0, WorkspaceTableModel::Name).data().toString(), QStringLiteral("Finance close"));

    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->name, QStringLiteral("New workspace"));
    QCOMPARE(name->text(), QStringLiteral("New workspace"));
    m_stack->undo();
    QCOMPARE(m_page->count(), 0);
    QCOMPARE(m_page->model()->rowCount(), 0);
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_store->workspace(id)->name, QStringLiteral("Finance close"));

    m_page->add(); // a second new workspace gets a free name
    QCOMPARE(m_store->workspace(m_page->selectedId())->name, QStringLiteral("New workspace"));
    m_page->add();
    QCOMPARE(m_store->workspace(m_page->selectedId())->name, QStringLiteral("New workspace 2"));
    QVERIFY(m_store->verify().isEmpty());
}

void TestWorkspacesPage::statusComboUndoRedo()
{
    m_page->add();
    const Id id = m_page->selectedId();
    auto* status = child<QComboBox>(QStringLiteral("statusComboBox"));
    test::chooseData(status, int(WorkspaceStatus::Active));
    QCOMPARE(m_store->workspace(id)->status, WorkspaceStatus::Active);
    QCOMPARE(m_page->model()->index(0, WorkspaceTableModel::Status).data().toString(), label(WorkspaceStatus::Active));
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->status, WorkspaceStatus::Pilot);
    QCOMPARE(status->currentData().toInt(), int(WorkspaceStatus::Pilot));
    m_stack->redo();
    QCOMPARE(m_store->workspace(id)->status, WorkspaceStatus::Active);
    QCOMPARE(status->currentData().toInt(), int(WorkspaceStatus::Active));

    // Back into pilot: reviewed weekly again.
    auto* cadence = child<QComboBox>(QStringLiteral("cadenceComboBox"));
    test::chooseData(cadence, int(Cadence::Quarterly));
    QCOMPARE(m_store->workspace(id)->review.cadence, Cadence::Quarterly);
    test::chooseData(status, int(WorkspaceStatus::Pilot));
    QCOMPARE(m_store->workspace(id)->review.cadence, Cadence::Weekly);
}

void TestWorkspacesPage::graduationMovesToMonthlyAndPilotDateShowsOnlyInPilot()
{
    m_page->add();
    const Id id = m_page->selectedId();
    QCOMPARE(m_store->workspace(id)->pilotStartedOn, QDate::currentDate());
    auto* pilotSince = child<QDateEdit>(QStringLiteral("pilotStartedDateEdit"));
    QVERIFY(pilotSince->isVisible());
    QCOMPARE(pilotSince->date(), QDate::currentDate());
    test::commitDate(pilotSince, QDate(2026, 3, 2));
    QCOMPARE(m_store->workspace(id)->pilotStartedOn, QDate(2026, 3, 2));
    test::commitDate(pilotSince, QDate::currentDate().addDays(3)); // a pilot cannot start in the future
    QCOMPARE(m_store->workspace(id)->pilotStartedOn, QDate(2026, 3, 2));
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("pilotStartedErrorLabel"))->isVisible());

    // Graduating: the pilot's weekly stand-up becomes the monthly check-in, as one step.
    const int steps = m_stack->count();
    test::chooseData(child<QComboBox>(QStringLiteral("statusComboBox")), int(WorkspaceStatus::Active));
    const Workspace active = *m_store->workspace(id);
    QCOMPARE(active.status, WorkspaceStatus::Active);
    QCOMPARE(active.review.cadence, Cadence::Monthly);
    QCOMPARE(active.pilotStartedOn, QDate(2026, 3, 2)); // kept as history
    QCOMPARE(m_stack->count(), steps + 1);
    QTRY_VERIFY(!pilotSince->isVisible());
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->review.cadence, Cadence::Weekly);
    QCOMPARE(m_store->workspace(id)->status, WorkspaceStatus::Pilot);
    QTRY_VERIFY(pilotSince->isVisible());
}

void TestWorkspacesPage::customCadenceInDays()
{
    m_page->add();
    const Id id = m_page->selectedId();
    auto* days = child<QSpinBox>(QStringLiteral("cadenceDaysSpinBox"));
    QVERIFY(!days->isVisible());
    test::chooseData(child<QComboBox>(QStringLiteral("cadenceComboBox")), int(Cadence::Custom));
    QTRY_VERIFY(days->isVisible());
    QCOMPARE(m_store->workspace(id)->review.cadence, Cadence::Custom);
    QCOMPARE(m_store->workspace(id)->review.cadenceDays, 30);
    const int steps = m_stack->count();
    days->setValue(45);
    days->setValue(10); // typing in the spin box is one step after choosing the cadence
    QCOMPARE(m_store->workspace(id)->review.cadenceDays, 10);
    QCOMPARE(m_stack->count(), steps + 1);
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->review.cadenceDays, 30);
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->review.cadence, Cadence::Weekly);
    QCOMPARE(m_store->workspace(id)->review.cadenceDays, 0);
    QTRY_VERIFY(!days->isVisible());
}

void TestWorkspacesPage::seatsSpinBox()
{
    m_page->add();
    const Id id = m_page->selectedId();
    auto* seats = child<QSpinBox>(QStringLiteral("seatsSpinBox"));
    QCOMPARE(seats->maximum(), WorkspaceForm::MaxSeats);
    QCOMPARE(seats->minimum(), 0);
    seats->setValue(25);
    seats->setValue(30);
    QCOMPARE(m_store->workspace(id)->seats, 30);
    QCOMPARE(m_stack->count(), 2); // the add, and the seat edits merged
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->seats, 0);
}

void TestWorkspacesPage::addScheduledTask()
{
    Person ada;
    ada.name = QStringLiteral("Ada");
    const Id adaId = m_store->addPerson(ada);
    m_page->add();
    const Id id = m_page->selectedId();
    ui::TasksEditor* tasks = m_page->form()->tasksEditor();
    tasks->addTask(QStringLiteral("Month-end digest"));
    QCOMPARE(m_store->workspace(id)->tasks.size(), std::size_t(1));
    QCOMPARE(m_store->workspace(id)->tasks.front().name, QStringLiteral("Month-end digest"));
    auto* table = child<QTableWidget>(QStringLiteral("tasksTableWidget"));
    QCOMPARE(table->rowCount(), 1);

    table->item(0, ui::TasksEditor::ScheduleColumn)->setText(QStringLiteral("weekdays 07:00"));
    QCOMPARE(m_store->workspace(id)->tasks.front().schedule, QStringLiteral("weekdays 07:00"));
    auto* owner = qobject_cast<QComboBox*>(table->cellWidget(0, ui::TasksEditor::OwnerColumn));
    QVERIFY(owner);
    owner->setCurrentIndex(owner->findText(QStringLiteral("Ada")));
    Q_EMIT owner->activated(owner->currentIndex());
    QCOMPARE(m_store->workspace(id)->tasks.front().ownerId, adaId);
    table = child<QTableWidget>(QStringLiteral("tasksTableWidget"));
    table->item(0, ui::TasksEditor::ActiveColumn)->setCheckState(Qt::Unchecked);
    QVERIFY(!m_store->workspace(id)->tasks.front().active);
    QCOMPARE(m_page->model()->index(0, WorkspaceTableModel::Tasks).data().toString(), QStringLiteral("1"));

    // A task without a name is refused inline.
    table->item(0, ui::TasksEditor::NameColumn)->setText(QString());
    QVERIFY(!m_page->form()->messageFor(WorkspaceForm::Tasks).isEmpty());
    QCOMPARE(m_store->workspace(id)->tasks.front().name, QStringLiteral("Month-end digest"));

    table->setCurrentCell(0, ui::TasksEditor::NameColumn);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(m_store->workspace(id)->tasks.empty());
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->tasks.size(), std::size_t(1));
    QCOMPARE(m_store->workspace(id)->tasks.front().schedule, QStringLiteral("weekdays 07:00"));
    QVERIFY(m_store->verify().isEmpty());
}

void TestWorkspacesPage::linkConnectorAndSkill()
{
    Connector c;
    c.name = QStringLiteral("GitHub");
    const Id connectorId = m_store->addConnector(c);
    Skill s;
    s.name = QStringLiteral("Release notes");
    const Id skillId = m_store->addSkill(s);
    m_page->add();
    const Id id = m_page->selectedId();
    auto* connectors = child<ui::LinksEditor>(QStringLiteral("connectorsLinksEditor"));
    auto* skills = child<ui::LinksEditor>(QStringLiteral("skillsLinksEditor"));
    QCOMPARE(connectors->shownCount(), 1);
    QAbstractItemModel* connectorRows = connectors->listView()->model();
    QCOMPARE(connectorRows->index(0, 0).data().toString(), QStringLiteral("GitHub"));
    // As a click on the check box does.
    QVERIFY(connectorRows->setData(connectorRows->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_store->workspace(id)->connectorIds, std::vector<Id>{connectorId});
    skills->setLinked(skillId, true);
    QCOMPARE(m_store->workspace(id)->skillIds, std::vector<Id>{skillId});
    QCOMPARE(m_page->model()->index(0, WorkspaceTableModel::Connectors).data().toString(), QStringLiteral("GitHub"));
    m_stack->undo();
    QVERIFY(m_store->workspace(id)->skillIds.empty());
    QCOMPARE(skills->listView()->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_stack->undo();
    QVERIFY(m_store->workspace(id)->connectorIds.empty());
    m_stack->redo();
    QCOMPARE(m_store->workspace(id)->connectorIds, std::vector<Id>{connectorId});
}

void TestWorkspacesPage::filterMatchesEveryTextColumn()
{
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    const Id adaId = m_store->addPerson(ada);
    for (const QString& name : {QStringLiteral("Finance"), QStringLiteral("Sales"), QStringLiteral("Legal")}) {
        Workspace w;
        w.name = name;
        w.function = name == QStringLiteral("Legal") ? QStringLiteral("Compliance") : name;
        w.sponsorId = name == QStringLiteral("Sales") ? adaId : 0;
        m_store->addWorkspace(w);
    }
    m_page->reload();
    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    auto* table = child<QTableView>(QStringLiteral("workspacesTableView"));
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("complian"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Legal"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("LOVELACE")); // the sponsor column, by name
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Sales"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestWorkspacesPage::deleteWithTasksAndLinksThenUndoRestoresAll()
{
    Connector c;
    c.name = QStringLiteral("GitHub");
    const Id connectorId = m_store->addConnector(c);
    Skill s;
    s.name = QStringLiteral("Release notes");
    const Id skillId = m_store->addSkill(s);
    Workspace w;
    w.name = QStringLiteral("Engineering");
    w.tasks.push_back({0, QStringLiteral("Nightly triage"), QStringLiteral("daily 02:00"), 0, true});
    w.connectorIds = {connectorId};
    w.skillIds = {skillId};
    const Id id = addSelected(w);
    Review r;
    r.subjectType = QStringLiteral("workspace");
    r.subjectId = id;
    r.reviewedOn = QDate(2025, 1, 2);
    m_store->addReview(r);
    const Workspace before = *m_store->workspace(id);
    const std::vector<Review> reviewsBefore = m_store->reviews();

    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(child<QTableView>(QStringLiteral("workspacesTableView")), Qt::Key_Delete);
    for (const QString& part : {QStringLiteral("Nightly triage"), QStringLiteral("GitHub"),
                                QStringLiteral("Release notes"), QStringLiteral("review")})
        QVERIFY2(m_lastMessage.contains(part), qPrintable(m_lastMessage));
    QVERIFY(!m_store->workspace(id));
    QVERIFY(m_store->reviews().empty());
    QCOMPARE(m_page->model()->rowCount(), 0);

    m_stack->undo();
    QCOMPARE(*m_store->workspace(id), before); // same id, tasks with their ids, links
    QCOMPARE(m_store->reviews(), reviewsBefore);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));

    m_stack->redo();
    QVERIFY(m_store->workspaces().empty());
    m_stack->undo();
    QCOMPARE(*m_store->workspace(id), before);
    QVERIFY(m_store->verify().isEmpty());
}

void TestWorkspacesPage::deleteRefusedWhileIncidentsReferToIt()
{
    Workspace w;
    w.name = QStringLiteral("Support");
    const Id id = addSelected(w);
    Incident incident;
    incident.title = QStringLiteral("Customer data in a prompt");
    incident.workspaceIds = {id};
    m_store->addIncident(incident);
    answerNextMessageBox(QMessageBox::Ok);
    m_page->remove();
    QVERIFY(!m_lastMessage.isEmpty());
    QVERIFY(m_store->workspace(id));
    QCOMPARE(m_stack->count(), 0);
}

void TestWorkspacesPage::emptyNameIsRefusedInline()
{
    m_page->add();
    const Id id = m_page->selectedId();
    const Workspace before = *m_store->workspace(id);
    const int commands = m_stack->count();
    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    test::commitText(name, QString());
    QVERIFY(!m_page->form()->messageFor(WorkspaceForm::Name).isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("nameErrorLabel"))->isVisible());
    QCOMPARE(*m_store->workspace(id), before);
    QCOMPARE(m_stack->count(), commands);

    // A duplicate name is the store's refusal, shown at the same place.
    Workspace other;
    other.name = QStringLiteral("Sales");
    m_store->addWorkspace(other);
    test::commitText(name, QStringLiteral("Sales"));
    QVERIFY2(m_page->form()->messageFor(WorkspaceForm::Name).contains(QStringLiteral("Sales")),
             qPrintable(m_page->form()->messageFor(WorkspaceForm::Name)));
    QCOMPARE(*m_store->workspace(id), before);

    test::commitText(name, QStringLiteral("Marketing"));
    QVERIFY(m_page->form()->messageFor(WorkspaceForm::Name).isEmpty());
    QCOMPARE(m_store->workspace(id)->name, QStringLiteral("Marketing"));
}

void TestWorkspacesPage::badClaudeMdUrlIsRefusedInline()
{
    m_page->add();
    const Id id = m_page->selectedId();
    auto* has = child<QCheckBox>(QStringLiteral("claudeMdCheckBox"));
    has->setChecked(true);
    QVERIFY(m_store->workspace(id)->hasClaudeMd);
    const Workspace before = *m_store->workspace(id);
    auto* url = child<QLineEdit>(QStringLiteral("claudeMdUrlLineEdit"));
    test::commitText(url, QStringLiteral("not a url"));
    QVERIFY(!m_page->form()->messageFor(WorkspaceForm::ClaudeMdUrl).isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("claudeMdUrlErrorLabel"))->isVisible());
    QCOMPARE(*m_store->workspace(id), before);
    test::commitText(url, QStringLiteral("https://git.example.com/finance/CLAUDE.md"));
    QVERIFY(m_page->form()->messageFor(WorkspaceForm::ClaudeMdUrl).isEmpty());
    QCOMPARE(m_store->workspace(id)->claudeMdUrl, QStringLiteral("https://git.example.com/finance/CLAUDE.md"));
}

void TestWorkspacesPage::secretInNotesIsRefused()
{
    m_page->add();
    const Id id = m_page->selectedId();
    const Workspace before = *m_store->workspace(id);
    auto* notes = child<QPlainTextEdit>(QStringLiteral("notesPlainTextEdit"));
    notes->setPlainText(QStringLiteral("token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"));
    QVERIFY(!m_page->form()->commitPending());
    QVERIFY(!m_page->form()->messageFor(WorkspaceForm::Notes).isEmpty());
    QCOMPARE(*m_store->workspace(id), before);
    notes->setPlainText(QStringLiteral("Pilot with the close team"));
    QVERIFY(m_page->form()->commitPending());
    QCOMPARE(m_store->workspace(id)->notes, QStringLiteral("Pilot with the close team"));
}

void TestWorkspacesPage::duplicateCopiesTasks()
{
    Workspace w;
    w.name = QStringLiteral("Finance");
    w.tasks.push_back({0, QStringLiteral("Digest"), QStringLiteral("Mondays"), 0, true});
    const Id id = addSelected(w);
    QVERIFY(m_page->canDuplicate());
    m_page->duplicate();
    const Id copyId = m_page->selectedId();
    QVERIFY(copyId != id);
    const Workspace copy = *m_store->workspace(copyId);
    QCOMPARE(copy.name, QStringLiteral("Finance (copy)"));
    QCOMPARE(copy.tasks.size(), std::size_t(1));
    QCOMPARE(copy.tasks.front().name, QStringLiteral("Digest"));
    QVERIFY(copy.tasks.front().id != m_store->workspace(id)->tasks.front().id);
    m_stack->undo();
    QVERIFY(!m_store->workspace(copyId));
    QCOMPARE(m_page->selectedId(), id);
}

void TestWorkspacesPage::newOwnerFromThePicker()
{
    m_page->add();
    const Id id = m_page->selectedId();
    QVERIFY(m_page->form()->addPersonAs(WorkspaceForm::Sponsor, QStringLiteral("Grace Hopper")));
    const Id sponsor = m_store->workspace(id)->sponsorId;
    QCOMPARE(m_store->person(sponsor)->name, QStringLiteral("Grace Hopper"));
    QCOMPARE(child<QComboBox>(QStringLiteral("sponsorComboBox"))->currentText(), QStringLiteral("Grace Hopper"));
    m_stack->undo();
    QCOMPARE(m_store->workspace(id)->sponsorId, Id(0));
    QCOMPARE(m_store->personIdByName(QStringLiteral("Grace Hopper")), Id(0));
}

void TestWorkspacesPage::readOnlyStoreDisablesEditing()
{
    Workspace w;
    w.name = QStringLiteral("Finance");
    w.tasks.push_back({0, QStringLiteral("Digest"), QStringLiteral("Mondays"), 0, true});
    m_store->addWorkspace(w);
    reopenReadOnly();
    m_page->select(m_store->workspaces().front().id);
    QVERIFY(m_page->form()->recordId() != 0);
    QVERIFY(!m_page->canAdd());
    QVERIFY(!m_page->canRemove());
    QVERIFY(child<QLineEdit>(QStringLiteral("nameLineEdit"))->isReadOnly());
    QVERIFY(!child<QComboBox>(QStringLiteral("statusComboBox"))->isEnabled());
    QVERIFY(!child<QSpinBox>(QStringLiteral("seatsSpinBox"))->isEnabled());
    QVERIFY(!child<QCheckBox>(QStringLiteral("claudeMdCheckBox"))->isEnabled());
    QVERIFY(!child<QAbstractButton>(QStringLiteral("addTaskPushButton"))->isEnabled());
    QCOMPARE(child<QTableWidget>(QStringLiteral("tasksTableWidget"))->editTriggers(),
             QAbstractItemView::NoEditTriggers);
}

void TestWorkspacesPage::lazyFetch()
{
    m_store->transaction([&] {
        for (int i = 0; i < 1200; ++i) {
            Workspace w;
            w.name = QStringLiteral("Workspace %1").arg(i);
            m_store->addWorkspace(w);
        }
    });
    WorkspaceTableModel model;
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), WorkspaceTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore({}));
    model.reload(); // keeps what was loaded
    QCOMPARE(model.rowCount(), 1200);

    ui::CollatingFilterProxy proxy(WorkspaceTableModel::IdRole);
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("Workspace 119"));
    QCOMPARE(proxy.rowCount(), 11); // 119 and 1190..1199
}

QTEST_MAIN(TestWorkspacesPage)
#include "tst_workspacespage.moc"
