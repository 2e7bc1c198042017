// The Skills page: a lazily loaded, filterable table over the store and the form beside it,
// where every change is one undoable command and what is refused leaves the store as it was.
#include "commands/storecommand.h"
#include "skills/skillform.h"
#include "skills/skillspage.h"
#include "skills/skilltablemodel.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"
#include "widgets/linkseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using namespace steward;
using ui::SkillForm;
using ui::SkillsPage;
using ui::SkillTableModel;

class TestSkillsPage : public test::PageTest<SkillsPage>
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAndTypeName();
    void statusUndoRedo();
    void linkConnector();
    void linksFilterFindsOneAmongMany();
    void filter();
    void deleteUsedByWorkspaceAndUndo();
    void duplicateCopiesUnderNewName();
    void emptyOrDuplicateNameIsRefusedInline();
    void badSkillMdUrlIsRefused();
    void secretInNotesIsRefused();
    void multiLineFieldsAndDates();
    void ownerPickerAndKeyboard();
    void lazyFetch();
    void readOnlyStoreDisablesEditing();

private:
    Id addSkill(const QString& name);
};

void TestSkillsPage::init()
{
    createPage({1200, 800});
}

void TestSkillsPage::cleanup()
{
    destroyPage();
}

Id TestSkillsPage::addSkill(const QString& name)
{
    Skill s;
    s.name = name;
    const Id id = m_store->addSkill(s);
    m_page->reload();
    m_page->select(id);
    return id;
}

void TestSkillsPage::addAndTypeName()
{
    QSignalSpy changed(m_page.get(), &ui::Page::inventoryChanged);
    QVERIFY(m_page->canAdd());
    m_page->add();
    const Id id = m_page->selectedId();
    QVERIFY(id != 0);
    QCOMPARE(m_page->count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_store->skill(id)->name, QStringLiteral("New skill"));
    QCOMPARE(m_store->skill(id)->status, SkillStatus::Draft);

    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Release notes"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_store->skill(id)->name, QStringLiteral("Release notes"));
    // More typing in the same field merges into the same command.
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" writer"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_store->skill(id)->name, QStringLiteral("Release notes writer"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_page->model()->index(0, SkillTableModel::Name).data().toString(),
             QStringLiteral("Release notes writer"));

    m_stack->undo();
    QCOMPARE(name->text(), QStringLiteral("New skill"));
    m_stack->undo();
    QCOMPARE(m_page->count(), 0);
    m_stack->redo();
    QCOMPARE(m_page->count(), 1);
    m_page->add();
    QCOMPARE(m_store->skill(m_page->selectedId())->name, QStringLiteral("New skill 2"));
}

void TestSkillsPage::statusUndoRedo()
{
    const Id id = addSkill(QStringLiteral("Triage"));
    auto* status = child<QComboBox>(QStringLiteral("statusComboBox"));
    test::chooseData(status, int(SkillStatus::Active));
    QCOMPARE(m_store->skill(id)->status, SkillStatus::Active);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_page->model()->index(0, SkillTableModel::Status).data().toString(), label(SkillStatus::Active));

    m_stack->undo();
    QCOMPARE(m_store->skill(id)->status, SkillStatus::Draft);
    QCOMPARE(status->currentData().toInt(), int(SkillStatus::Draft));
    m_stack->redo();
    QCOMPARE(m_store->skill(id)->status, SkillStatus::Active);
    QCOMPARE(status->currentData().toInt(), int(SkillStatus::Active));
}

void TestSkillsPage::linkConnector()
{
    Connector c;
    c.name = QStringLiteral("GitHub");
    const Id cid = m_store->addConnector(c);
    const Id id = addSkill(QStringLiteral("Release notes"));
    auto* links = child<ui::LinksEditor>(QStringLiteral("connectorsLinksEditor"));
    QAbstractItemModel* list = links->listView()->model();
    QCOMPARE(links->shownCount(), 1);
    QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("GitHub"));
    QVERIFY(list->setData(list->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_store->skill(id)->connectorIds, std::vector<Id>{cid});
    QCOMPARE(m_page->model()->index(0, SkillTableModel::ConnectorCount).data().toString(), QStringLiteral("1"));
    m_stack->undo();
    QVERIFY(m_store->skill(id)->connectorIds.empty());
    QCOMPARE(list->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    m_stack->redo();
    QCOMPARE(m_store->skill(id)->connectorIds, std::vector<Id>{cid});
    QCOMPARE(list->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY2(child<QLabel>(QStringLiteral("linksSummaryLabel"))->text().contains(QStringLiteral("GitHub")),
             qPrintable(child<QLabel>(QStringLiteral("linksSummaryLabel"))->text()));
}

void TestSkillsPage::linksFilterFindsOneAmongMany()
{
    Id zendesk = 0;
    m_store->transaction([&] {
        for (int i = 1; i <= 300; ++i) {
            Connector c;
            c.name = QStringLiteral("Tool %1").arg(i);
            m_store->addConnector(c);
        }
        Connector c;
        c.name = QStringLiteral("Zendesk");
        zendesk = m_store->addConnector(c);
    });
    const Id id = addSkill(QStringLiteral("Triage"));
    auto* links = child<ui::LinksEditor>(QStringLiteral("connectorsLinksEditor"));
    QCOMPARE(links->shownCount(), 301);
    QCOMPARE(links->listView()->model()->index(1, 0).data().toString(), QStringLiteral("Tool 2")); // numeric order
    QTest::keyClicks(links->filterEdit(), QStringLiteral("zEn"));
    QCOMPARE(links->shownCount(), 1);
    QCOMPARE(links->shownRowOf(zendesk), 0);
    links->setLinked(zendesk, true);
    QCOMPARE(m_store->skill(id)->connectorIds, std::vector<Id>{zendesk});
    // The filter stays while the form shows the stored result.
    QCOMPARE(links->shownCount(), 1);
    links->filterEdit()->clear();
    QCOMPARE(links->shownCount(), 301);
}

void TestSkillsPage::filter()
{
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    const Id adaId = m_store->addPerson(ada);
    for (const QString& name :
         {QStringLiteral("Triage"), QStringLiteral("Release notes"), QStringLiteral("Invoices")}) {
        Skill s;
        s.name = name;
        s.intendedUse = name == QStringLiteral("Invoices") ? QStringLiteral("Accounts payable") : QString();
        s.ownerId = name == QStringLiteral("Triage") ? adaId : 0;
        m_store->addSkill(s);
    }
    m_page->reload();
    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    auto* table = child<QTableView>(QStringLiteral("skillsTableView"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Invoices")); // sorted by name
    QTest::keyClicks(filter, QStringLiteral("payable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Invoices"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("LOVELACE"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Triage"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestSkillsPage::deleteUsedByWorkspaceAndUndo()
{
    Connector c;
    c.name = QStringLiteral("GitHub");
    const Id cid = m_store->addConnector(c);
    Skill s;
    s.name = QStringLiteral("Release notes");
    s.connectorIds = {cid};
    const Id id = m_store->addSkill(s);
    Workspace w;
    w.name = QStringLiteral("Engineering");
    w.skillIds = {id};
    const Id wid = m_store->addWorkspace(w);
    Review r;
    r.subjectType = QStringLiteral("skill");
    r.subjectId = id;
    r.reviewedOn = QDate(2025, 1, 2);
    m_store->addReview(r);
    m_page->reload();
    m_page->select(id);

    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(child<QTableView>(QStringLiteral("skillsTableView")), Qt::Key_Delete);
    QVERIFY2(m_lastMessage.contains(QStringLiteral("Engineering")), qPrintable(m_lastMessage));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("review")), qPrintable(m_lastMessage));
    QVERIFY(!m_store->skill(id));
    QVERIFY(m_store->workspace(wid)->skillIds.empty());
    QVERIFY(m_store->reviews().empty());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(m_store->skill(id)->name, QStringLiteral("Release notes")); // back under its id
    QCOMPARE(m_store->skill(id)->connectorIds, std::vector<Id>{cid});
    QCOMPARE(m_store->workspace(wid)->skillIds, std::vector<Id>{id});
    QCOMPARE(m_store->reviews().size(), std::size_t(1));
    QCOMPARE(m_store->reviews().front().subjectId, id);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));

    m_stack->redo();
    QVERIFY(m_store->skills().empty());
    QVERIFY(m_store->workspace(wid)->skillIds.empty());
    QVERIFY2(m_store->verify().isEmpty(), qPrintable(m_store->verify().join(QLatin1Char('\n'))));
}

void TestSkillsPage::duplicateCopiesUnderNewName()
{
    Connector c;
    c.name = QStringLiteral("GitHub");
    const Id cid = m_store->addConnector(c);
    Skill s;
    s.name = QStringLiteral("Triage");
    s.status = SkillStatus::Active;
    s.connectorIds = {cid};
    const Id id = m_store->addSkill(s);
    m_page->reload();
    m_page->select(id);
    QVERIFY(m_page->canDuplicate());
    m_page->duplicate();
    const Id copyId = m_page->selectedId();
    QVERIFY(copyId != id);
    QCOMPARE(m_store->skill(copyId)->name, QStringLiteral("Triage (copy)"));
    QCOMPARE(m_store->skill(copyId)->connectorIds, std::vector<Id>{cid});
    QCOMPARE(m_store->skill(copyId)->status, SkillStatus::Draft);
    QCOMPARE(m_store->skill(id)->status, SkillStatus::Active);
    m_stack->undo();
    QVERIFY(!m_store->skill(copyId));
    QCOMPARE(m_page->selectedId(), id);
}

void TestSkillsPage::emptyOrDuplicateNameIsRefusedInline()
{
    addSkill(QStringLiteral("Triage"));
    m_page->add();
    const Id id = m_page->selectedId();
    const Skill before = *m_store->skill(id);
    const int commands = m_stack->count();
    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    test::commitText(name, QString());
    QVERIFY(!m_page->form()->messageFor(SkillForm::Name).isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("nameErrorLabel"))->isVisible());
    QCOMPARE(*m_store->skill(id), before);
    QCOMPARE(m_stack->count(), commands);

    test::commitText(name, QStringLiteral("Triage"));
    QVERIFY2(m_page->form()->messageFor(SkillForm::Name).contains(QStringLiteral("Triage")),
             qPrintable(m_page->form()->messageFor(SkillForm::Name)));
    QCOMPARE(*m_store->skill(id), before);
    QCOMPARE(m_stack->count(), commands);

    test::commitText(name, QStringLiteral("Invoices"));
    QVERIFY(m_page->form()->messageFor(SkillForm::Name).isEmpty());
    QCOMPARE(m_store->skill(id)->name, QStringLiteral("Invoices"));
}

void TestSkillsPage::badSkillMdUrlIsRefused()
{
    const Id id = addSkill(QStringLiteral("Triage"));
    child<QCheckBox>(QStringLiteral("skillMdCheckBox"))->setChecked(true);
    QVERIFY(m_store->skill(id)->hasSkillMd);
    auto* url = child<QLineEdit>(QStringLiteral("skillMdUrlLineEdit"));
    test::commitText(url, QStringLiteral("not a url"));
    QVERIFY(!m_page->form()->messageFor(SkillForm::SkillMdUrl).isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("skillMdUrlErrorLabel"))->isVisible());
    QVERIFY(m_store->skill(id)->skillMdUrl.isEmpty());
    QCOMPARE(url->text(), QStringLiteral("not a url")); // kept so it can be corrected
    test::commitText(url, QStringLiteral("https://git.example.com/skills/triage/SKILL.md"));
    QVERIFY(m_page->form()->messageFor(SkillForm::SkillMdUrl).isEmpty());
    QCOMPARE(m_store->skill(id)->skillMdUrl, QStringLiteral("https://git.example.com/skills/triage/SKILL.md"));
}

void TestSkillsPage::secretInNotesIsRefused()
{
    const Id id = addSkill(QStringLiteral("Triage"));
    const Skill before = *m_store->skill(id);
    const int commands = m_stack->count();
    auto* notes = child<QPlainTextEdit>(QStringLiteral("notesPlainTextEdit"));
    notes->setPlainText(QStringLiteral("token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"));
    QVERIFY(!m_page->form()->commitPending());
    QVERIFY(!m_page->form()->messageFor(SkillForm::Notes).isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("notesErrorLabel"))->isVisible());
    QCOMPARE(*m_store->skill(id), before);
    QCOMPARE(m_stack->count(), commands);
}

void TestSkillsPage::multiLineFieldsAndDates()
{
    const Id id = addSkill(QStringLiteral("Triage"));
    auto* use = child<QPlainTextEdit>(QStringLiteral("intendedUsePlainTextEdit"));
    use->setFocus();
    QTest::keyClicks(use, QStringLiteral("Sort tickets"));
    QTest::keyClick(use, Qt::Key_Return);
    QTest::keyClicks(use, QStringLiteral("by urgency"));
    QTest::keyClick(use, Qt::Key_Tab); // leaving the field commits it
    QCOMPARE(m_store->skill(id)->intendedUse, QStringLiteral("Sort tickets\nby urgency"));
    QCOMPARE(m_page->model()->index(0, SkillTableModel::IntendedUse).data().toString(), QStringLiteral("Sort tickets"));

    auto* verified = child<QDateEdit>(QStringLiteral("verifiedOnDateEdit"));
    QCOMPARE(verified->text(), QStringLiteral("Not set"));
    test::commitDate(verified, QDate(2025, 3, 4));
    QCOMPARE(m_store->skill(id)->verifiedOn, QDate(2025, 3, 4));
    test::commitDate(verified, verified->minimumDate());
    QVERIFY(!m_store->skill(id)->verifiedOn.isValid());
    m_stack->undo(); // both date edits merged into one command
    QVERIFY(!m_store->skill(id)->verifiedOn.isValid());
    QCOMPARE(m_store->skill(id)->intendedUse, QStringLiteral("Sort tickets\nby urgency"));
}

void TestSkillsPage::ownerPickerAndKeyboard()
{
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    const Id adaId = m_store->addPerson(ada);
    const Id id = addSkill(QStringLiteral("Triage"));
    auto* owner = child<QComboBox>(QStringLiteral("ownerComboBox"));
    owner->setCurrentIndex(owner->findText(QStringLiteral("Ada Lovelace")));
    Q_EMIT owner->activated(owner->currentIndex());
    QCOMPARE(m_store->skill(id)->ownerId, adaId);
    QCOMPARE(m_page->model()->index(0, SkillTableModel::Owner).data().toString(), QStringLiteral("Ada Lovelace"));

    QVERIFY(m_page->form()->addOwner(QStringLiteral("Grace Hopper")));
    QCOMPARE(m_store->person(m_store->skill(id)->ownerId)->name, QStringLiteral("Grace Hopper"));
    m_stack->undo();
    QCOMPARE(m_store->skill(id)->ownerId, adaId);
    QCOMPARE(m_store->personIdByName(QStringLiteral("Grace Hopper")), Id(0));

    // Return in the table goes to the form; Delete asks, and No leaves everything as it was.
    auto* table = child<QTableView>(QStringLiteral("skillsTableView"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(child<QLineEdit>(QStringLiteral("nameLineEdit"))->hasFocus());
    Workspace w;
    w.name = QStringLiteral("Support");
    w.skillIds = {id};
    m_store->addWorkspace(w);
    const int commands = m_stack->count();
    answerNextMessageBox(QMessageBox::No);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(m_lastMessage.contains(QStringLiteral("Support")), qPrintable(m_lastMessage));
    QVERIFY(m_store->skill(id));
    QCOMPARE(m_stack->count(), commands);
}

void TestSkillsPage::lazyFetch()
{
    m_store->transaction([&] {
        for (int i = 0; i < 1200; ++i) {
            Skill s;
            s.name = QStringLiteral("Skill %1").arg(i);
            m_store->addSkill(s);
        }
    });
    SkillTableModel model;
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), SkillTableModel::PageSize);
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore({}));
    model.reload(); // keeps what was loaded
    QCOMPARE(model.rowCount(), 1200);
}

void TestSkillsPage::readOnlyStoreDisablesEditing()
{
    addSkill(QStringLiteral("Triage"));
    reopenReadOnly();
    m_page->select(m_store->skills().front().id);
    QVERIFY(m_page->selectedId() != 0);
    QVERIFY(!m_page->canAdd());
    QVERIFY(!m_page->canDuplicate());
    QVERIFY(!m_page->canRemove());
    QVERIFY(child<QLineEdit>(QStringLiteral("nameLineEdit"))->isReadOnly());
    QVERIFY(child<QPlainTextEdit>(QStringLiteral("intendedUsePlainTextEdit"))->isReadOnly());
    QVERIFY(!child<QComboBox>(QStringLiteral("statusComboBox"))->isEnabled());
    QVERIFY(!child<ui::LinksEditor>(QStringLiteral("connectorsLinksEditor"))->isEnabled());
}

QTEST_MAIN(TestSkillsPage)
#include "tst_skillspage.moc"
