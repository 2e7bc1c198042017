// The governance objects on the Dashboard: each one's owner, page, cadence and next review shown,
// and edited through GovernanceDialog as one undoable command (a new owner joins the directory in
// the same command); a bad address is refused inside the dialog and nothing is written.
#include "dashboard/governancedialog.h"
#include "dashboard/governancesection.h"
#include "reviews/markrevieweddialog.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace steward;

class TestGovernanceSection : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEachObject();
    void editThroughTheDialogIsOneUndoableStep();
    void badAddressIsRefusedInTheDialog();
    void newOwnerJoinsTheDirectoryInTheSameStep();
    void readOnlyDialogCannotApply();
    void markReviewedRecordsAReviewOfTheObject();

private:
    // Runs `fill` on the dialog the next click opens, then presses `button`.
    void answerDialog(std::function<void(ui::GovernanceDialog*)> fill, QDialogButtonBox::StandardButton button);

    std::unique_ptr<ui::GovernanceSection> m_section;
    Id m_ada = 0;
};

void TestGovernanceSection::init()
{
    createStore();
    m_ada = m_store->addPerson({0, QStringLiteral("Ada Lovelace"), {}, {}, {}, {}});
    m_section = std::make_unique<ui::GovernanceSection>();
    m_section->setStore(m_store.get(), m_stack.get());
    m_section->resize(900, 300);
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
}

void TestGovernanceSection::cleanup()
{
    m_section.reset();
    destroyStore();
}

void TestGovernanceSection::answerDialog(std::function<void(ui::GovernanceDialog*)> fill,
                                         QDialogButtonBox::StandardButton button)
{
    QTimer::singleShot(0, this, [fill = std::move(fill), button] {
        QTRY_VERIFY(qobject_cast<ui::GovernanceDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ui::GovernanceDialog*>(QApplication::activeModalWidget());
        fill(dialog);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("governanceDialogButtonBox"))->button(button)->click();
    });
}

void TestGovernanceSection::showsEachObject()
{
    for (GovernanceKind kind :
         {GovernanceKind::Policy, GovernanceKind::Workspaces, GovernanceKind::Connectors, GovernanceKind::Skills}) {
        QVERIFY(m_section->summaryLabel(kind)->text().contains(QStringLiteral("No owner")));
    }
    auto due = [this](GovernanceKind kind) {
        return m_section->findChild<QLabel*>(key(kind) + QStringLiteral("DueLabel"))->text();
    };
    QCOMPARE(due(GovernanceKind::Policy), QStringLiteral("Annual review, never reviewed"));
    QCOMPARE(due(GovernanceKind::Skills), QStringLiteral("Quarterly review, never reviewed"));
}

void TestGovernanceSection::editThroughTheDialogIsOneUndoableStep()
{
    const GovernanceObject before = m_store->governanceObject(GovernanceKind::Connectors);
    answerDialog(
        [this](ui::GovernanceDialog* dialog) {
            test::chooseData(dialog->findChild<QComboBox*>(QStringLiteral("ownerComboBox")), int(m_ada));
            dialog->findChild<QLineEdit*>(QStringLiteral("locationLineEdit"))
                ->setText(QStringLiteral("https://wiki.example.com/ai/connectors"));
            test::chooseData(dialog->findChild<QComboBox*>(QStringLiteral("cadenceComboBox")), int(Cadence::Monthly));
            dialog->findChild<QDateEdit*>(QStringLiteral("lastReviewedDateEdit"))->setDate(QDate(2026, 11, 2));
        },
        QDialogButtonBox::Ok);
    m_section->editButton(GovernanceKind::Connectors)->click();

    const GovernanceObject after = m_store->governanceObject(GovernanceKind::Connectors);
    QCOMPARE(after.ownerId, m_ada);
    QCOMPARE(after.location, QStringLiteral("https://wiki.example.com/ai/connectors"));
    QCOMPARE(after.review.cadence, Cadence::Monthly);
    QCOMPARE(after.review.lastReviewedOn, QDate(2026, 11, 2));
    QCOMPARE(m_stack->count(), 1);
    const QString summary = m_section->summaryLabel(GovernanceKind::Connectors)->text();
    QVERIFY2(summary.contains(QStringLiteral("Ada Lovelace")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("wiki.example.com")), qPrintable(summary));

    m_stack->undo();
    QCOMPARE(m_store->governanceObject(GovernanceKind::Connectors), before);
    m_stack->redo();
    QCOMPARE(m_store->governanceObject(GovernanceKind::Connectors), after);
    QVERIFY(m_store->verify().isEmpty());
}

void TestGovernanceSection::badAddressIsRefusedInTheDialog()
{
    const GovernanceObject before = m_store->governanceObject(GovernanceKind::Skills);
    QString error;
    answerDialog(
        [&error](ui::GovernanceDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("locationLineEdit"))->setText(QStringLiteral("wiki page"));
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("governanceDialogButtonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
            auto* label = dialog->findChild<QLabel*>(QStringLiteral("governanceErrorLabel"));
            error = label->isVisible() ? label->text() : QString();
            QVERIFY(dialog->isVisible()); // still open, to be corrected
        },
        QDialogButtonBox::Cancel);
    m_section->editButton(GovernanceKind::Skills)->click();
    QVERIFY2(error.contains(QStringLiteral("web address")), qPrintable(error));
    QCOMPARE(m_store->governanceObject(GovernanceKind::Skills), before);
    QCOMPARE(m_stack->count(), 0);
}

void TestGovernanceSection::newOwnerJoinsTheDirectoryInTheSameStep()
{
    ui::GovernanceDialog dialog(m_store.get(), GovernanceKind::Workspaces);
    dialog.show();
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QInputDialog*>(QApplication::activeModalWidget()));
        auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ask->setTextValue(QStringLiteral("Grace Hopper"));
        ask->accept();
    });
    auto* owner = dialog.findChild<QComboBox*>(QStringLiteral("ownerComboBox"));
    test::choose(owner, owner->count() - 1); // "New person…"
    QCOMPARE(dialog.newOwnerName(), QStringLiteral("Grace Hopper"));
    QCOMPARE(owner->currentText(), QStringLiteral("Grace Hopper"));
    QVERIFY(dialog.apply(m_stack.get()).isEmpty());

    const Id grace = m_store->personIdByName(QStringLiteral("Grace Hopper"));
    QVERIFY(grace != 0);
    QCOMPARE(m_store->governanceObject(GovernanceKind::Workspaces).ownerId, grace);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_store->personIdByName(QStringLiteral("Grace Hopper")), Id(0));
    QCOMPARE(m_store->governanceObject(GovernanceKind::Workspaces).ownerId, Id(0));
    m_stack->redo();
    QCOMPARE(m_store->governanceObject(GovernanceKind::Workspaces).ownerId,
             m_store->personIdByName(QStringLiteral("Grace Hopper")));
}

void TestGovernanceSection::readOnlyDialogCannotApply()
{
    m_section->setStore(nullptr, nullptr);
    m_store.reset();
    m_store = Store::open(m_path, Store::Mode::ReadOnly);
    m_section->setStore(m_store.get(), m_stack.get());
    bool okEnabled = true;
    bool ownerEnabled = true;
    answerDialog(
        [&](ui::GovernanceDialog* dialog) {
            okEnabled = dialog->findChild<QDialogButtonBox*>(QStringLiteral("governanceDialogButtonBox"))
                            ->button(QDialogButtonBox::Ok)
                            ->isEnabled();
            ownerEnabled = dialog->findChild<QComboBox*>(QStringLiteral("ownerComboBox"))->isEnabled();
        },
        QDialogButtonBox::Cancel);
    m_section->editButton(GovernanceKind::Policy)->click();
    QVERIFY(!okEnabled);
    QVERIFY(!ownerEnabled);
    QCOMPARE(m_stack->count(), 0);
}

void TestGovernanceSection::markReviewedRecordsAReviewOfTheObject()
{
    const GovernanceObject before = m_store->governanceObject(GovernanceKind::Connectors);
    const QDate day = QDate::currentDate().addDays(-2);
    QTimer::singleShot(0, this, [this, day] {
        QTRY_VERIFY(qobject_cast<ui::MarkReviewedDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ui::MarkReviewedDialog*>(QApplication::activeModalWidget());
        dialog->setReviewerId(m_ada);
        dialog->setReviewedOn(day);
        dialog->setNotes(QStringLiteral("Scopes checked with IT"));
        dialog->findChild<QPushButton*>(QStringLiteral("markReviewedPushButton"))->click();
    });
    m_section->reviewedButton(GovernanceKind::Connectors)->click();

    const GovernanceObject after = m_store->governanceObject(GovernanceKind::Connectors);
    QCOMPARE(after.review.lastReviewedOn, day);
    QCOMPARE(after.review.lastReviewedBy, m_ada);
    const std::vector<Review> reviews = m_store->reviews();
    QCOMPARE(reviews.size(), std::size_t(1));
    QCOMPARE(reviews.front().subjectType, QStringLiteral("governance"));
    QCOMPARE(reviews.front().subjectId, before.id);
    QCOMPARE(reviews.front().notes, QStringLiteral("Scopes checked with IT"));
    QVERIFY(m_section->findChild<QLabel*>(QStringLiteral("connectorsDueLabel"))->text().startsWith(
        QStringLiteral("Quarterly review, next ")));
    m_stack->undo();
    QCOMPARE(m_store->governanceObject(GovernanceKind::Connectors), before);
    QVERIFY(m_store->reviews().empty());
}

QTEST_MAIN(TestGovernanceSection)
#include "tst_governancesection.moc"
