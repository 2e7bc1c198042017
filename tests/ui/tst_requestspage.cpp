// The Requests page: the forum's queue as a filterable table whose form writes through undoable
// store commands and refuses broken rules inline.
#include "forum/decisiondialog.h"
#include "forum/requestform.h"
#include "forum/requestspage.h"
#include "forum/requesttablemodel.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace steward;

class TestRequestsPage : public test::PageTest<ui::RequestsPage>
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
    void requestConcernsAConnector();
    void tierThreeApprovalNeedsTwoDeciders();
    void rejectWithOneDecider();

private:
    Id addRequest(const QString& title, RequestKind kind = RequestKind::Connector);
    // Answers the next decision dialog: `answer` fills it and says whether to accept it.
    void answerDecision(const std::function<bool(ui::DecisionDialog*)>& answer);
    static void check(ui::DecisionDialog* dialog, const QString& name);
    ForumRequest storedRequest(Id id) const;
};

void TestRequestsPage::initTestCase()
{
    // Collation order must not depend on the machine running the test.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestRequestsPage::init()
{
    createPage({1000, 600});
}

void TestRequestsPage::cleanup()
{
    destroyPage();
}

Id TestRequestsPage::addRequest(const QString& title, RequestKind kind)
{
    ForumRequest request;
    request.title = title;
    request.kind = kind;
    request.requestedOn = QDate(2026, 3, 2);
    return m_store->addRequest(request);
}

ForumRequest TestRequestsPage::storedRequest(Id id) const
{
    for (const ForumRequest& request : m_store->requests()) {
        if (request.id == id)
            return request;
    }
    return {};
}

void TestRequestsPage::requestsDescribeThemselves()
{
    QCOMPARE(m_page->title(), QStringLiteral("Requests"));
    QVERIFY(!m_page->icon().isNull());
    for (const char* name : {"requestsTableView", "filterLineEdit", "titleLineEdit", "kindComboBox", "statusComboBox",
                             "requestedByComboBox", "requestedOnDateEdit", "decidedOnDateEdit",
                             "descriptionPlainTextEdit", "decisionPlainTextEdit"}) {
        auto* widget = child<QWidget>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(m_page->canAdd());
    QVERIFY(!m_page->canRemove()); // nothing selected in an empty queue
    QCOMPARE(m_page->count(), 0);
}

void TestRequestsPage::requestAddThenTypeTitle()
{
    QSignalSpy changed(m_page.get(), &ui::Page::inventoryChanged);
    m_page->add();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_store->requests().size(), size_t(1));
    const ForumRequest added = m_store->requests().front();
    QCOMPARE(added.title, QStringLiteral("New request"));
    QCOMPARE(added.requestedOn, QDate::currentDate());
    QCOMPARE(added.status, RequestStatus::Open);
    QCOMPARE(m_page->selectedId(), added.id);

    auto* title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    QCOMPARE(title->selectedText(), QStringLiteral("New request")); // typing replaces it
    QTest::keyClicks(title, QStringLiteral("Jira connector"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(storedRequest(added.id).title, QStringLiteral("Jira connector"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_page->count(), 1);

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

void TestRequestsPage::requestStatusUndoRedo()
{
    const Id id = addRequest(QStringLiteral("Confluence"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* status = child<QComboBox>(QStringLiteral("statusComboBox"));
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
    QCOMPARE(m_page->selectedId(), id);
    QVERIFY(m_store->verify().isEmpty());
}

void TestRequestsPage::requestFilter()
{
    addRequest(QStringLiteral("GitHub connector"));
    addRequest(QStringLiteral("Release notes"), RequestKind::Skill);
    addRequest(QStringLiteral("Onboarding"), RequestKind::Workflow);
    m_page->reload();
    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    auto* table = child<QTableView>(QStringLiteral("requestsTableView"));
    QCOMPARE(table->model()->rowCount(), 3);
    QApplication::setActiveWindow(m_page.get());
    m_page->focusFind();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("skill")); // the kind column matches too
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Release notes"));
    QTest::keyClick(filter, Qt::Key_Down); // the keyboard reaches the match
    QTRY_VERIFY(table->hasFocus());
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestRequestsPage::requestDeleteThenUndoRestoresSameId()
{
    addRequest(QStringLiteral("First"));
    const Id id = addRequest(QStringLiteral("Second"));
    ForumRequest before = storedRequest(id);
    m_page->reload();
    QVERIFY(m_page->select(id));
    QVERIFY(m_page->canRemove());
    m_page->remove();
    QCOMPARE(m_store->requests().size(), size_t(1));
    QCOMPARE(storedRequest(id).id, Id(0));
    m_stack->undo();
    QCOMPARE(storedRequest(id), before);
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));
    m_stack->redo();
    QCOMPARE(storedRequest(id).id, Id(0));
}

void TestRequestsPage::requestDuplicate()
{
    const Id id = addRequest(QStringLiteral("Slack"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    m_page->duplicate();
    QCOMPARE(m_store->requests().size(), size_t(2));
    const Id copy = m_page->selectedId();
    QVERIFY(copy != id);
    QCOMPARE(storedRequest(copy).title, QStringLiteral("Slack (copy)"));
    QCOMPARE(storedRequest(copy).requestedOn, storedRequest(id).requestedOn);
    m_stack->undo();
    QCOMPARE(m_store->requests().size(), size_t(1));
}

void TestRequestsPage::requestEmptyTitleRefusedInline()
{
    const Id id = addRequest(QStringLiteral("Notion"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* title = child<QLineEdit>(QStringLiteral("titleLineEdit"));
    test::retype(title, QString());
    QCOMPARE(storedRequest(id).title, QStringLiteral("Notion"));
    QCOMPARE(m_stack->count(), 0);
    auto* error = child<QLabel>(QStringLiteral("titleErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(title->accessibleDescription(), error->text());
    QCOMPARE(title->text(), QString()); // kept as typed, to be corrected
    test::retype(title, QStringLiteral("Notion workspace"));
    QVERIFY(!error->isVisible());
    QCOMPARE(storedRequest(id).title, QStringLiteral("Notion workspace"));
}

void TestRequestsPage::requestDecidedBeforeRequestedRefusedInline()
{
    const Id id = addRequest(QStringLiteral("Drive"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* decided = child<QDateEdit>(QStringLiteral("decidedOnDateEdit"));
    QCOMPARE(decided->text(), QStringLiteral("Not set"));
    test::commitDate(decided, QDate(2026, 3, 1)); // the day before it was requested
    QVERIFY(!storedRequest(id).decidedOn.isValid());
    QCOMPARE(m_stack->count(), 0);
    auto* error = child<QLabel>(QStringLiteral("decidedOnErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(decided->text(), QStringLiteral("Not set")); // back to what is stored

    test::commitDate(decided, QDate(2026, 3, 4));
    QCOMPARE(storedRequest(id).decidedOn, QDate(2026, 3, 4));
    QVERIFY(!error->isVisible());
}

void TestRequestsPage::requestsReadOnlyStoreDisablesForm()
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

void TestRequestsPage::requestStoreRefusalShownInForm()
{
    const Id id = addRequest(QStringLiteral("Linear"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    // Deleted behind the page's back (another process, say): the store refuses the update.
    QVERIFY(test::rawSql(m_path, QStringLiteral("DELETE FROM requests WHERE id = %1").arg(id)));
    test::retype(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("Linear sync"));
    QCOMPARE(m_stack->count(), 0);
    auto* message = child<QLabel>(QStringLiteral("formMessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
}

void TestRequestsPage::requestNewPersonAsRequester()
{
    const Id id = addRequest(QStringLiteral("Zoom"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    QVERIFY(m_page->requestForm()->addPersonAs(QStringLiteral(" Grace Hopper ")));
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

void TestRequestsPage::answerDecision(const std::function<bool(ui::DecisionDialog*)>& answer)
{
    QTimer::singleShot(0, this, [answer] {
        QTRY_VERIFY(qobject_cast<ui::DecisionDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ui::DecisionDialog*>(QApplication::activeModalWidget());
        if (answer(dialog))
            dialog->accept();
        else
            dialog->reject();
    });
}

// Checks a person in the dialog's list, as a click on their box does.
void TestRequestsPage::check(ui::DecisionDialog* dialog, const QString& name)
{
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("decidersListWidget"));
    QVERIFY(list);
    const QList<QListWidgetItem*> found = list->findItems(name, Qt::MatchExactly);
    QCOMPARE(found.size(), qsizetype(1));
    found.front()->setCheckState(Qt::Checked);
}

void TestRequestsPage::requestConcernsAConnector()
{
    Connector box;
    box.name = QStringLiteral("Box");
    const Id boxId = m_store->addConnector(box);
    const Id id = addRequest(QStringLiteral("Box for the archive"));
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* kind = child<QComboBox>(QStringLiteral("kindComboBox"));
    test::chooseData(kind, int(RequestKind::ScopeChange));
    QCOMPARE(storedRequest(id).kind, RequestKind::ScopeChange);
    auto* connectors = child<QComboBox>(QStringLiteral("connectorComboBox"));
    QCOMPARE(connectors->itemText(0), QStringLiteral("(none)"));
    test::choose(connectors, connectors->findData(boxId));
    QCOMPARE(storedRequest(id).connectorId, boxId);
    QCOMPARE(m_page->model()->index(0, ui::RequestTableModel::Concerns).data().toString(), QStringLiteral("Box"));
    m_stack->undo();
    QCOMPARE(storedRequest(id).connectorId, Id(0));
    QCOMPARE(connectors->currentIndex(), 0);
}

void TestRequestsPage::tierThreeApprovalNeedsTwoDeciders()
{
    const Id ada = m_store->addPerson({0, QStringLiteral("Ada"), {}, {}, {}, {}});
    const Id bo = m_store->addPerson({0, QStringLiteral("Bo"), {}, {}, {}, {}});
    Connector salesforce;
    salesforce.name = QStringLiteral("Salesforce");
    salesforce.access = Access::ReadWrite;
    salesforce.tier = 3;
    salesforce.status = ApprovalStatus::Requested;
    const Id salesforceId = m_store->addConnector(salesforce);
    const Connector before = *m_store->connector(salesforceId);
    ForumRequest request;
    request.title = QStringLiteral("Salesforce write access");
    request.connectorId = salesforceId;
    request.requestedOn = QDate(2026, 3, 2);
    const Id id = m_store->addRequest(request);
    m_page->reload();
    QVERIFY(m_page->select(id));
    auto* approve = child<QPushButton>(QStringLiteral("approvePushButton"));
    QVERIFY(approve->isEnabled());

    // With one decider the dialog says why two are needed and does not offer the approval.
    bool sawOneDeciderRefused = false;
    answerDecision([&](ui::DecisionDialog* dialog) {
        const auto* why = dialog->findChild<QLabel*>(QStringLiteral("decidersReasonLabel"));
        if (!why || !why->text().contains(QStringLiteral("dual review")))
            return false;
        if (dialog->requiredDeciders() != 2)
            return false;
        check(dialog, QStringLiteral("Bo"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("approvePushButton"));
        const auto* problem = dialog->findChild<QLabel*>(QStringLiteral("decisionProblemLabel"));
        sawOneDeciderRefused = ok && !ok->isEnabled() && problem && problem->text().contains(QStringLiteral("1 more"));
        return false;
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(sawOneDeciderRefused);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(storedRequest(id).status, RequestStatus::Open);

    // Two deciders: Bo first, so Bo is the connector's approver.
    answerDecision([&](ui::DecisionDialog* dialog) {
        check(dialog, QStringLiteral("Bo"));
        check(dialog, QStringLiteral("Ada"));
        dialog->setDecidedOn(QDate(2026, 3, 20));
        dialog->setNote(QStringLiteral("Folder-scoped app only."));
        return dialog->findChild<QPushButton*>(QStringLiteral("approvePushButton"))->isEnabled();
    });
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE(m_stack->count(), 1);
    ForumRequest decided = storedRequest(id);
    QCOMPARE(decided.status, RequestStatus::Approved);
    QCOMPARE(decided.deciders, (std::vector<Id>{bo, ada}));
    QCOMPARE(decided.decidedOn, QDate(2026, 3, 20));
    QCOMPARE(decided.decision, QStringLiteral("Folder-scoped app only."));
    Connector approved = *m_store->connector(salesforceId);
    QCOMPARE(approved.status, ApprovalStatus::Approved);
    QCOMPARE(approved.approvedBy, bo);
    QCOMPARE(approved.approvedOn, QDate(2026, 3, 20));
    // The form shows the decision and offers no second one.
    QTRY_COMPARE(child<QLabel>(QStringLiteral("decidersLabel"))->text(), QStringLiteral("Bo, Ada"));
    QVERIFY(!approve->isEnabled());
    QCOMPARE(child<QComboBox>(QStringLiteral("statusComboBox"))->currentIndex(), int(RequestStatus::Approved));

    // One undo step takes back the decision and the connector's approval together.
    m_stack->undo();
    QCOMPARE(storedRequest(id).status, RequestStatus::Open);
    QVERIFY(storedRequest(id).deciders.empty());
    QCOMPARE(*m_store->connector(salesforceId), before);
    QVERIFY(approve->isEnabled());
    m_stack->redo();
    QCOMPARE(storedRequest(id), decided);
    QCOMPARE(*m_store->connector(salesforceId), approved);
    QVERIFY(m_store->verify().isEmpty());
}

void TestRequestsPage::rejectWithOneDecider()
{
    const Id ada = m_store->addPerson({0, QStringLiteral("Ada"), {}, {}, {}, {}});
    const Id id = addRequest(QStringLiteral("Auto-send replies"), RequestKind::Workflow);
    m_page->reload();
    QVERIFY(m_page->select(id));
    answerDecision([&](ui::DecisionDialog* dialog) {
        check(dialog, QStringLiteral("Ada"));
        dialog->setNote(QStringLiteral("Prohibited use."));
        return true;
    });
    QTest::mouseClick(child<QPushButton>(QStringLiteral("rejectPushButton")), Qt::LeftButton);
    QTRY_COMPARE(storedRequest(id).status, RequestStatus::Rejected);
    QCOMPARE(storedRequest(id).deciders, std::vector<Id>{ada});
    QCOMPARE(storedRequest(id).decidedOn, QDate::currentDate());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Reject \u201cAuto-send replies\u201d"));
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
