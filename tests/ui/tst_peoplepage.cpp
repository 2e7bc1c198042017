// The People page: a lazily loaded, sortable, filterable directory whose form writes through
// undoable store commands, refusing bad input inline before anything reaches the file.
#include "people/peoplepage.h"
#include "people/persontablemodel.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/collatingfilterproxy.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using namespace steward;

class TestPeoplePage : public test::PageTest<ui::PeoplePage>
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void describesItself();
    void addThenTypeAName();
    void editEmailUndoRedo();
    void typingTwiceIsOneUndoStep();
    void emptyOrDuplicateNameRefusedInline();
    void malformedEmailRefusedInline();
    void storeRefusalShownInForm();
    void secretInNotesRefusedByStore();
    void filterKeyboardReachesTable();
    void filterMatchesEveryColumn();
    void deleteReferencedPersonIsRefused();
    void deleteThenUndoRestoresSameId();
    void duplicateAddsACopy();
    void sortsByCollation();
    void fetchesLazily();
    void reloadKeepsSelection();
    void readOnlyStoreDisablesEditing();

private:
    Id addPerson(const QString& name, const QString& team = {}, const QString& email = {});
};

void TestPeoplePage::initTestCase()
{
    // Collation order must not depend on the machine running the test.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestPeoplePage::init()
{
    createPage({900, 600});
}

void TestPeoplePage::cleanup()
{
    destroyPage();
}

Id TestPeoplePage::addPerson(const QString& name, const QString& team, const QString& email)
{
    Person person;
    person.name = name;
    person.team = team;
    person.email = email;
    return m_store->addPerson(person);
}

void TestPeoplePage::describesItself()
{
    QCOMPARE(m_page->title(), QStringLiteral("People"));
    QVERIFY(!m_page->icon().isNull());
    for (const char* name : {"peopleTableView", "filterLineEdit", "nameLineEdit", "emailLineEdit", "titleLineEdit",
                             "teamLineEdit", "notesPlainTextEdit"}) {
        auto* widget = child<QWidget>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(m_page->canAdd());
    QVERIFY(!m_page->canRemove()); // nobody selected in an empty directory
    QCOMPARE(m_page->count(), 0);
}

void TestPeoplePage::addThenTypeAName()
{
    QSignalSpy changed(m_page.get(), &ui::Page::inventoryChanged);
    m_page->add();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->people().size(), size_t(1));
    QCOMPARE(m_store->people().front().name, QStringLiteral("New person"));
    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    QCOMPARE(name->selectedText(), QStringLiteral("New person")); // typing replaces it

    QTest::keyClicks(name, QStringLiteral("Ada Lovelace"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_store->people().front().name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_page->count(), 1);

    m_page->add();
    m_page->add();
    QCOMPARE(m_store->people().at(1).name, QStringLiteral("New person"));
    QCOMPARE(m_store->people().at(2).name, QStringLiteral("New person 2")); // unique suffix

    // Undo of the add removes the person, redo brings them back under the same id.
    const Id id = m_store->people().at(2).id;
    m_stack->undo();
    QVERIFY(!m_store->person(id));
    m_stack->redo();
    QVERIFY(m_store->person(id));
}

void TestPeoplePage::editEmailUndoRedo()
{
    const Id id = addPerson(QStringLiteral("Ada"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    auto* email = child<QLineEdit>(QStringLiteral("emailLineEdit"));
    test::retype(email, QStringLiteral("ada@example.com"));
    QCOMPARE(m_store->person(id)->email, QStringLiteral("ada@example.com"));

    QSignalSpy changed(m_page.get(), &ui::Page::inventoryChanged);
    m_stack->undo();
    QCOMPARE(m_store->person(id)->email, QString());
    QCOMPARE(email->text(), QString());
    QCOMPARE(changed.count(), 1);
    m_stack->redo();
    QCOMPARE(m_store->person(id)->email, QStringLiteral("ada@example.com"));
    QCOMPARE(email->text(), QStringLiteral("ada@example.com"));
    QCOMPARE(m_page->selectedId(), id);
}

void TestPeoplePage::typingTwiceIsOneUndoStep()
{
    const Id id = addPerson(QStringLiteral("Ada"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" B"));
    QTest::keyClick(name, Qt::Key_Return);
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("C"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_store->person(id)->name, QStringLiteral("Ada BC"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_store->person(id)->name, QStringLiteral("Ada"));
    QCOMPARE(name->text(), QStringLiteral("Ada"));
}

void TestPeoplePage::emptyOrDuplicateNameRefusedInline()
{
    addPerson(QStringLiteral("Grace"));
    const Id id = addPerson(QStringLiteral("Ada"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    auto* name = child<QLineEdit>(QStringLiteral("nameLineEdit"));
    auto* error = child<QLabel>(QStringLiteral("nameErrorLabel"));
    QVERIFY(error->isHidden());

    test::retype(name, QString());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("needs a name")), qPrintable(error->text()));
    QCOMPARE(m_store->person(id)->name, QStringLiteral("Ada"));
    QCOMPARE(m_stack->count(), 0);

    test::retype(name, QStringLiteral("Grace"));
    QVERIFY2(error->text().contains(QStringLiteral("already")), qPrintable(error->text()));
    QCOMPARE(m_store->person(id)->name, QStringLiteral("Ada"));
    QCOMPARE(m_stack->count(), 0);

    test::retype(name, QStringLiteral("Ada King"));
    QVERIFY(error->isHidden());
    QCOMPARE(m_store->person(id)->name, QStringLiteral("Ada King"));
}

void TestPeoplePage::malformedEmailRefusedInline()
{
    const Id id = addPerson(QStringLiteral("Ada"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    auto* email = child<QLineEdit>(QStringLiteral("emailLineEdit"));
    auto* error = child<QLabel>(QStringLiteral("emailErrorLabel"));
    for (const QString& bad : {QStringLiteral("ada"), QStringLiteral("ada@"), QStringLiteral("ada@example"),
                               QStringLiteral("a da@example.com")}) {
        test::retype(email, bad);
        QVERIFY2(!error->isHidden(), qPrintable(bad));
        QCOMPARE(m_store->person(id)->email, QString());
    }
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!email->accessibleDescription().isEmpty());
}

void TestPeoplePage::storeRefusalShownInForm()
{
    const Id id = addPerson(QStringLiteral("Ada"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    m_store->removePerson(id); // gone behind the page's back: the write is refused
    test::retype(child<QLineEdit>(QStringLiteral("teamLineEdit")), QStringLiteral("Finance"));
    auto* message = child<QLabel>(QStringLiteral("formMessageLabel"));
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(m_stack->count(), 0);
}

void TestPeoplePage::secretInNotesRefusedByStore()
{
    const Id id = addPerson(QStringLiteral("Ada"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    auto* notes = child<QPlainTextEdit>(QStringLiteral("notesPlainTextEdit"));
    notes->setPlainText(QStringLiteral("key AKIAABCDEFGHIJKLMNOP for the bucket"));
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(notes, &focusOut); // leaving the notes ends the edit
    auto* message = child<QLabel>(QStringLiteral("formMessageLabel"));
    QVERIFY(!message->isHidden());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!message->text().contains(QStringLiteral("AKIAABCDEFGHIJKLMNOP"))); // never repeated
    QCOMPARE(m_store->person(id)->notes, QString());
    QCOMPARE(m_stack->count(), 0);

    notes->setPlainText(QStringLiteral("Prefers email."));
    QCoreApplication::sendEvent(notes, &focusOut);
    QCOMPARE(m_store->person(id)->notes, QStringLiteral("Prefers email."));
    QVERIFY(message->isHidden());
    QCOMPARE(m_stack->count(), 1);
}

void TestPeoplePage::filterKeyboardReachesTable()
{
    QApplication::setActiveWindow(m_page.get());
    addPerson(QStringLiteral("Ada"));
    const Id grace = addPerson(QStringLiteral("Grace"));
    m_page->reload();
    m_page->focusFind();
    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("gra"));
    QTest::keyClick(filter, Qt::Key_Down);
    auto* table = child<QTableView>(QStringLiteral("peopleTableView"));
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(m_page->selectedId(), grace);
    // Tab leaves the table for the form (not the next cell), and Return on a row edits it.
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(child<QLineEdit>(QStringLiteral("nameLineEdit"))->hasFocus());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(child<QLineEdit>(QStringLiteral("nameLineEdit"))->hasFocus());
}

void TestPeoplePage::filterMatchesEveryColumn()
{
    addPerson(QStringLiteral("Ada"), QStringLiteral("Engineering"));
    addPerson(QStringLiteral("Grace"), QStringLiteral("Navy"), QStringLiteral("grace@navy.example"));
    addPerson(QStringLiteral("Linus"), QStringLiteral("Kernel"));
    m_page->reload();
    auto* filter = child<QLineEdit>(QStringLiteral("filterLineEdit"));
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    QTest::keyClicks(filter, QStringLiteral("eng"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("NAVY.EX")); // the email column, any case
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    filter->clear();
    QCOMPARE(m_page->proxy()->rowCount(), 3);
}

void TestPeoplePage::deleteReferencedPersonIsRefused()
{
    const Id id = addPerson(QStringLiteral("Ada"));
    Connector connector;
    connector.name = QStringLiteral("GitHub");
    connector.ownerId = id;
    m_store->addConnector(connector);
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    QVERIFY(m_page->canRemove());

    answerNextMessageBox(QMessageBox::Ok);
    m_page->remove();
    QVERIFY2(m_lastMessage.contains(QStringLiteral("Ada")), qPrintable(m_lastMessage));
    QVERIFY2(m_lastMessage.contains(QStringLiteral("connectors")), qPrintable(m_lastMessage));
    QVERIFY(m_store->person(id));
    QCOMPARE(m_stack->count(), 0);
}

void TestPeoplePage::deleteThenUndoRestoresSameId()
{
    addPerson(QStringLiteral("Grace"));
    const Id id = addPerson(QStringLiteral("Ada"), QStringLiteral("Engineering"), QStringLiteral("ada@example.com"));
    const Person before = *m_store->person(id);
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    m_page->remove();
    QVERIFY(!m_store->person(id));
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_stack->undo();
    QVERIFY(m_store->person(id));
    QCOMPARE(*m_store->person(id), before);
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_stack->redo();
    QVERIFY(!m_store->person(id));
}

void TestPeoplePage::duplicateAddsACopy()
{
    const Id id = addPerson(QStringLiteral("Ada"), QStringLiteral("Engineering"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(id));
    m_page->duplicate();
    QCOMPARE(m_store->people().size(), size_t(2));
    const Person copy = m_store->people().back();
    QCOMPARE(copy.name, QStringLiteral("Ada (copy)"));
    QCOMPARE(copy.team, QStringLiteral("Engineering"));
    QCOMPARE(m_page->selectedId(), copy.id);
    m_stack->undo();
    QCOMPARE(m_store->people().size(), size_t(1));
}

void TestPeoplePage::sortsByCollation()
{
    addPerson(QStringLiteral("Zoë"));
    addPerson(QStringLiteral("Adam"));
    addPerson(QStringLiteral("émile"));
    m_page->reload();
    auto* proxy = m_page->proxy();
    proxy->sort(ui::PersonTableModel::Name, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << proxy->index(row, ui::PersonTableModel::Name).data().toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Adam"), QStringLiteral("émile"), QStringLiteral("Zoë")}));
    proxy->sort(ui::PersonTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, ui::PersonTableModel::Name).data().toString(), QStringLiteral("Zoë"));
}

void TestPeoplePage::fetchesLazily()
{
    std::vector<Id> ids;
    m_store->transaction([&] {
        for (int i = 1; i <= 1200; ++i)
            ids.push_back(addPerson(QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'))));
    });
    ui::PeoplePage page;
    QUndoStack stack;
    page.setStore(m_store.get(), &stack);
    auto* model = page.model();
    QCOMPARE(model->rowCount(), 500);
    QVERIFY(model->canFetchMore());
    model->fetchMore();
    QCOMPARE(model->rowCount(), 1000);
    QVERIFY(page.selectPerson(ids.back())); // loads the pages up to the one asked for
    QCOMPARE(model->rowCount(), 1200);
    QVERIFY(!model->canFetchMore());
    QCOMPARE(page.count(), 1200);
    page.reload(); // keeps what was loaded, and the selection
    QCOMPARE(model->rowCount(), 1200);
    QCOMPARE(page.selectedId(), ids.back());
}

void TestPeoplePage::reloadKeepsSelection()
{
    addPerson(QStringLiteral("Ada"));
    const Id grace = addPerson(QStringLiteral("Grace"));
    m_page->reload();
    QVERIFY(m_page->selectPerson(grace));
    addPerson(QStringLiteral("Barbara"));
    m_page->reload();
    QCOMPARE(m_page->selectedId(), grace);
    QCOMPARE(child<QLineEdit>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Grace"));
}

void TestPeoplePage::readOnlyStoreDisablesEditing()
{
    addPerson(QStringLiteral("Ada"));
    auto reader = Store::open(m_path, Store::Mode::ReadOnly);
    ui::PeoplePage page;
    QUndoStack stack;
    page.setStore(reader.get(), &stack);
    QVERIFY(page.selectedId() != 0);
    QVERIFY(!page.canAdd());
    QVERIFY(!page.canRemove());
    QVERIFY(!page.canDuplicate());
    QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->isEnabled());
    QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(), QStringLiteral("Ada"));
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
