// Reviews as the store records them (Mark reviewed and its undo), the inventory's review settings and
// identity, the list of everything reviewable, and the workspace cadence defaults.
#include "coretest.h"
#include "rules/reviewitems.h"
#include "store/schema.h"
#include "templates/templates.h"

using namespace steward;
using steward::test::TempInventory;

class TestReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordReviewMovesTheLastReview();
    void backdatedReviewKeepsTheLaterOne();
    void withdrawReviewRestoresExactly();
    void recordReviewOfGovernanceObject();
    void recordReviewRefusals_data();
    void recordReviewRefusals();
    void settingsRoundTripAndAudit();
    void settingsOutOfRangeAreRefused_data();
    void settingsOutOfRangeAreRefused();
    void settingsWrittenOutOfRangeByAnotherToolFallBack();
    void inventoryIdIsStable();
    void reviewItemsSortedByDueAndSkipThoseNotInUse();
    void leanReadMatchesTheWholeInventory();
    void workspaceStatusChangesCadence_data();
    void workspaceStatusChangesCadence();
};

void TestReviews::recordReviewMovesTheLastReview()
{
    TempInventory inv;
    const test::World w = test::makeWorld(inv.store());
    const QDate today = QDate::currentDate();
    const auto before = test::auditFingerprint(inv.store()).size();

    const Id id = inv->recordReview({0, QStringLiteral("connector"), w.github, today, w.bob, QStringLiteral("ok")});
    Store& store = inv.reopen();
    const Connector github = *store.connector(w.github);
    QCOMPARE(github.review.lastReviewedOn, today);
    QCOMPARE(github.review.lastReviewedBy, w.bob);
    const std::vector<Review> reviews = store.reviews();
    QCOMPARE(reviews.size(), std::size_t(1));
    QCOMPARE(reviews.front().id, id);
    QCOMPARE(reviews.front().notes, QStringLiteral("ok"));
    // One create row for the review and one update row per moved column.
    const auto rows = test::auditSince(store, before);
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].entity, QStringLiteral("reviews"));
    QCOMPARE(rows[1].field, QStringLiteral("last_reviewed_on"));
    QCOMPARE(rows[2].field, QStringLiteral("last_reviewed_by"));
    QVERIFY(store.verify().isEmpty());
}

void TestReviews::backdatedReviewKeepsTheLaterOne()
{
    TempInventory inv;
    const test::World w = test::makeWorld(inv.store());
    Skill digest = *inv->skill(w.digest);
    digest.review.lastReviewedOn = QDate(2026, 10, 1);
    digest.review.lastReviewedBy = w.ada;
    inv->updateSkill(digest);

    inv->recordReview({0, QStringLiteral("skill"), w.digest, QDate(2026, 9, 1), w.bob, {}});
    const Skill stored = *inv.reopen().skill(w.digest);
    QCOMPARE(stored.review.lastReviewedOn, QDate(2026, 10, 1));
    QCOMPARE(stored.review.lastReviewedBy, w.ada);
    QCOMPARE(inv->reviews().size(), std::size_t(1));
}

void TestReviews::withdrawReviewRestoresExactly()
{
    TempInventory inv;
    const test::World w = test::makeWorld(inv.store());
    Workspace ws = test::fullWorkspace(w);
    ws.id = inv->addWorkspace(ws);
    ws = *inv->workspace(ws.id);

    const Id id =
        inv->recordReview({0, QStringLiteral("workspace"), ws.id, QDate::currentDate(), w.ada, QStringLiteral("x")});
    QVERIFY(inv->workspace(ws.id)->review != ws.review);
    inv->withdrawReview(id, ws.review);
    QCOMPARE(*inv.reopen().workspace(ws.id), ws);
    QVERIFY(inv->reviews().empty());

    // Redo brings it back under its id.
    QCOMPARE(inv->recordReview({id, QStringLiteral("workspace"), ws.id, QDate::currentDate(), w.ada, {}}), id);
    QCOMPARE(inv->workspace(ws.id)->review.lastReviewedOn, QDate::currentDate());
    QVERIFY(inv->verify().isEmpty());
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->withdrawReview(id + 100, ws.review));
}

void TestReviews::recordReviewOfGovernanceObject()
{
    TempInventory inv;
    const Id ada = inv->addPerson(test::person(QStringLiteral("Ada")));
    const GovernanceObject connectors = inv->governanceObject(GovernanceKind::Connectors);
    inv->recordReview({0, QStringLiteral("governance"), connectors.id, QDate(2026, 11, 2), ada, {}});
    const GovernanceObject stored = inv.reopen().governanceObject(GovernanceKind::Connectors);
    QCOMPARE(stored.review.lastReviewedOn, QDate(2026, 11, 2));
    QCOMPARE(stored.review.lastReviewedBy, ada);
    QCOMPARE(stored.review.cadence, connectors.review.cadence);
    QCOMPARE(inv->reviewStateOf(QStringLiteral("governance"), connectors.id), stored.review);
}

void TestReviews::recordReviewRefusals_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("missingSubject");
    QTest::addColumn<QDate>("on");
    QTest::newRow("unknown kind") << QStringLiteral("policy-ish") << false << QDate(2026, 1, 1);
    QTest::newRow("subject gone") << QStringLiteral("connector") << true << QDate(2026, 1, 1);
    QTest::newRow("no date") << QStringLiteral("connector") << false << QDate();
    QTest::newRow("next month") << QStringLiteral("connector") << false << QDate::currentDate().addMonths(1);
}

void TestReviews::recordReviewRefusals()
{
    QFETCH(QString, type);
    QFETCH(bool, missingSubject);
    QFETCH(QDate, on);
    TempInventory inv;
    const test::World w = test::makeWorld(inv.store());
    const Connector before = *inv->connector(w.github);
    const auto trail = test::auditFingerprint(inv.store());
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             inv->recordReview({0, type, missingSubject ? w.github + 99 : w.github, on, w.ada, {}}));
    QCOMPARE(*inv->connector(w.github), before);
    QCOMPARE(test::auditFingerprint(inv.store()), trail);
    QVERIFY(inv->reviews().empty());
}

void TestReviews::settingsRoundTripAndAudit()
{
    TempInventory inv;
    QCOMPARE(inv->reviewSettings(), ReviewSettings());
    ReviewSettings settings;
    settings.dueSoonDays = 30;
    settings.pilotWeeks = 8;
    inv->setReviewSettings(settings);
    QCOMPARE(inv.reopen().reviewSettings(), settings);
    settings.dueSoonDays = 7;
    const auto before = test::auditFingerprint(inv.store()).size();
    inv->setReviewSettings(settings);
    QCOMPARE(test::auditSince(inv.store(), before).size(), std::size_t(1)); // only the value that changed
    QCOMPARE(inv.reopen(Store::Mode::ReadOnly).reviewSettings(), settings);
    QVERIFY(inv->verify().isEmpty());
}

void TestReviews::settingsOutOfRangeAreRefused_data()
{
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<int>("pilotWeeks");
    QTest::newRow("negative window") << -1 << 12;
    QTest::newRow("window over a year") << 366 << 12;
    QTest::newRow("pilot of 0 weeks") << 14 << 0;
    QTest::newRow("pilot over five years") << 14 << 261;
}

void TestReviews::settingsOutOfRangeAreRefused()
{
    QFETCH(int, dueSoonDays);
    QFETCH(int, pilotWeeks);
    TempInventory inv;
    const auto trail = test::auditFingerprint(inv.store());
    QVERIFY_THROWS_EXCEPTION(StoreError, inv->setReviewSettings({dueSoonDays, pilotWeeks}));
    QCOMPARE(inv->reviewSettings(), ReviewSettings());
    QCOMPARE(test::auditFingerprint(inv.store()), trail);
}

void TestReviews::settingsWrittenOutOfRangeByAnotherToolFallBack()
{
    TempInventory inv;
    inv->setReviewSettings({20, 10});
    inv.close();
    QVERIFY(test::rawSql(inv.path(), QStringLiteral("UPDATE settings SET value = '-5' WHERE key LIKE '%due_soon%'")));
    QVERIFY(test::rawSql(inv.path(), QStringLiteral("UPDATE settings SET value = 'lots' WHERE key LIKE '%pilot%'")));
    QCOMPARE(inv.reopen().reviewSettings(), ReviewSettings());
    QVERIFY(!inv->verify().isEmpty()); // and verify says the rows were changed behind Steward's back
}

void TestReviews::inventoryIdIsStable()
{
    TempInventory inv;
    const QString id = inv->inventoryId();
    QCOMPARE(id.size(), 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
    QCOMPARE(inv.reopen().inventoryId(), id);
    TempInventory other;
    QVERIFY(other->inventoryId() != id);
}

void TestReviews::reviewItemsSortedByDueAndSkipThoseNotInUse()
{
    const QDate today(2026, 12, 1);
    rules::LintInput in;
    for (GovernanceKind kind : {GovernanceKind::Policy, GovernanceKind::Connectors}) {
        GovernanceObject g;
        g.id = Id(kind) + 1;
        g.kind = kind;
        g.review = {kind == GovernanceKind::Policy ? Cadence::Annual : Cadence::Quarterly, QDate(2026, 9, 15), 0};
        in.governance.push_back(g);
    }
    Workspace pilot;
    pilot.id = 1;
    pilot.name = QStringLiteral("Pilot");
    pilot.review = {Cadence::Weekly, QDate(2026, 11, 20), 0}; // due 27 Nov: overdue
    Workspace archived = pilot;
    archived.id = 2;
    archived.status = WorkspaceStatus::Archived;
    in.workspaces = {pilot, archived};
    Connector never;
    never.id = 5;
    never.name = QStringLiteral("Never");
    Connector revoked = never;
    revoked.id = 6;
    revoked.status = ApprovalStatus::Revoked;
    in.connectors = {never, revoked};
    Skill custom;
    custom.id = 3;
    custom.name = QStringLiteral("Custom");
    custom.status = SkillStatus::Active;
    custom.review = {Cadence::Custom, QDate(2026, 11, 25), 0, 10}; // due 5 Dec: due soon
    Skill deprecated = custom;
    deprecated.id = 4;
    deprecated.status = SkillStatus::Deprecated;
    in.skills = {custom, deprecated};

    const auto items = rules::reviewItems(in, today);
    QStringList order;
    for (const rules::ReviewItem& item : items)
        order << QStringLiteral("%1 %2 %3").arg(item.name, item.due.toString(Qt::ISODate)).arg(int(item.state));
    QCOMPARE(order, (QStringList{
                        QStringLiteral("Pilot 2026-11-27 0"),               // overdue
                        QStringLiteral("Never 2026-12-01 1"),               // never reviewed: due now
                        QStringLiteral("Custom 2026-12-05 1"),              // due soon
                        QStringLiteral("Connector inventory 2026-12-15 2"), // 14 days away: past the window
                        QStringLiteral("Acceptable-use policy 2027-09-15 2"),
                    }));
}

void TestReviews::leanReadMatchesTheWholeInventory()
{
    // The Reviews page reads review subjects alone; they must be what the whole inventory says.
    TempInventory inv;
    templates::fillSample(inv.store(), QDate(2026, 11, 22));
    Workspace archived = inv->workspaces().front();
    archived.status = WorkspaceStatus::Archived;
    inv->updateWorkspace(archived);
    const std::vector<ReviewSubject> lean = inv->reviewSubjects();
    const std::vector<ReviewSubject> whole = rules::reviewSubjects(rules::readLintInput(inv.store()));
    QCOMPARE(lean.size(), whole.size());
    for (std::size_t i = 0; i < lean.size(); ++i) {
        QCOMPARE(lean[i].type, whole[i].type);
        QCOMPARE(lean[i].id, whole[i].id);
        QCOMPARE(lean[i].name, whole[i].name);
        QVERIFY2(lean[i] == whole[i], qPrintable(lean[i].name));
    }
    QVERIFY(std::any_of(lean.begin(), lean.end(), [](const ReviewSubject& s) { return !s.inUse; }));
    QVERIFY(std::any_of(lean.begin(), lean.end(), [](const ReviewSubject& s) { return s.pilotStartedOn.isValid(); }));
    const QDate today(2026, 12, 1);
    const auto a = rules::reviewItems(lean, 14, today);
    const auto b = rules::reviewItems(rules::readLintInput(inv.store()), today);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QCOMPARE(a[i].subjectId, b[i].subjectId);
}

void TestReviews::workspaceStatusChangesCadence_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("cadence");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("pilotClockStarts");
    using C = Cadence;
    using S = WorkspaceStatus;
    QTest::newRow("pilot graduates: weekly → monthly")
        << int(S::Pilot) << int(C::Weekly) << int(S::Active) << int(C::Monthly) << false;
    QTest::newRow("pilot graduates, quarterly by hand: kept")
        << int(S::Pilot) << int(C::Quarterly) << int(S::Active) << int(C::Quarterly) << false;
    QTest::newRow("pilot archived: kept")
        << int(S::Pilot) << int(C::Weekly) << int(S::Archived) << int(C::Weekly) << false;
    QTest::newRow("back to pilot: weekly")
        << int(S::Active) << int(C::Monthly) << int(S::Pilot) << int(C::Weekly) << true;
    QTest::newRow("unchanged") << int(S::Active) << int(C::Annual) << int(S::Active) << int(C::Annual) << false;
}

void TestReviews::workspaceStatusChangesCadence()
{
    QFETCH(int, from);
    QFETCH(int, cadence);
    QFETCH(int, to);
    QFETCH(int, expected);
    QFETCH(bool, pilotClockStarts);
    const QDate today(2026, 12, 1);
    Workspace w;
    w.status = WorkspaceStatus(from);
    w.review.cadence = Cadence(cadence);
    w.pilotStartedOn = QDate(2026, 1, 5);
    rules::changeWorkspaceStatus(w, WorkspaceStatus(to), today);
    QCOMPARE(int(w.status), to);
    QCOMPARE(int(w.review.cadence), expected);
    QCOMPARE(w.pilotStartedOn, pilotClockStarts ? today : QDate(2026, 1, 5));
}

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
