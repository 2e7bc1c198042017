// The review-routing calculator of the Policy page: the seed 000 flowchart for every combination of
// answers (sensitive data or a system write → tier 3; else data leaving → tier 2; else tier 1),
// with the control the policy sets for that tier.
#include "policy/policypage.h"
#include "policy/routingcalculator.h"
#include "rules/connectorrules.h"
#include "templates/templates.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QTabWidget>
#include <QtTest>

using namespace steward;

namespace {

const std::vector<ReviewTier> tiers = {
    {1, QStringLiteral("Internal data, nothing leaves"), QStringLiteral("Spot-check")},
    {2, QStringLiteral("Data can leave the organisation"), QStringLiteral("Named reviewer")},
    {3, QStringLiteral("Sensitive data or a system write"), QStringLiteral("Dual review + audit")},
};

} // namespace

class TestRoutingCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesEachCombination_data();
    void routesEachCombination();
    void agreesWithTheTierFloor();
    void saysWhenThePolicyStatesNoControl();
    void onThePolicyPageWithThePolicysTiers();
};

void TestRoutingCalculator::routesEachCombination_data()
{
    QTest::addColumn<bool>("sensitive");
    QTest::addColumn<bool>("writes");
    QTest::addColumn<bool>("external");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("control");

    const QString spot = QStringLiteral("Spot-check");
    const QString named = QStringLiteral("Named reviewer");
    const QString dual = QStringLiteral("Dual review + audit");
    QTest::newRow("nothing") << false << false << false << 1 << spot;
    QTest::newRow("leaves") << false << false << true << 2 << named;
    QTest::newRow("writes") << false << true << false << 3 << dual;
    QTest::newRow("writes, leaves") << false << true << true << 3 << dual;
    QTest::newRow("sensitive") << true << false << false << 3 << dual;
    QTest::newRow("sensitive, leaves") << true << false << true << 3 << dual;
    QTest::newRow("sensitive, writes") << true << true << false << 3 << dual;
    QTest::newRow("all three") << true << true << true << 3 << dual;
}

void TestRoutingCalculator::routesEachCombination()
{
    QFETCH(bool, sensitive);
    QFETCH(bool, writes);
    QFETCH(bool, external);
    QFETCH(int, tier);
    QFETCH(QString, control);

    ui::RoutingCalculator calculator;
    calculator.setTiers(tiers);
    QSignalSpy changes(&calculator, &ui::RoutingCalculator::tierChanged);
    // As a person answers: by clicking the boxes, not through setAnswers.
    const std::pair<const char*, bool> answers[] = {
        {"sensitiveCheckBox", sensitive}, {"writesCheckBox", writes}, {"externalCheckBox", external}};
    for (const auto& [name, answer] : answers) {
        auto* box = calculator.findChild<QCheckBox*>(QString::fromLatin1(name));
        QVERIFY(box);
        QVERIFY(!box->accessibleName().isEmpty());
        if (answer)
            box->click();
    }
    QCOMPARE(calculator.tier(), tier);
    QCOMPARE(calculator.control(), control);
    QCOMPARE(calculator.findChild<QLabel*>(QStringLiteral("routingTierLabel"))->text(),
             QStringLiteral("Tier %1").arg(tier));
    QCOMPARE(calculator.findChild<QLabel*>(QStringLiteral("routingControlLabel"))->text(), control);
    QCOMPARE(calculator.findChild<QLabel*>(QStringLiteral("routingRuleLabel"))->text(),
             tiers[std::size_t(tier - 1)].rule);
    if (tier != 1)
        QVERIFY(!changes.isEmpty()); // it answers live
    QCOMPARE(changes.isEmpty() ? 1 : changes.last().at(0).toInt(), tier);
}

void TestRoutingCalculator::agreesWithTheTierFloor()
{
    // Every connector a person could describe with these answers gets the tier the calculator gives.
    for (DataClass dataClass :
         {DataClass::Public, DataClass::Internal, DataClass::Confidential, DataClass::Restricted}) {
        for (Access access : {Access::ReadOnly, Access::ReadWrite}) {
            for (bool external : {false, true}) {
                Connector c;
                c.sensitivity = dataClass;
                c.access = access;
                c.external = external;
                QCOMPARE(ui::RoutingCalculator::tierFor(isSensitive(dataClass), access == Access::ReadWrite, external),
                         rules::tierFloor(c));
            }
        }
    }
}

void TestRoutingCalculator::saysWhenThePolicyStatesNoControl()
{
    ui::RoutingCalculator calculator;
    calculator.setTiers({{1, QStringLiteral("Internal"), QStringLiteral("Spot-check")}});
    calculator.setAnswers(false, true, false);
    QCOMPARE(calculator.tier(), 3);
    QCOMPARE(calculator.control(), QString());
    QVERIFY(calculator.findChild<QLabel*>(QStringLiteral("routingControlLabel"))
                ->text()
                .contains(QStringLiteral("no control")));
    calculator.setAnswers(false, false, false);
    QCOMPARE(calculator.control(), QStringLiteral("Spot-check"));
}

void TestRoutingCalculator::onThePolicyPageWithThePolicysTiers()
{
    auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inventory.steward"));
    auto store = Store::create(path);
    templates::fillSeed(*store);
    const Policy policy = store->policy();
    QUndoStack stack;
    ui::PolicyPage page;
    page.setStore(store.get(), &stack);
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("policyTabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(ui::PolicyPage::RoutingTab);
    auto* calculator = page.findChild<ui::RoutingCalculator*>();
    QVERIFY(calculator);
    QCOMPARE(tabs->currentWidget(), calculator);
    calculator->setAnswers(true, false, false);
    const auto tier3 = std::find_if(policy.reviewTiers.begin(), policy.reviewTiers.end(),
                                    [](const ReviewTier& t) { return t.tier == 3; });
    QVERIFY(tier3 != policy.reviewTiers.end());
    QVERIFY(!tier3->control.isEmpty());
    QCOMPARE(calculator->control(), tier3->control);

    // A change to the policy's tiers shows at once.
    Policy changed = policy;
    for (ReviewTier& t : changed.reviewTiers) {
        if (t.tier == 3)
            t.control = QStringLiteral("Two reviewers and an audit entry");
    }
    store->updatePolicy(changed);
    page.reload();
    QCOMPARE(calculator->control(), QStringLiteral("Two reviewers and an audit entry"));
    page.setStore(nullptr, nullptr);
}

QTEST_MAIN(TestRoutingCalculator)
#include "tst_routingcalculator.moc"
