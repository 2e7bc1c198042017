// The Reviews page: everything reviewed on a cadence by due date, coloured and worded by urgency,
// filtered by owner; "Mark reviewed" through its dialog and the review settings as undoable
// commands that undo and redo restore exactly.
#include "commands/reviewcommands.h"
#include "commands/storecommand.h"
#include "reviews/markrevieweddialog.h"
#include "reviews/reviewspage.h"
#include "reviews/reviewtablemodel.h"
#include "rules/findings.h"
#include "rules/reviewitems.h"
#include "store/store.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace steward;
using ui::MarkReviewedDialog;
using ui::ReviewFilterProxy;
using ui::ReviewsPage;
using ui::ReviewTableModel;

class TestReviewsPage : public test::PageTest<ReviewsPage>
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsFollowReviewItemsByDueDate();
    void urgencyShowsInColourIconAndWords();
    void ownerAndTextFilterNarrowRows();
    void markReviewedRecordsAndUndoRedoRestore();
    void cancelledDialogRecordsNothing();
    void newReviewerIsAddedWithTheReview();
    void dueSoonWindowIsAnUndoableSetting();
    void pilotFlagFollowsGraduationWeeks();
    void hiddenPageReadsWhenShownAgain();
    void readOnlyStoreDisablesActions();

private:
    void fill();
    int rowNamed(const QString& name) const; // proxy row, -1 when not shown
    QVariant cell(const QString& name, int column, int role = Qt::DisplayRole) const;
    // Answers the next Mark reviewed dialog: `fill` sets its fields, then it is accepted or cancelled.
    void answerDialog(const std::function<void(MarkReviewedDialog*)>& fill, bool accept);
    bool dialogSeen() const { return m_dialogSeen; }

    QDate m_today;
    Id m_alice = 0;
    Id m_bob = 0;
    Id m_slack = 0;  // overdue
    Id m_github = 0; // due soon
    Id m_drive = 0;  // due in about 20 days: not due within 14, due soon within 30
    Id m_jira = 0;   // not due
    Id m_pilot = 0;  // a pilot of 100 days
    Id m_skill = 0;  // never reviewed
    bool m_dialogSeen = false;
};

void TestReviewsPage::init()
{
    createPage({1300, 760});
    m_today = QDate::currentDate();
    m_dialogSeen = false;
    fill();
    m_page->reload();
}

void TestReviewsPage::cleanup()
{
    destroyPage();
}

void TestReviewsPage::fill()
{
    m_alice = m_store->addPerson({0, QStringLiteral("Alice Martin"), {}, {}, {}, {}});
    m_bob = m_store->addPerson({0, QStringLiteral("Bob Ndiaye"), {}, {}, {}, {}});
    auto connector = [&](const QString& name, Id owner, int daysAgo) {
        Connector c;
        c.name = name;
        c.ownerId = owner;
        c.review = ReviewState(Cadence::Quarterly, m_today.addDays(-daysAgo), m_bob);
        return m_store->addConnector(c);
    };
    m_slack = connector(QStringLiteral("Slack"), m_alice, 100);
    m_github = connector(QStringLiteral("GitHub"), m_bob, 85);
    m_drive = connector(QStringLiteral("Drive"), m_alice, 70);
    m_jira = connector(QStringLiteral("Jira"), m_bob, 10);
    Workspace w;
    w.name = QStringLiteral("Finance pilot");
    w.ownerId = m_bob;
    w.status = WorkspaceStatus::Pilot;
    w.pilotStartedOn = m_today.addDays(-100);
    w.review = ReviewState(Cadence::Monthly, m_today.addDays(-3), m_alice);
    m_pilot = m_store->addWorkspace(w);
    Skill s;
    s.name = QStringLiteral("Summarise thread");
    m_skill = m_store->addSkill(s);
}

int TestReviewsPage::rowNamed(const QString& name) const
{
    const ReviewFilterProxy* proxy = m_page->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, ReviewTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QVariant TestReviewsPage::cell(const QString& name, int column, int role) const
{
    const int row = rowNamed(name);
    return row < 0 ? QVariant() : m_page->proxy()->index(row, column).data(role);
}

void TestReviewsPage::answerDialog(const std::function<void(MarkReviewedDialog*)>& fill, bool accept)
{
    QTimer::singleShot(0, this, [this, fill, accept] {
        QTRY_VERIFY(qobject_cast<MarkReviewedDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<MarkReviewedDialog*>(QApplication::activeModalWidget());
        m_dialogSeen = true;
        fill(dialog);
        if (!accept) {
            dialog->reject();
            return;
        }
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("markReviewedPushButton"));
        QVERIFY(ok && ok->isEnabled());
        ok->click();
    });
}

void TestReviewsPage::rowsFollowReviewItemsByDueDate()
{
    const std::vector<rules::ReviewItem> items = rules::reviewItems(rules::readLintInput(*m_store), m_today);
    const ReviewFilterProxy* proxy = m_page->proxy();
    QCOMPARE(proxy->rowCount(), int(items.size()));
    QCOMPARE(proxy->rowCount(), 4 + 4 + 1 + 1); // the governance objects, connectors, the workspace, the skill
    QDate previous;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        const rules::ReviewItem& item = items[std::size_t(row)];
        QCOMPARE(index.data(ReviewTableModel::SubjectTypeRole).toString(), item.subjectType);
        QCOMPARE(index.data(ReviewTableModel::SubjectIdRole).value<Id>(), item.subjectId);
        QCOMPARE(index.data().toString(), item.due.toString(Qt::ISODate));
        QCOMPARE(proxy->index(row, ReviewTableModel::NameColumn).data().toString(), item.name);
        QCOMPARE(proxy->index(row, ReviewTableModel::CadenceColumn).data().toString(), rules::cadenceText(item.review));
        QVERIFY(!previous.isValid() || previous <= item.due);
        previous = item.due;
    }
    QCOMPARE(cell(QStringLiteral("Slack"), ReviewTableModel::OwnerColumn).toString(), QStringLiteral("Alice Martin"));
    QCOMPARE(cell(QStringLiteral("Slack"), ReviewTableModel::ReviewedByColumn).toString(),
             QStringLiteral("Bob Ndiaye"));
    QCOMPARE(cell(QStringLiteral("Slack"), ReviewTableModel::KindColumn).toString(), QStringLiteral("Connector"));

    // Another sort and back: the due-date order comes back exactly.
    auto* table = child<QTableView>(QStringLiteral("reviewsTableView"));
    table->sortByColumn(ReviewTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, ReviewTableModel::NameColumn).data().toString(), QStringLiteral("Acceptable-use policy"));
    table->sortByColumn(ReviewTableModel::DueColumn, Qt::AscendingOrder);
    for (int row = 0; row < proxy->rowCount(); ++row)
        QCOMPARE(proxy->index(row, 0).data(ReviewTableModel::SubjectIdRole).value<Id>(),
                 items[std::size_t(row)].subjectId);
    // By state: overdue first, then due soon, then the rest.
    table->sortByColumn(ReviewTableModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, ReviewTableModel::NameColumn).data().toString(), QStringLiteral("Slack"));
}

void TestReviewsPage::urgencyShowsInColourIconAndWords()
{
    const QString slack = QStringLiteral("Slack");   // overdue
    const QString github = QStringLiteral("GitHub"); // due soon
    const QString jira = QStringLiteral("Jira");     // not due
    const QString skill = QStringLiteral("Summarise thread");
    QCOMPARE(cell(slack, 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::Overdue));
    QCOMPARE(cell(github, 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::DueSoon));
    QCOMPARE(cell(jira, 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));

    // Overdue: the alert colour on every column, and an icon and words in State.
    for (int column = 0; column < ReviewTableModel::ColumnCount; ++column) {
        QVERIFY(cell(slack, column, Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(!cell(jira, column, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(github, column, Qt::ForegroundRole).isValid());
    }
    QVERIFY(cell(slack, 0, Qt::ForegroundRole).value<QColor>() != m_page->palette().color(QPalette::Text));
    // Due soon: a softer background tint.
    QVERIFY(cell(github, ReviewTableModel::NameColumn, Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(cell(github, ReviewTableModel::NameColumn, Qt::BackgroundRole).value<QColor>() !=
            m_page->palette().color(QPalette::Base));
    QVERIFY(!cell(jira, ReviewTableModel::NameColumn, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(slack, ReviewTableModel::NameColumn, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(slack, ReviewTableModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!cell(github, ReviewTableModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(jira, ReviewTableModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(slack, ReviewTableModel::StateColumn).toString().startsWith(QStringLiteral("Overdue by ")));
    QVERIFY(cell(github, ReviewTableModel::StateColumn).toString().startsWith(QStringLiteral("Due in ")));
    QCOMPARE(cell(jira, ReviewTableModel::StateColumn).toString(), QStringLiteral("Not due"));
    QCOMPARE(cell(skill, ReviewTableModel::StateColumn).toString(), QStringLiteral("Never reviewed"));
    QCOMPARE(cell(skill, ReviewTableModel::LastReviewedColumn).toString(), QStringLiteral("Never"));

    // A dark palette gets a lighter alert colour, still unlike its text.
    const QColor light = cell(slack, 0, Qt::ForegroundRole).value<QColor>();
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    m_page->setPalette(dark);
    const QColor onDark = cell(slack, 0, Qt::ForegroundRole).value<QColor>();
    QVERIFY(onDark != light);
    QVERIFY(onDark.lightness() > 128);

    // What the count says: the items that want attention.
    const ReviewTableModel* model = m_page->model();
    int attention = 0;
    for (const ui::ReviewRow& row : model->rows())
        attention += row.item.state == rules::DueState::NotDue ? 0 : 1;
    QCOMPARE(m_page->count(), qint64(attention));
    QVERIFY(attention >= 7); // four governance objects and a skill never reviewed, Slack, GitHub
}

void TestReviewsPage::ownerAndTextFilterNarrowRows()
{
    auto* owner = child<QComboBox>(QStringLiteral("ownerFilterComboBox"));
    QVERIFY(owner);
    QCOMPARE(owner->itemText(0), QStringLiteral("Everyone"));
    QCOMPARE(owner->count(), 4); // Everyone, Alice, Bob, (no owner)
    test::choose(owner, owner->findData(QVariant::fromValue(m_alice)));
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QVERIFY(rowNamed(QStringLiteral("Slack")) >= 0 && rowNamed(QStringLiteral("Drive")) >= 0);
    test::choose(owner, owner->findData(QVariant::fromValue(Id(0))));
    QCOMPARE(m_page->proxy()->rowCount(), 5); // the governance objects and the skill
    test::choose(owner, 0);
    QCOMPARE(m_page->proxy()->rowCount(), m_page->model()->rowCount());

    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("slack"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("overdue"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    filter->clear();

    // The owner filter stays across a reload.
    test::choose(owner, owner->findData(QVariant::fromValue(m_bob)));
    m_page->reload();
    QCOMPARE(owner->currentData().value<Id>(), m_bob);
    QCOMPARE(m_page->proxy()->rowCount(), 3); // GitHub, Jira, Finance pilot
}

void TestReviewsPage::markReviewedRecordsAndUndoRedoRestore()
{
    QVERIFY(m_page->selectItem(QStringLiteral("connector"), m_slack));
    QCOMPARE(cell(QStringLiteral("Slack"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::Overdue));
    const Connector before = *m_store->connector(m_slack);
    const std::vector<Review> reviewsBefore = m_store->reviews();
    const QDate on = m_today.addDays(-1);

    answerDialog(
        [&](MarkReviewedDialog* dialog) {
            QCOMPARE(dialog->reviewedOn(), m_today);
            dialog->setReviewerId(m_alice);
            dialog->setReviewedOn(on);
            dialog->setNotes(QStringLiteral("Scopes checked against the policy"));
        },
        true);
    auto* button = child<QPushButton>(QStringLiteral("markReviewedPushButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialogSeen());

    const std::vector<Review> reviewsAfter = m_store->reviews();
    QCOMPARE(reviewsAfter.size(), reviewsBefore.size() + 1);
    const Review& review = reviewsAfter.back();
    QCOMPARE(review.subjectType, QStringLiteral("connector"));
    QCOMPARE(review.subjectId, m_slack);
    QCOMPARE(review.reviewerId, m_alice);
    QCOMPARE(review.reviewedOn, on);
    QCOMPARE(review.notes, QStringLiteral("Scopes checked against the policy"));
    const Connector after = *m_store->connector(m_slack);
    QCOMPARE(after.review.lastReviewedOn, on);
    QCOMPARE(after.review.lastReviewedBy, m_alice);
    QCOMPARE(m_stack->count(), 1);

    // The row moved to its new due date and is still the selected one.
    QCOMPARE(m_page->selectedType(), QStringLiteral("connector"));
    QCOMPARE(m_page->selectedId(), m_slack);
    QCOMPARE(cell(QStringLiteral("Slack"), ReviewTableModel::DueColumn).toString(),
             rules::addCadence(on, Cadence::Quarterly).toString(Qt::ISODate));
    QCOMPARE(cell(QStringLiteral("Slack"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));
    QCOMPARE(rowNamed(QStringLiteral("Slack")), m_page->proxy()->rowCount() - 1); // now the last one due
    auto* history = child<QTableWidget>(QStringLiteral("historyTableWidget"));
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 0)->text(), on.toString(Qt::ISODate));
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Alice Martin"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Scopes checked against the policy"));

    m_stack->undo();
    QCOMPARE(*m_store->connector(m_slack), before);
    QCOMPARE(m_store->reviews(), reviewsBefore);
    QCOMPARE(cell(QStringLiteral("Slack"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::Overdue));
    QCOMPARE(m_page->selectedId(), m_slack);
    QVERIFY(!history->isVisible());
    m_stack->redo();
    QCOMPARE(*m_store->connector(m_slack), after);
    QCOMPARE(m_store->reviews(), reviewsAfter); // under the same id
    QCOMPARE(history->rowCount(), 1);

    // A governance object through Enter on its row: the same dialog and command.
    QVERIFY(m_page->selectItem(QStringLiteral("governance"), m_store->governanceObjects().front().id));
    answerDialog([&](MarkReviewedDialog* dialog) { dialog->setReviewerId(m_bob); }, true);
    QTest::keyClick(child<QTableView>(QStringLiteral("reviewsTableView")), Qt::Key_Return);
    QVERIFY(dialogSeen());
    QCOMPARE(m_store->governanceObjects().front().review.lastReviewedOn, m_today);
    QCOMPARE(m_store->governanceObjects().front().review.lastReviewedBy, m_bob);
    QCOMPARE(m_stack->count(), 2);
}

void TestReviewsPage::cancelledDialogRecordsNothing()
{
    QVERIFY(m_page->selectItem(QStringLiteral("skill"), m_skill));
    const std::vector<Review> before = m_store->reviews();
    answerDialog(
        [&](MarkReviewedDialog* dialog) {
            // Nobody chosen: Mark reviewed waits for a reviewer.
            dialog->setReviewerId(0);
            QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("markReviewedPushButton"))->isEnabled());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("markReviewedProblemLabel"))->isVisibleTo(dialog));
        },
        false);
    QVERIFY(!m_page->markSelectedReviewed());
    QVERIFY(dialogSeen());
    QCOMPARE(m_store->reviews(), before);
    QCOMPARE(m_stack->count(), 0);

    // The window's Edit › Mark Reviewed reaches the same dialog through the Page interface.
    ui::Page* page = m_page.get();
    QVERIFY(page->canMarkReviewed());
    m_dialogSeen = false;
    answerDialog([](MarkReviewedDialog*) {}, false);
    page->markReviewed();
    QVERIFY(dialogSeen());
    QCOMPARE(m_stack->count(), 0);
}

void TestReviewsPage::newReviewerIsAddedWithTheReview()
{
    QVERIFY(m_page->selectItem(QStringLiteral("workspace"), m_pilot));
    const std::vector<Person> peopleBefore = m_store->people();
    const Workspace before = *m_store->workspace(m_pilot);
    answerDialog([&](MarkReviewedDialog* dialog) { dialog->setNewReviewerName(QStringLiteral("Chloé Dubois")); }, true);
    QVERIFY(m_page->markSelectedReviewed());
    const Id chloe = m_store->personIdByName(QStringLiteral("Chloé Dubois"));
    QVERIFY(chloe != 0);
    QCOMPARE(m_store->workspace(m_pilot)->review.lastReviewedBy, chloe);
    QCOMPARE(m_stack->count(), 1); // one command for the person and the review

    m_stack->undo();
    QCOMPARE(m_store->people(), peopleBefore);
    QCOMPARE(*m_store->workspace(m_pilot), before);
    m_stack->redo();
    QCOMPARE(m_store->personIdByName(QStringLiteral("Chloé Dubois")), chloe);
    QCOMPARE(m_store->workspace(m_pilot)->review.lastReviewedBy, chloe);

    // A name the directory knows is chosen, not added again.
    QVERIFY(m_page->selectItem(QStringLiteral("connector"), m_jira));
    answerDialog(
        [&](MarkReviewedDialog* dialog) {
            dialog->setNewReviewerName(QStringLiteral("alice martin"));
            QCOMPARE(dialog->reviewerId(), m_alice);
        },
        true);
    QVERIFY(m_page->markSelectedReviewed());
    QCOMPARE(m_store->people().size(), peopleBefore.size() + 1);
}

void TestReviewsPage::dueSoonWindowIsAnUndoableSetting()
{
    auto* dueSoon = child<QSpinBox>(QStringLiteral("dueSoonDaysSpinBox"));
    QCOMPARE(dueSoon->value(), 14);
    QCOMPARE(cell(QStringLiteral("Drive"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));
    QVERIFY(m_page->selectItem(QStringLiteral("connector"), m_drive));

    dueSoon->setValue(29);
    dueSoon->setValue(30); // a second step of the same setting merges into one command
    QCOMPARE(m_store->reviewSettings().dueSoonDays, 30);
    QCOMPARE(m_store->reviewSettings().pilotWeeks, 12);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(cell(QStringLiteral("Drive"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::DueSoon));
    QVERIFY(cell(QStringLiteral("Drive"), ReviewTableModel::NameColumn, Qt::BackgroundRole).isValid());
    QCOMPARE(cell(QStringLiteral("Jira"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));
    QCOMPARE(m_page->selectedId(), m_drive);

    m_stack->undo();
    QCOMPARE(m_store->reviewSettings(), ReviewSettings{});
    QCOMPARE(dueSoon->value(), 14);
    QCOMPARE(cell(QStringLiteral("Drive"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));
    m_stack->redo();
    QCOMPARE(m_store->reviewSettings().dueSoonDays, 30);
    QCOMPARE(dueSoon->value(), 30);

    // A window of 0 days: only what was never reviewed is still due soon.
    dueSoon->setValue(0);
    QCOMPARE(m_store->reviewSettings().dueSoonDays, 0);
    QCOMPARE(cell(QStringLiteral("GitHub"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));
    QCOMPARE(cell(QStringLiteral("Summarise thread"), 0, ReviewTableModel::DueStateRole).toInt(),
             int(rules::DueState::DueSoon));
}

void TestReviewsPage::pilotFlagFollowsGraduationWeeks()
{
    const QString pilot = QStringLiteral("Finance pilot");
    QVERIFY(cell(pilot, 0, ReviewTableModel::PilotOverdueRole).toBool()); // 100 days > 12 weeks
    QVERIFY(cell(pilot, ReviewTableModel::StateColumn).toString().contains(QStringLiteral("Pilot never graduated")));
    QVERIFY(!cell(pilot, ReviewTableModel::StateColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!cell(QStringLiteral("Jira"), 0, ReviewTableModel::PilotOverdueRole).toBool());
    QVERIFY(m_page->selectItem(QStringLiteral("workspace"), m_pilot));
    auto* pilotLabel = child<QLabel>(QStringLiteral("reviewItemPilotLabel"));
    QVERIFY(pilotLabel->isVisible());
    QVERIFY(pilotLabel->text().contains(QStringLiteral("within 12 week")));

    auto* weeks = child<QSpinBox>(QStringLiteral("pilotWeeksSpinBox"));
    weeks->setValue(15);
    QCOMPARE(m_store->reviewSettings().pilotWeeks, 15);
    QVERIFY(!cell(pilot, 0, ReviewTableModel::PilotOverdueRole).toBool()); // 100 days < 15 weeks
    QVERIFY(!cell(pilot, ReviewTableModel::StateColumn).toString().contains(QStringLiteral("Pilot")));
    QVERIFY(!pilotLabel->isVisible());
    m_stack->undo();
    QCOMPARE(m_store->reviewSettings().pilotWeeks, 12);
    QCOMPARE(weeks->value(), 12);
    QVERIFY(cell(pilot, 0, ReviewTableModel::PilotOverdueRole).toBool());
    QVERIFY(pilotLabel->isVisible());
}

void TestReviewsPage::hiddenPageReadsWhenShownAgain()
{
    // Another page's command while this one is out of sight: it reads again when shown.
    m_page->hide();
    ReviewSettings settings;
    settings.dueSoonDays = 30;
    QCOMPARE(ui::pushReviewSettings(m_store.get(), m_stack.get(), settings, ui::ReviewSetting::DueSoonDays), QString());
    QCOMPARE(cell(QStringLiteral("Drive"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::NotDue));
    m_page->show();
    QCOMPARE(cell(QStringLiteral("Drive"), 0, ReviewTableModel::DueStateRole).toInt(), int(rules::DueState::DueSoon));
    QCOMPARE(child<QSpinBox>(QStringLiteral("dueSoonDaysSpinBox"))->value(), 30);
}

void TestReviewsPage::readOnlyStoreDisablesActions()
{
    reopenReadOnly();
    QVERIFY(m_page->proxy()->rowCount() > 0);
    QVERIFY(m_page->selectItem(QStringLiteral("connector"), m_slack));
    QVERIFY(!child<QPushButton>(QStringLiteral("markReviewedPushButton"))->isEnabled());
    QVERIFY(!child<QSpinBox>(QStringLiteral("dueSoonDaysSpinBox"))->isEnabled());
    QVERIFY(!child<QSpinBox>(QStringLiteral("pilotWeeksSpinBox"))->isEnabled());
    QVERIFY(!m_page->findChild<QAction*>(QStringLiteral("markReviewedContextAction"))->isEnabled());
    QVERIFY(!m_page->canMarkReviewed());
    QVERIFY(!m_page->markSelectedReviewed());
    QVERIFY(!m_page->setDueSoonDays(30));
    QTest::keyClick(child<QTableView>(QStringLiteral("reviewsTableView")), Qt::Key_Return);
    QVERIFY(!qobject_cast<MarkReviewedDialog*>(QApplication::activeModalWidget()));
    QCOMPARE(m_store->reviewSettings().dueSoonDays, 14);
    QCOMPARE(m_stack->count(), 0);
}

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
