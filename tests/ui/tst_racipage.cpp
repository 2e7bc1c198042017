// The RACI page: letters toggled from the keyboard and from a small menu, roles and activities
// added, renamed, moved and removed, roles bound to people, rows that break "exactly one A" or
// "at least one R" marked with their reason, every edit one undoable command and the store
// checked after each.
#include "raci/racipage.h"
#include "raci/racitablemodel.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace steward;

namespace {

// A matrix as people read it, without the ids the store gives: a role or activity that undo puts
// back gets a new id, so snapshots are compared by content.
struct Content
{
    QStringList roles;
    QList<QList<qint64>> holders;
    QStringList activities;
    QStringList cells; // "activity/role=letters", row-major

    bool operator==(const Content&) const = default;
};

Content contentOf(const Raci& raci)
{
    Content content;
    for (const RaciRole& role : raci.roles) {
        content.roles.append(role.name);
        content.holders.append(QList<qint64>(role.people.begin(), role.people.end()));
    }
    for (const RaciActivity& activity : raci.activities)
        content.activities.append(activity.name);
    for (const RaciCell& cell : raci.cells)
        content.cells.append(QStringLiteral("%1/%2=%3").arg(cell.activity).arg(cell.role).arg(cell.letters));
    return content;
}

char* describe(const Content& content)
{
    return QTest::toString(QStringLiteral("roles %1 | holders %2 | activities %3 | cells %4")
                               .arg(content.roles.join(QLatin1Char(',')))
                               .arg(content.holders.size())
                               .arg(content.activities.join(QLatin1Char(',')), content.cells.join(QLatin1Char(' '))));
}

} // namespace

namespace QTest {
template <> char* toString(const Content& content)
{
    return describe(content);
}
} // namespace QTest

class TestRaciPage : public test::PageTest<ui::RaciPage>
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void describesItself();
    void keysToggleLettersInTheStore();
    void deleteKeyClearsCellNotActivity();
    void lettersMenuFromEnterF2AndDoubleClick();
    void undoRedoRestoreStoreExactly();
    void addRenameMoveRemoveActivity();
    void addRenameMoveRemoveRole();
    void editDeleteRemovesSelectedRoleColumn();
    void renameRefusesEmptyOrDuplicateName();
    void bindPeopleToRole();
    void rowProblemsMarkedWithReasonAndCleared();
    void readOnlyStoreRefusesEdits();
    void tabRunsButtonsGridNamesHolders();

private:
    // Two activities × three roles, no letters: Review/Approve × Owner, Security, Sponsor.
    void seedMatrix(const QList<RaciCell>& cells = {});
    QString cell(int activity, int role) const;
    Id addPerson(const QString& name);
    QTableView* view() const { return child<QTableView>(QStringLiteral("raciTableView")); }
    void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view(), Qt::Key(keyCode), modifiers);
    }
};

void TestRaciPage::init()
{
    createPage({1000, 600});
}

void TestRaciPage::cleanup()
{
    destroyPage();
}

void TestRaciPage::seedMatrix(const QList<RaciCell>& cells)
{
    Raci raci;
    raci.roles = {{0, QStringLiteral("Owner")}, {0, QStringLiteral("Security")}, {0, QStringLiteral("Sponsor")}};
    raci.activities = {{0, QStringLiteral("Review")}, {0, QStringLiteral("Approve")}};
    raci.cells = std::vector<RaciCell>(cells.begin(), cells.end());
    m_store->setRaci(raci);
    m_page->setStore(m_store.get(), m_stack.get());
    m_page->setCurrentCell(0, 0);
    view()->setFocus();
}

QString TestRaciPage::cell(int activity, int role) const
{
    const Raci raci = m_store->raci();
    for (const RaciCell& c : raci.cells) {
        if (c.activity == activity && c.role == role)
            return c.letters;
    }
    return {};
}

Id TestRaciPage::addPerson(const QString& name)
{
    Person person;
    person.name = name;
    return m_store->addPerson(person);
}

void TestRaciPage::describesItself()
{
    QCOMPARE(m_page->title(), QStringLiteral("RACI"));
    QVERIFY(!m_page->icon().pixmap(32, 32).isNull());
    for (const char* name : {"raciTableView", "addActivityToolButton", "removeActivityToolButton",
                             "moveActivityUpToolButton", "moveActivityDownToolButton", "addRoleToolButton",
                             "removeRoleToolButton", "moveRoleLeftToolButton", "moveRoleRightToolButton",
                             "lettersToolButton", "activityNameLineEdit", "roleNameLineEdit", "holdersListWidget"}) {
        auto* widget = child<QWidget>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    seedMatrix();
    QCOMPARE(m_page->count(), 2);
    QCOMPARE(m_page->countTable(), QStringLiteral("raci_activities"));
}

void TestRaciPage::keysToggleLettersInTheStore()
{
    seedMatrix();
    key(Qt::Key_R);
    QCOMPARE(cell(0, 0), QStringLiteral("R"));
    key(Qt::Key_A);
    QCOMPARE(cell(0, 0), QStringLiteral("RA"));
    key(Qt::Key_I);
    QCOMPARE(cell(0, 0), QStringLiteral("RAI"));
    key(Qt::Key_R); // again: off
    QCOMPARE(cell(0, 0), QStringLiteral("AI"));
    QCOMPARE(view()->currentIndex().data().toString(), QStringLiteral("AI"));
    // Arrows move between cells; the letter lands in the new one.
    key(Qt::Key_Right);
    key(Qt::Key_Down);
    key(Qt::Key_C);
    QCOMPARE(cell(1, 1), QStringLiteral("C"));
    QCOMPARE(cell(0, 0), QStringLiteral("AI"));
    key(Qt::Key_Backspace);
    QCOMPARE(cell(1, 1), QString());
    QCOMPARE(m_stack->count(), 6); // one command per key
    // Letters outside RACI do nothing, and do not leave the cell.
    key(Qt::Key_X);
    QCOMPARE(m_stack->count(), 6);
}

void TestRaciPage::deleteKeyClearsCellNotActivity()
{
    seedMatrix({{0, 0, QStringLiteral("RA")}});
    // As in the main window: Edit › Delete has the same key and would remove the whole activity.
    int removals = 0;
    QAction deleteAction(m_page.get());
    deleteAction.setShortcut(QKeySequence::Delete);
    m_page->addAction(&deleteAction);
    connect(&deleteAction, &QAction::triggered, this, [&removals] { ++removals; });
    key(Qt::Key_Delete);
    QCOMPARE(removals, 0);
    QCOMPARE(cell(0, 0), QString());
    QCOMPARE(m_store->raci().activities.size(), std::size_t(2));
}

void TestRaciPage::lettersMenuFromEnterF2AndDoubleClick()
{
    seedMatrix({{0, 1, QStringLiteral("C")}});
    m_page->setCurrentCell(0, 1);
    auto* menu = m_page->findChild<QMenu*>(QStringLiteral("lettersMenu"));
    QVERIFY(menu);
    key(Qt::Key_Return);
    QTRY_VERIFY(menu->isVisible());
    auto* accountable = menu->findChild<QAction*>(QStringLiteral("letterAAction"));
    QVERIFY(accountable);
    QVERIFY(!accountable->isChecked());
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("letterCAction"))->isChecked()); // shows what the cell holds
    accountable->trigger();
    menu->hide();
    QCOMPARE(cell(0, 1), QStringLiteral("AC"));

    key(Qt::Key_F2);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(accountable->isChecked());
    menu->findChild<QAction*>(QStringLiteral("clearLettersAction"))->trigger();
    menu->hide();
    QCOMPARE(cell(0, 1), QString());

    const QRect rect = view()->visualRect(m_page->model()->index(1, 2));
    // A real double-click: QTest's dclick alone lacks the first press and release a view expects.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(menu->isVisible());
    menu->findChild<QAction*>(QStringLiteral("letterRAction"))->trigger();
    menu->hide();
    QCOMPARE(cell(1, 2), QStringLiteral("R"));
}

void TestRaciPage::undoRedoRestoreStoreExactly()
{
    const Id ada = addPerson(QStringLiteral("Ada"));
    seedMatrix({{1, 2, QStringLiteral("I")}});
    QList<Content> states{contentOf(m_store->raci())};
    auto step = [&](bool done) {
        QVERIFY(done);
        states.append(contentOf(m_store->raci()));
    };
    step(m_page->toggleLetter(QLatin1Char('A')));
    step(m_page->addRole());
    step(m_page->renameRole(m_page->currentRole(), QStringLiteral("Legal")));
    step(m_page->toggleLetter(QLatin1Char('R')));
    step(m_page->setHolders(m_page->currentRole(), {ada}));
    step(m_page->moveRole(-1));
    step(m_page->addActivity());
    step(m_page->moveActivity(-1));
    answerNextMessageBox(QMessageBox::Yes); // Legal holds an R
    step(m_page->removeRole(0));
    answerNextMessageBox(QMessageBox::Yes); // Review holds an A
    step(m_page->removeActivity(1));
    QCOMPARE(m_stack->count(), int(states.size()) - 1);
    for (qsizetype i = states.size() - 1; i > 0; --i) {
        m_stack->undo();
        QCOMPARE(contentOf(m_store->raci()), states[i - 1]);
        QCOMPARE(contentOf(m_page->model()->matrix()), states[i - 1]); // the page re-read it
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        m_stack->redo();
        QCOMPARE(contentOf(m_store->raci()), states[i]);
    }
    // And back down again after redo, where the ids are the new ones.
    for (qsizetype i = states.size() - 1; i > 0; --i) {
        m_stack->undo();
        QCOMPARE(contentOf(m_store->raci()), states[i - 1]);
    }
}

void TestRaciPage::addRenameMoveRemoveActivity()
{
    seedMatrix({{1, 0, QStringLiteral("A")}});
    auto* name = child<QLineEdit>(QStringLiteral("activityNameLineEdit"));
    m_page->add(); // Edit › Add: an activity below the current one, its name ready to type over
    QCOMPARE(m_store->raci().activities[1].name, QStringLiteral("New activity"));
    QCOMPARE(m_page->currentActivity(), 1);
    QTRY_VERIFY(name->hasFocus());
    QCOMPARE(name->selectedText(), QStringLiteral("New activity"));
    test::retype(name, QStringLiteral("Audit"));
    QCOMPARE(m_store->raci().activities[1].name, QStringLiteral("Audit"));

    view()->setFocus();
    key(Qt::Key_Down, Qt::ControlModifier);
    QStringList names;
    for (const RaciActivity& activity : m_store->raci().activities)
        names.append(activity.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Review"), QStringLiteral("Approve"), QStringLiteral("Audit")}));
    QCOMPARE(m_page->currentActivity(), 2);    // the cursor moved with it
    QCOMPARE(cell(1, 0), QStringLiteral("A")); // Approve's letters moved up with Approve

    child<QToolButton>(QStringLiteral("moveActivityUpToolButton"))->click();
    QCOMPARE(m_store->raci().activities[1].name, QStringLiteral("Audit"));
    QCOMPARE(cell(2, 0), QStringLiteral("A"));

    // Without letters it goes at once; with letters the page asks first.
    child<QToolButton>(QStringLiteral("removeActivityToolButton"))->click();
    QCOMPARE(m_store->raci().activities.size(), std::size_t(2));
    m_page->setCurrentCell(1, 0);
    answerNextMessageBox(QMessageBox::No);
    QVERIFY(!m_page->removeActivity(1));
    QVERIFY(m_lastMessage.contains(QStringLiteral("Approve")));
    QCOMPARE(m_store->raci().activities.size(), std::size_t(2));
    answerNextMessageBox(QMessageBox::Yes);
    m_page->remove();
    QCOMPARE(m_store->raci().activities.size(), std::size_t(1));
    QVERIFY(m_store->raci().cells.empty());
}

void TestRaciPage::addRenameMoveRemoveRole()
{
    seedMatrix({{0, 2, QStringLiteral("R")}});
    m_page->setCurrentCell(0, 1);
    child<QToolButton>(QStringLiteral("addRoleToolButton"))->click();
    QCOMPARE(m_store->raci().roles[2].name, QStringLiteral("New role"));
    QCOMPARE(m_page->currentRole(), 2);
    auto* name = child<QLineEdit>(QStringLiteral("roleNameLineEdit"));
    QTRY_VERIFY(name->hasFocus());
    test::retype(name, QStringLiteral("  Legal  "));
    QCOMPARE(m_store->raci().roles[2].name, QStringLiteral("Legal"));
    QCOMPARE(cell(0, 3), QStringLiteral("R")); // Sponsor moved right with its letters

    view()->setFocus();
    key(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_store->raci().roles[3].name, QStringLiteral("Legal"));
    QCOMPARE(cell(0, 2), QStringLiteral("R"));
    QCOMPARE(m_page->currentRole(), 3);
    key(Qt::Key_Left, Qt::ControlModifier);
    key(Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_store->raci().roles[1].name, QStringLiteral("Legal"));
    QVERIFY(!child<QToolButton>(QStringLiteral("moveRoleLeftToolButton"))->isEnabled() || m_page->currentRole() > 0);

    child<QToolButton>(QStringLiteral("removeRoleToolButton"))->click(); // no letters: no question
    QStringList names;
    for (const RaciRole& role : m_store->raci().roles)
        names.append(role.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Owner"), QStringLiteral("Security"), QStringLiteral("Sponsor")}));
    QCOMPARE(cell(0, 2), QStringLiteral("R"));
}

void TestRaciPage::editDeleteRemovesSelectedRoleColumn()
{
    seedMatrix({{0, 1, QStringLiteral("A")}, {1, 0, QStringLiteral("R")}});
    QHeaderView* header = view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(1) + 10, header->height() / 2));
    QCOMPARE(m_page->currentRole(), 1);
    QVERIFY(m_page->canRemove());
    answerNextMessageBox(QMessageBox::Yes);
    m_page->remove();
    QVERIFY(m_lastMessage.contains(QStringLiteral("Security")));
    QCOMPARE(m_store->raci().roles.size(), std::size_t(2));
    QCOMPARE(m_store->raci().activities.size(), std::size_t(2)); // the activities stay
    QCOMPARE(cell(1, 0), QStringLiteral("R"));
}

void TestRaciPage::renameRefusesEmptyOrDuplicateName()
{
    seedMatrix();
    auto* name = child<QLineEdit>(QStringLiteral("activityNameLineEdit"));
    auto* error = child<QLabel>(QStringLiteral("activityNameErrorLabel"));
    test::retype(name, QStringLiteral("approve"));
    QVERIFY(error->isVisibleTo(m_page.get()));
    QVERIFY(error->text().contains(QStringLiteral("already")));
    QCOMPARE(m_store->raci().activities[0].name, QStringLiteral("Review"));
    test::retype(name, QString());
    QVERIFY(error->text().contains(QStringLiteral("needs a name")));
    QCOMPARE(m_stack->count(), 0);
    test::retype(name, QStringLiteral("Weekly review"));
    QVERIFY(!error->isVisibleTo(m_page.get()));
    QCOMPARE(m_store->raci().activities[0].name, QStringLiteral("Weekly review"));

    m_page->setCurrentCell(0, 2);
    auto* roleName = child<QLineEdit>(QStringLiteral("roleNameLineEdit"));
    QCOMPARE(roleName->text(), QStringLiteral("Sponsor"));
    test::retype(roleName, QStringLiteral("OWNER"));
    QVERIFY(child<QLabel>(QStringLiteral("roleNameErrorLabel"))->text().contains(QStringLiteral("already")));
    QCOMPARE(m_store->raci().roles[2].name, QStringLiteral("Sponsor"));
}

void TestRaciPage::bindPeopleToRole()
{
    const Id ada = addPerson(QStringLiteral("Ada"));
    const Id bo = addPerson(QStringLiteral("Bo"));
    seedMatrix();
    m_page->setCurrentCell(0, 1);
    auto* holders = child<QListWidget>(QStringLiteral("holdersListWidget"));
    QCOMPARE(holders->count(), 2);
    holders->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(m_store->raci().roles[1].people, (std::vector<Id>{bo}));
    holders->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(m_store->raci().roles[1].people, (std::vector<Id>{ada, bo}));
    QVERIFY(m_store->raci().roles[0].people.empty());
    // The column header names the holders.
    QVERIFY(m_page->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Ada")));
    // Another role shows its own holders.
    m_page->setCurrentCell(0, 0);
    QCOMPARE(holders->item(0)->checkState(), Qt::Unchecked);
    m_stack->undo();
    QCOMPARE(m_store->raci().roles[1].people, (std::vector<Id>{bo}));
    m_page->setCurrentCell(0, 1);
    QCOMPARE(holders->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(holders->item(1)->checkState(), Qt::Checked);
}

void TestRaciPage::rowProblemsMarkedWithReasonAndCleared()
{
    // Review: A twice and no R. Approve: fine.
    seedMatrix({{0, 0, QStringLiteral("A")},
                {0, 1, QStringLiteral("A")},
                {1, 0, QStringLiteral("A")},
                {1, 1, QStringLiteral("R")}});
    ui::RaciTableModel* model = m_page->model();
    auto* problems = child<QLabel>(QStringLiteral("problemsLabel"));
    const QString reviewTip = model->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(reviewTip.contains(QStringLiteral("2 roles are accountable")), qPrintable(reviewTip));
    QVERIFY2(reviewTip.contains(QStringLiteral("Nobody is responsible")), qPrintable(reviewTip));
    QVERIFY(!model->headerData(0, Qt::Vertical, Qt::DecorationRole).isNull());
    QVERIFY(model->index(0, 2).data(ui::RaciTableModel::ProblemRole).toBool());
    QVERIFY(model->index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Nobody is responsible")));
    QVERIFY(model->index(0, 2).data(Qt::BackgroundRole).isValid()); // tinted as well as said
    QVERIFY(model->headerData(1, Qt::Vertical, Qt::DecorationRole).isNull());
    QVERIFY(!model->index(1, 0).data(ui::RaciTableModel::ProblemRole).toBool());
    QVERIFY(!model->index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(problems->text().contains(QStringLiteral("Review: 2 roles are accountable")));
    QVERIFY(problems->text().contains(QStringLiteral("Review: Nobody is responsible")));
    QVERIFY(!problems->text().contains(QStringLiteral("Approve")));
    QVERIFY2(problems->text().contains(QStringLiteral("1 activity")), qPrintable(problems->text()));

    // One A off, then an R on: the marks go as the row comes right.
    m_page->setCurrentCell(0, 1);
    key(Qt::Key_A);
    QVERIFY(!model->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("accountable")));
    QVERIFY(model->index(0, 0).data(ui::RaciTableModel::ProblemRole).toBool());
    key(Qt::Key_R);
    QVERIFY(model->headerData(0, Qt::Vertical, Qt::ToolTipRole).isNull());
    QVERIFY(model->headerData(0, Qt::Vertical, Qt::DecorationRole).isNull());
    QVERIFY(!model->index(0, 0).data(ui::RaciTableModel::ProblemRole).toBool());
    QVERIFY(problems->text().contains(QStringLiteral("Every activity has exactly one A")));
    // Undo brings the mark back.
    m_stack->undo();
    QVERIFY(model->index(0, 0).data(ui::RaciTableModel::ProblemRole).toBool());
    QVERIFY(problems->text().contains(QStringLiteral("Review: Nobody is responsible")));
}

void TestRaciPage::readOnlyStoreRefusesEdits()
{
    const Id ada = addPerson(QStringLiteral("Ada"));
    seedMatrix({{0, 0, QStringLiteral("R")}});
    reopenReadOnly();
    const Raci before = m_store->raci();
    m_page->setCurrentCell(0, 0);
    view()->setFocus();
    QVERIFY(!m_page->canAdd());
    QVERIFY(!m_page->canRemove());
    key(Qt::Key_A);
    key(Qt::Key_Delete);
    key(Qt::Key_Down, Qt::ControlModifier);
    m_page->add();
    QVERIFY(!m_page->renameRole(0, QStringLiteral("Boss")));
    QVERIFY(!m_page->setHolders(0, {ada}));
    for (const char* name : {"addActivityToolButton", "removeActivityToolButton", "addRoleToolButton",
                             "removeRoleToolButton", "moveActivityDownToolButton", "lettersToolButton"})
        QVERIFY2(!child<QToolButton>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(child<QLineEdit>(QStringLiteral("activityNameLineEdit"))->isReadOnly());
    auto* holders = child<QListWidget>(QStringLiteral("holdersListWidget"));
    QVERIFY(!(holders->item(0)->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(m_store->raci(), before);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(view()->currentIndex().data().toString(), QStringLiteral("R")); // still shown
}

void TestRaciPage::tabRunsButtonsGridNamesHolders()
{
    addPerson(QStringLiteral("Ada"));
    seedMatrix();
    m_page->setCurrentCell(1, 1); // the last activity: Move down is off and out of the chain
    child<QToolButton>(QStringLiteral("addActivityToolButton"))->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 12; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("addActivityToolButton"), QStringLiteral("removeActivityToolButton"),
                                 QStringLiteral("moveActivityUpToolButton"), QStringLiteral("addRoleToolButton"),
                                 QStringLiteral("removeRoleToolButton"), QStringLiteral("moveRoleLeftToolButton"),
                                 QStringLiteral("moveRoleRightToolButton"), QStringLiteral("lettersToolButton"),
                                 QStringLiteral("raciTableView"), QStringLiteral("activityNameLineEdit"),
                                 QStringLiteral("roleNameLineEdit"), QStringLiteral("holdersListWidget")}));
}

QTEST_MAIN(TestRaciPage)
#include "tst_racipage.moc"
