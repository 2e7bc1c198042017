// The Dashboard's scorecard shows what core's scorecard computes, family by family and overall,
// and follows the inventory when it changes.
#include "dashboard/chartcard.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/inventorysection.h"
#include "findings/findingsdock.h"
#include "findings/lintrunner.h"
#include "rules/findings.h"
#include "rules/reviewitems.h"
#include "templates/templates.h"
#include "uitestsupport.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
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
    void countsMatchTheStore();
    void chartsReadAsTables();
    void manyChangesListTheNewest();

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

namespace {

int cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().toInt() : -1;
}

QString labelText(const QWidget* page, const char* name)
{
    const auto* label = page->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("(missing)");
}

} // namespace

void TestDashboardPage::countsMatchTheStore()
{
    // A request and an incident of our own, so the counts are not only the sample's.
    ForumRequest request;
    request.title = QStringLiteral("Jira connector");
    request.requestedOn = QDate::currentDate();
    m_store->addRequest(request);
    m_dock->recompute();
    QVERIFY(waitForFindings());

    // Counted here straight from the store's rows, independently of core's figures.
    int seats = 0;
    int tiers[3][2] = {};
    int pilot = 0, active = 0, archived = 0;
    for (const Workspace& w : m_store->workspaces()) {
        if (w.status != WorkspaceStatus::Archived)
            seats += w.seats;
        (w.status == WorkspaceStatus::Pilot ? pilot : w.status == WorkspaceStatus::Active ? active : archived) += 1;
    }
    for (const Connector& c : m_store->connectors()) {
        if (c.status != ApprovalStatus::Revoked)
            ++tiers[c.tier - 1][c.access == Access::ReadWrite ? 1 : 0];
    }
    int openRequests = 0;
    for (const ForumRequest& r : m_store->requests())
        openRequests += r.status == RequestStatus::Open;
    int openIncidents = 0;
    for (const Incident& i : m_store->incidents())
        openIncidents += i.status != IncidentStatus::Resolved;
    int skills[3] = {};
    for (const Skill& s : m_store->skills())
        ++skills[int(s.status)];
    QVERIFY(seats > 0 && openRequests >= 1 && openIncidents >= 1);

    QCOMPARE(labelText(m_page.get(), "seatsCountLabel"), QLocale().toString(seats));
    QCOMPARE(labelText(m_page.get(), "openRequestsCountLabel"), QString::number(openRequests));
    QCOMPARE(labelText(m_page.get(), "openIncidentsCountLabel"), QString::number(openIncidents));
    int overdue = 0;
    for (const rules::ReviewItem& item :
         rules::reviewItems(m_store->reviewSubjects(), m_store->reviewSettings().dueSoonDays, QDate::currentDate()))
        overdue += item.state == rules::DueState::Overdue;
    QVERIFY(overdue > 0); // the sample has overdue reviews on purpose
    QCOMPARE(labelText(m_page.get(), "overdueReviewsCountLabel"), QString::number(overdue));

    const QTableWidget* connectors = m_page->inventorySection()->connectorsChart()->table();
    QCOMPARE(connectors->rowCount(), 3);
    for (int tier = 0; tier < 3; ++tier) {
        QCOMPARE(cell(connectors, tier, 1), tiers[tier][0]);
        QCOMPARE(cell(connectors, tier, 2), tiers[tier][1]);
        QCOMPARE(cell(connectors, tier, 3), tiers[tier][0] + tiers[tier][1]);
    }
    const QTableWidget* workspaces = m_page->inventorySection()->workspacesChart()->table();
    QCOMPARE(cell(workspaces, 0, 1) + cell(workspaces, 1, 1), pilot); // in time and past graduation
    QCOMPARE(cell(workspaces, 2, 1), active);
    QCOMPARE(cell(workspaces, 3, 1), archived);
    const QTableWidget* skillTable = m_page->inventorySection()->skillsChart()->table();
    for (int s = 0; s < 3; ++s)
        QCOMPARE(cell(skillTable, s, 1), skills[s]);

    // What changed: the sample was written today and records last month's forum, so everything is new.
    const QString since = labelText(m_page.get(), "changesSinceLabel");
    QVERIFY2(since.startsWith(QStringLiteral("Since the forum of")), qPrintable(since));
    const auto* changes = m_page->findChild<QTableWidget*>(QStringLiteral("changesTableWidget"));
    QVERIFY(changes && changes->rowCount() > 10);

    // Once a forum has met today, it counts from that day.
    m_store->recordForumMeeting(QDate::currentDate(), {m_store->personNames().front().id}, {});
    m_dock->recompute();
    QVERIFY(waitForFindings());
    QVERIFY(labelText(m_page.get(), "changesSinceLabel").startsWith(QStringLiteral("Since the forum of")));
}

void TestDashboardPage::chartsReadAsTables()
{
    QVERIFY(waitForFindings());
    ui::ChartCard* card = m_page->inventorySection()->connectorsChart();
    QVERIFY(!card->chartView()->accessibleName().isEmpty());
    QVERIFY2(card->chartView()->accessibleDescription().contains(QStringLiteral("Tier 3")),
             qPrintable(card->chartView()->accessibleDescription()));
    const auto* stack = card->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget*>(card->chartView()));
    card->tableToggle()->click();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget*>(card->table()));
    QVERIFY(!card->table()->accessibleName().isEmpty());
    card->tableToggle()->click();
    QCOMPARE(stack->currentWidget(), static_cast<QWidget*>(card->chartView()));

    // Dark palette: the chart's background follows the window's base colour.
    QPalette dark = card->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    card->setPalette(dark);
    QCOMPARE(card->chartView()->chart()->backgroundBrush().color(), QColor(0x10, 0x10, 0x10));
}

void TestDashboardPage::manyChangesListTheNewest()
{
    // A large import changes thousands of objects: the page counts them all and lists the newest
    // ChangesSection::maxRows, which is all the lint run keeps of them.
    QVERIFY(waitForFindings());
    const auto* changes = m_page->findChild<QTableWidget*>(QStringLiteral("changesTableWidget"));
    const int before = changes->rowCount();
    QVERIFY(before > 0 && before < ui::ChangesSection::maxRows);
    const int added = ui::ChangesSection::maxRows + 50;
    for (int i = 0; i < added; ++i)
        m_store->addPerson({0, QStringLiteral("Newcomer %1").arg(i), {}, {}, {}, {}});
    m_dock->recompute();
    QVERIFY(waitForFindings());
    QCOMPARE(changes->rowCount(), ui::ChangesSection::maxRows);
    // The run kept the newest only, and counted them all.
    QCOMPARE(m_dock->runner()->figures().changes.size(), ui::LintRunner::KeptChanges);
    QCOMPARE(m_dock->runner()->figures().changeCount, std::size_t(before + added));
    for (int row = 0; row < changes->rowCount(); ++row)
        QVERIFY2(changes->item(row, 2)->text().startsWith(QStringLiteral("Newcomer ")),
                 qPrintable(changes->item(row, 2)->text()));
    const QString since = labelText(m_page.get(), "changesSinceLabel");
    QVERIFY2(since.contains(QStringLiteral(": %1 object").arg(before + added)), qPrintable(since));
    QVERIFY2(since.contains(QStringLiteral("The newest %1 are listed.").arg(ui::ChangesSection::maxRows)),
             qPrintable(since));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
