// The Policy page: details, rules, Markdown sections and the approval cycle, each change one
// undoable command checked against the store, and what is refused leaving the store as it was.
#include "policy/approvepolicydialog.h"
#include "policy/policypage.h"
#include "store/store.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/personcombobox.h"
#include "widgets/stringlisteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace steward;
using ui::PolicyPage;

class TestPolicyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void titleUndoRedo();
    void emptyTitleIsRefused();
    void secretInPostureIsRefused();
    void addGroupWithKeyboard();
    void duplicateGroupIsRefused();
    void badAuditFieldIsRefused();
    void dataClassAndTier();
    void ownerAndLocation();
    void sectionAddEditPreviewUndoRedo();
    void deleteSectionAsksAndUndoes();
    void editingApprovedPolicyMakesDraft();
    void approveThroughDialogUndoRedo();
    void historyShowsApprovedText();
    void readOnlyStoreDisablesEditing();
    void listButtonsWaitForTheNewEntry();
    void conditionWithoutPermissionIsConditional();
    void deletingSectionKeepsTypedText();

private:
    template <typename T> T* child(const QString& name)
    {
        T* found = m_page->findChild<T*>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    void type(QLineEdit* edit, const QString& text);
    void showTab(PolicyPage::Tab tab);
    QString errorText(const QString& name);
    Id approveInStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<PolicyPage> m_page;
    Id m_ada = 0;
};

void TestPolicyPage::init()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("inventory.steward"));
    m_store = Store::create(m_path);
    Person ada;
    ada.name = QStringLiteral("Ada Lovelace");
    m_ada = m_store->addPerson(ada);
    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<PolicyPage>();
    m_page->setStore(m_store.get(), m_stack.get());
    // As the main window does: after every command, undo or redo the page re-reads the store.
    connect(m_stack.get(), &QUndoStack::indexChanged, m_page.get(), &PolicyPage::reload);
    m_page->resize(1200, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestPolicyPage::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_store.reset();
    m_dir.reset();
}

void TestPolicyPage::type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestPolicyPage::showTab(PolicyPage::Tab tab)
{
    child<QTabWidget>(QStringLiteral("policyTabWidget"))->setCurrentIndex(tab);
}

QString TestPolicyPage::errorText(const QString& name)
{
    const QLabel* label = child<QLabel>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

Id TestPolicyPage::approveInStore()
{
    Policy p = m_store->policy();
    p.version = QStringLiteral("1.0");
    p.prohibitedUses = {QStringLiteral("auto-send external commitments")};
    m_store->updatePolicy(p);
    const Id version = m_store->approvePolicy(m_ada, QDate(2026, 1, 5), QDate(2026, 1, 12));
    m_page->reload();
    return version;
}

void TestPolicyPage::titleUndoRedo()
{
    const QString before = m_store->policy().title;
    type(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("Acceptable use of Cowork"));
    QCOMPARE(m_store->policy().title, QStringLiteral("Acceptable use of Cowork"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_store->policy().title, before);
    m_stack->redo();
    QCOMPARE(m_store->policy().title, QStringLiteral("Acceptable use of Cowork"));
    // Typing again into the same field merges into the same command.
    type(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("Acceptable use of agents"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_store->policy().title, before);
}

void TestPolicyPage::emptyTitleIsRefused()
{
    const QString before = m_store->policy().title;
    type(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("   "));
    QVERIFY(errorText(QStringLiteral("titleErrorLabel")).contains(QStringLiteral("title")));
    QCOMPARE(m_store->policy().title, before);
    QCOMPARE(m_stack->count(), 0);
}

void TestPolicyPage::secretInPostureIsRefused()
{
    auto* retention = child<QPlainTextEdit>(QStringLiteral("retentionPlainTextEdit"));
    retention->setFocus();
    QTest::keyClicks(retention, QStringLiteral("token ghp_A1b2C3d4E5f6G7h8J9k0A1b2C3d4E5f6G7h8"));
    child<QLineEdit>(QStringLiteral("titleLineEdit"))->setFocus(); // leaving the field commits it
    QTRY_VERIFY(!errorText(QStringLiteral("retentionErrorLabel")).isEmpty());
    QVERIFY(m_store->policy().retention.isEmpty());
    QCOMPARE(m_stack->count(), 0);
}

void TestPolicyPage::addGroupWithKeyboard()
{
    showTab(PolicyPage::RulesTab);
    auto* list = child<QListWidget>(QStringLiteral("groupsListWidget"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Insert);
    QTRY_VERIFY(QApplication::focusWidget() != list); // the item editor is open
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("cowork-finance"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_store->policy().allowedGroups, QStringList{QStringLiteral("cowork-finance")});
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(m_store->policy().allowedGroups.isEmpty());
    m_stack->redo();
    m_page->reload();
    QCOMPARE(list->count(), 1);

    // An item added and left empty stores nothing.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Insert);
    QTRY_VERIFY(QApplication::focusWidget() != list);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(m_stack->count(), 1);

    // Delete removes the selected group.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(m_store->policy().allowedGroups.isEmpty());
    QCOMPARE(m_stack->count(), 2);
}

void TestPolicyPage::duplicateGroupIsRefused()
{
    Policy p = m_store->policy();
    p.allowedGroups = {QStringLiteral("cowork-sales"), QStringLiteral("cowork-legal")};
    m_store->updatePolicy(p);
    m_page->reload();
    showTab(PolicyPage::RulesTab);
    auto* list = child<QListWidget>(QStringLiteral("groupsListWidget"));
    list->item(1)->setText(QStringLiteral("Cowork-Sales")); // as if edited in place
    QVERIFY(errorText(QStringLiteral("groupsErrorLabel")).contains(QStringLiteral("already")));
    QCOMPARE(m_store->policy().allowedGroups, p.allowedGroups);
    QCOMPARE(list->item(1)->text(), QStringLiteral("cowork-legal")); // the stored list is back
    QCOMPARE(m_stack->count(), 0);
}

void TestPolicyPage::badAuditFieldIsRefused()
{
    showTab(PolicyPage::RulesTab);
    auto* list = child<QListWidget>(QStringLiteral("auditFieldsListWidget"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Insert);
    QTRY_VERIFY(QApplication::focusWidget() != list);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("output hash!"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(errorText(QStringLiteral("auditFieldsErrorLabel")).contains(QStringLiteral("field name")));
    QVERIFY(m_store->policy().auditFields.isEmpty());
    QCOMPARE(list->count(), 0);
}

void TestPolicyPage::dataClassAndTier()
{
    showTab(PolicyPage::RulesTab);
    auto* permission = child<QComboBox>(QStringLiteral("confidentialPermissionComboBox"));
    const int conditional = permission->findData(int(Permission::Conditional));
    permission->setCurrentIndex(conditional);
    Q_EMIT permission->activated(conditional);
    type(child<QLineEdit>(QStringLiteral("confidentialConditionLineEdit")), QStringLiteral("tier 3 review"));
    const auto rules = m_store->policy().dataClasses;
    const auto found = std::find_if(rules.begin(), rules.end(),
                                    [](const DataClassRule& r) { return r.dataClass == DataClass::Confidential; });
    QVERIFY(found != rules.end());
    QVERIFY(found->permission == Permission::Conditional);
    QCOMPARE(found->condition, QStringLiteral("tier 3 review"));

    type(child<QLineEdit>(QStringLiteral("tier2ControlLineEdit")), QStringLiteral("named reviewer"));
    const auto tiers = m_store->policy().reviewTiers;
    const auto tier2 = std::find_if(tiers.begin(), tiers.end(), [](const ReviewTier& t) { return t.tier == 2; });
    QVERIFY(tier2 != tiers.end());
    QCOMPARE(tier2->control, QStringLiteral("named reviewer"));
    m_stack->undo();
    const auto undone = m_store->policy().reviewTiers;
    QVERIFY(std::none_of(undone.begin(), undone.end(), [](const ReviewTier& t) { return t.tier == 2; }));
    m_page->reload(); // as the main window does after undo
    QCOMPARE(child<QLineEdit>(QStringLiteral("tier2ControlLineEdit"))->text(), QString());
}

void TestPolicyPage::ownerAndLocation()
{
    auto* owner = child<ui::PersonComboBox>(QStringLiteral("ownerComboBox"));
    const int index = owner->findData(m_ada);
    owner->setCurrentIndex(index);
    Q_EMIT owner->activated(index);
    QCOMPARE(m_store->governanceObject(GovernanceKind::Policy).ownerId, m_ada);

    type(child<QLineEdit>(QStringLiteral("locationLineEdit")), QStringLiteral("not a url"));
    QVERIFY(errorText(QStringLiteral("locationErrorLabel")).contains(QStringLiteral("web address")));
    QVERIFY(m_store->governanceObject(GovernanceKind::Policy).location.isEmpty());
    type(child<QLineEdit>(QStringLiteral("locationLineEdit")), QStringLiteral("https://wiki.example.com/ai-policy"));
    QCOMPARE(m_store->governanceObject(GovernanceKind::Policy).location,
             QStringLiteral("https://wiki.example.com/ai-policy"));
    QVERIFY(errorText(QStringLiteral("locationErrorLabel")).isEmpty());
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_store->governanceObject(GovernanceKind::Policy).ownerId, Id(0));
}

void TestPolicyPage::sectionAddEditPreviewUndoRedo()
{
    showTab(PolicyPage::SectionsTab);
    QVERIFY(m_page->canAdd());
    m_page->add();
    QCOMPARE(m_store->policy().sections.size(), std::size_t(1));
    const Id id = m_store->policy().sections[0].id;
    QVERIFY(id > 0);

    type(child<QLineEdit>(QStringLiteral("sectionTitleLineEdit")), QStringLiteral("Who may use the agent"));
    auto* body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Only **trained** staff."));
    auto* preview = child<QTextBrowser>(QStringLiteral("sectionPreviewTextBrowser"));
    QCOMPARE(preview->toPlainText().trimmed(), QStringLiteral("Only trained staff.")); // rendered, live
    child<QListWidget>(QStringLiteral("sectionsListWidget"))->setFocus();              // leaving the text stores it
    QTRY_COMPARE(m_store->policy().sections[0].body, QStringLiteral("Only **trained** staff."));
    QCOMPARE(m_store->policy().sections[0].title, QStringLiteral("Who may use the agent"));
    QCOMPARE(m_stack->count(), 3);

    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_store->policy().sections.empty());
    m_stack->redo();
    m_stack->redo();
    m_stack->redo();
    const Policy back = m_store->policy();
    QCOMPARE(back.sections.size(), std::size_t(1));
    QCOMPARE(back.sections[0].id, id); // the same row, so later commands still find it
    QCOMPARE(back.sections[0].body, QStringLiteral("Only **trained** staff."));
    QCOMPARE(m_store->verify(), QStringList());
}

void TestPolicyPage::deleteSectionAsksAndUndoes()
{
    Policy p = m_store->policy();
    p.sections = {{0, QStringLiteral("Scope"), QStringLiteral("Everyone.")},
                  {0, QStringLiteral("Exceptions"), QStringLiteral("Ask the forum.")}};
    m_store->updatePolicy(p);
    m_page->reload();
    showTab(PolicyPage::SectionsTab);
    auto* list = child<QListWidget>(QStringLiteral("sectionsListWidget"));
    list->setCurrentRow(0);
    QVERIFY(m_page->canRemove());
    const Id scopeId = m_store->policy().sections[0].id;

    QString question;
    test::answerNextMessageBox(this, QMessageBox::Cancel, &question);
    m_page->remove();
    QVERIFY(question.contains(QStringLiteral("Scope")));
    QCOMPARE(m_store->policy().sections.size(), std::size_t(2));

    test::answerNextMessageBox(this, QMessageBox::Yes, &question);
    m_page->remove();
    QCOMPARE(m_store->policy().sections.size(), std::size_t(1));
    QCOMPARE(m_store->policy().sections[0].title, QStringLiteral("Exceptions"));
    m_stack->undo();
    const Policy back = m_store->policy();
    QCOMPARE(back.sections, m_store->policy().sections);
    QCOMPARE(back.sections.size(), std::size_t(2));
    QCOMPARE(back.sections[0].title, QStringLiteral("Scope")); // in its place again, under its id
    QCOMPARE(back.sections[0].id, scopeId);
}

void TestPolicyPage::editingApprovedPolicyMakesDraft()
{
    approveInStore();
    QVERIFY(child<QLabel>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("Ada Lovelace")));
    QVERIFY(!child<QPushButton>(QStringLiteral("approvePushButton"))->isEnabled());
    type(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("Acceptable use, revised"));
    const Policy draft = m_store->policy();
    QVERIFY(draft.status == PolicyStatus::Draft);
    QCOMPARE(draft.history.size(), std::size_t(1));
    QVERIFY(child<QLabel>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("since version 1.0")));
    QVERIFY(child<QPushButton>(QStringLiteral("approvePushButton"))->isEnabled());
    m_stack->undo();
    QVERIFY(m_store->policy().status == PolicyStatus::Approved);
}

void TestPolicyPage::approveThroughDialogUndoRedo()
{
    approveInStore();
    type(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("Acceptable use, revised"));
    QVERIFY(m_store->policy().status == PolicyStatus::Draft);

    const Policy before = m_store->policy();
    QString suggested;
    bool enabledWithoutApprover = true;
    bool enabledWithApprover = false;
    // The dialog is answered from the event loop; it is always closed, so a failure cannot hang.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ui::ApprovePolicyDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ui::ApprovePolicyDialog*>(QApplication::activeModalWidget());
        auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approvePushButton"));
        suggested = dialog->version();
        enabledWithoutApprover = approve->isEnabled();
        auto* approver = dialog->findChild<ui::PersonComboBox*>(QStringLiteral("approverComboBox"));
        const int index = approver->findData(m_ada);
        approver->setCurrentIndex(index);
        Q_EMIT approver->activated(index);
        enabledWithApprover = approve->isEnabled();
        if (enabledWithApprover)
            approve->click();
        else
            dialog->reject();
    });
    child<QPushButton>(QStringLiteral("approvePushButton"))->click();
    QCOMPARE(suggested, QStringLiteral("1.1")); // 1.0 was approved already
    QVERIFY(!enabledWithoutApprover);
    QVERIFY(enabledWithApprover);
    Policy approved = m_store->policy();
    QVERIFY(approved.status == PolicyStatus::Approved);
    QCOMPARE(approved.version, QStringLiteral("1.1"));
    QCOMPARE(approved.approvedBy, m_ada);
    QCOMPARE(approved.history.size(), std::size_t(2));
    const Id versionId = approved.history.back().id;

    m_stack->undo();
    QCOMPARE(m_store->policy(), before); // the draft exactly as it was, history included
    m_stack->redo();
    QCOMPARE(m_store->policy(), approved);
    QCOMPARE(m_store->policy().history.back().id, versionId);
    QCOMPARE(m_store->verify(), QStringList());
}

void TestPolicyPage::historyShowsApprovedText()
{
    approveInStore();
    showTab(PolicyPage::HistoryTab);
    auto* table = child<QTableWidget>(QStringLiteral("historyTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1.0"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Ada Lovelace"));
    const QString document = child<QTextBrowser>(QStringLiteral("historyDocumentTextBrowser"))->toPlainText();
    QVERIFY2(document.contains(QStringLiteral("auto-send external commitments")), qPrintable(document));

    // Later edits do not change what version 1.0 says.
    type(child<QLineEdit>(QStringLiteral("titleLineEdit")), QStringLiteral("Renamed"));
    m_page->reload();
    QVERIFY(!child<QTextBrowser>(QStringLiteral("historyDocumentTextBrowser"))
                 ->toPlainText()
                 .contains(QStringLiteral("Renamed")));
    showTab(PolicyPage::PreviewTab);
    QVERIFY(child<QTextBrowser>(QStringLiteral("policyPreviewTextBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("Renamed")));
}

void TestPolicyPage::readOnlyStoreDisablesEditing()
{
    m_page->setStore(nullptr, nullptr);
    m_store.reset();
    m_store = Store::open(m_path, Store::Mode::ReadOnly);
    m_page->setStore(m_store.get(), m_stack.get());
    QVERIFY(child<QLineEdit>(QStringLiteral("titleLineEdit"))->isReadOnly());
    QVERIFY(!child<QPushButton>(QStringLiteral("approvePushButton"))->isEnabled());
    QVERIFY(!child<QComboBox>(QStringLiteral("confidentialPermissionComboBox"))->isEnabled());
    showTab(PolicyPage::SectionsTab);
    QVERIFY(!m_page->canAdd());
    QVERIFY(child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"))->isReadOnly());
}

void TestPolicyPage::listButtonsWaitForTheNewEntry()
{
    Policy p = m_store->policy();
    p.prohibitedUses = {QStringLiteral("auto-send"), QStringLiteral("PII export")};
    m_store->updatePolicy(p);
    m_page->reload();
    showTab(PolicyPage::RulesTab);
    auto* list = child<QListWidget>(QStringLiteral("prohibitedListWidget"));
    auto* remove = child<QToolButton>(QStringLiteral("prohibitedRemoveToolButton"));
    auto* up = child<QToolButton>(QStringLiteral("prohibitedUpToolButton"));
    list->setCurrentRow(1);
    QVERIFY(remove->isEnabled() && up->isEnabled());
    child<QToolButton>(QStringLiteral("prohibitedAddToolButton"))->click();
    QTRY_VERIFY(QApplication::focusWidget() != list);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("posting to public channels"));
    // While the new entry is typed, Remove and Move would act on a row that is not stored yet.
    QVERIFY(!remove->isEnabled());
    QVERIFY(!up->isEnabled());
    remove->click();
    QCOMPARE(m_store->policy().prohibitedUses, p.prohibitedUses);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_store->policy().prohibitedUses.size(), 3);
    QCOMPARE(m_store->policy().prohibitedUses.last(), QStringLiteral("posting to public channels"));
    QTRY_VERIFY(remove->isEnabled());
}

void TestPolicyPage::conditionWithoutPermissionIsConditional()
{
    showTab(PolicyPage::RulesTab);
    type(child<QLineEdit>(QStringLiteral("restrictedConditionLineEdit")), QStringLiteral("only with the DPO"));
    const auto rules = m_store->policy().dataClasses;
    const auto found = std::find_if(rules.begin(), rules.end(),
                                    [](const DataClassRule& r) { return r.dataClass == DataClass::Restricted; });
    QVERIFY(found != rules.end());
    QVERIFY(found->permission == Permission::Conditional); // never silently "allowed"
}

void TestPolicyPage::deletingSectionKeepsTypedText()
{
    Policy p = m_store->policy();
    p.sections = {{0, QStringLiteral("Scope"), QString()}};
    m_store->updatePolicy(p);
    m_page->reload();
    showTab(PolicyPage::SectionsTab);
    auto* body = child<QPlainTextEdit>(QStringLiteral("sectionBodyPlainTextEdit"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Typed, not yet stored."));
    // The tool button takes no focus, so nothing has committed the text yet: deleting asks.
    QString question;
    test::answerNextMessageBox(this, QMessageBox::Yes, &question);
    child<QToolButton>(QStringLiteral("removeSectionToolButton"))->click();
    QVERIFY(question.contains(QStringLiteral("Scope")));
    QVERIFY(m_store->policy().sections.empty());
    m_stack->undo();
    QCOMPARE(m_store->policy().sections.size(), std::size_t(1));
    QCOMPARE(m_store->policy().sections[0].body, QStringLiteral("Typed, not yet stored."));
}

QTEST_MAIN(TestPolicyPage)
#include "tst_policypage.moc"
