// The Dashboard's scorecard shows what core's scorecard computes, family by family and overall,
// and follows the inventory when it changes.
#include "dashboard/dashboardpage.h"
#include "findings/findingsdock.h"
#include "findings/lintrunner.h"
#include "rules/findings.h"
#include "templates/templates.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QProgressBar>
#include <QtTest>

using namespace steward;

class TestDashboardPage : public test::StoreTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scorecardMatchesCore();
    void followsAChange();
    void noFileShowsNothing();

private:
    bool waitForFindings();
    rules::LintResult coreLint() const;
    // Every bar against core's scores; the first mismatch, or "" when all agree.
    QString mismatch(const rules::LintResult& core) const;

    std::unique_ptr<ui::FindingsDock> m_dock;
    std::unique_ptr<ui::DashboardPage> m_page;
};

void TestDashboardPage::init()
{
    createStore();
    templates::fillSample(*m_store, QDate::currentDate());
    m_dock = std::make_unique<ui::FindingsDock>();
    m_page = std::make_unique<ui::DashboardPage>(m_dock.get());
    showPage(m_page.get(), QSize(1000, 800));
    m_dock->setStore(m_store.get());
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_dock.reset();
    destroyStore();
}

bool TestDashboardPage::waitForFindings()
{
    return QTest::qWaitFor([this] { return !m_dock->runner()->isBusy() && m_dock->runner()->hasResult(); }, 10000);
}

rules::LintResult TestDashboardPage::coreLint() const
{
    return rules::lint(rules::readLintInput(*m_store));
}

QString TestDashboardPage::mismatch(const rules::LintResult& core) const
{
    std::vector<rules::FamilyScore> scores = core.families;
    scores.push_back(core.overall());
    for (const rules::FamilyScore& score : scores) {
        const QProgressBar* bar = m_page->scoreBar(score.family);
        if (!bar)
            return QStringLiteral("no bar for %1").arg(score.family);
        if (bar->value() != score.percent() || bar->text() != QStringLiteral("%1%").arg(score.percent()))
            return QStringLiteral("%1: bar %2 (%3), core %4")
                .arg(score.family)
                .arg(bar->value())
                .arg(bar->text())
                .arg(score.percent());
        const auto* detail = m_page->findChild<QLabel*>(score.family + QStringLiteral("ScoreLabel"));
        const QString expected = QStringLiteral("%1 of %2 checks pass").arg(score.passed).arg(score.checks);
        if (!detail || (score.checks > 0 && detail->text() != expected))
            return QStringLiteral("%1: detail \"%2\", expected \"%3\"")
                .arg(score.family, detail ? detail->text() : QString(), expected);
        if (bar->accessibleName().isEmpty())
            return QStringLiteral("%1: bar without an accessible name").arg(score.family);
    }
    return {};
}

void TestDashboardPage::scorecardMatchesCore()
{
    QVERIFY(waitForFindings());
    const rules::LintResult core = coreLint();
    QCOMPARE(m_page->families().size(), qsizetype(core.families.size() + 1)); // and overall
    QCOMPARE(m_page->families().front(), QStringLiteral("overall"));
    // The sample breaks some rules on purpose: not every family is at 100%.
    QVERIFY(core.overall().percent() < 100);
    const QString problem = mismatch(core);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const auto* errors = m_page->findChild<QLabel*>(QStringLiteral("errorsCountLabel"));
    const auto* warnings = m_page->findChild<QLabel*>(QStringLiteral("warningsCountLabel"));
    QVERIFY(errors && warnings);
    QVERIFY2(errors->text().startsWith(QStringLiteral("%1 error").arg(core.count(FindingSeverity::Error))),
             qPrintable(errors->text()));
    QVERIFY2(warnings->text().startsWith(QStringLiteral("%1 warning").arg(core.count(FindingSeverity::Warning))),
             qPrintable(warnings->text()));
}

void TestDashboardPage::followsAChange()
{
    QVERIFY(waitForFindings());
    const int before = m_page->scoreBar(QStringLiteral("connectors"))->value();
    m_store->transaction([&] {
        for (int i = 0; i < 20; ++i) {
            Connector c;
            c.name = QStringLiteral("Ownerless %1").arg(i);
            m_store->addConnector(c);
        }
    });
    m_dock->recompute();
    QVERIFY(waitForFindings());
    const rules::LintResult core = coreLint();
    QVERIFY(m_page->scoreBar(QStringLiteral("connectors"))->value() < before);
    const QString problem = mismatch(core);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDashboardPage::noFileShowsNothing()
{
    QVERIFY(waitForFindings());
    m_page->setStore(nullptr, nullptr);
    m_dock->setStore(nullptr);
    QCOMPARE(m_page->scoreBar(QStringLiteral("overall"))->value(), 0);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("dashboardSummaryLabel"))->text(),
             QStringLiteral("No inventory is open."));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
