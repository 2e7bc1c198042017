// The rules of the seeds as findings: a clean inventory yields none, and each rule has a case that
// triggers it (and only it); the scorecard counts checks per family.
#include "rules/findings.h"

#include <QtTest>
#include <functional>

using namespace steward;
using namespace steward::rules;

class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void cleanInventoryHasNoFindings();
    void eachRuleTriggers_data();
    void eachRuleTriggers();
    void everyRuleHasACase();
    void findingsAreOrderedBySeverity();
    void scorecardCountsChecks();
    void pilotGraduation_data();
    void pilotGraduation();
    void dueSoonWindowComesFromTheSettings_data();
    void dueSoonWindowComesFromTheSettings();
    void archivedAndRevokedAreNotReviewed();
};

namespace {

const QDate Today(2026, 11, 22);

LintInput clean()
{
    LintInput in;
    in.people = {{1, QStringLiteral("Ada"), {}, {}, {}, {}}};
    Policy& p = in.policy;
    p.title = QStringLiteral("Acceptable use");
    p.version = QStringLiteral("1.0");
    p.status = PolicyStatus::Approved;
    p.prohibitedUses = {QStringLiteral("auto-send external commitments")};
    p.reviewTiers = {{1, QStringLiteral("internal"), QStringLiteral("spot-check")},
                     {2, QStringLiteral("leaves org"), QStringLiteral("named reviewer")},
                     {3, QStringLiteral("sensitive"), QStringLiteral("dual review")}};
    p.history = {{1, QStringLiteral("1.0"), 1, Today.addDays(-30), Today.addDays(-30), {}}};
    for (GovernanceKind kind :
         {GovernanceKind::Policy, GovernanceKind::Workspaces, GovernanceKind::Connectors, GovernanceKind::Skills}) {
        GovernanceObject g;
        g.id = Id(kind) + 1;
        g.kind = kind;
        g.ownerId = 1;
        g.location = QStringLiteral("https://wiki.example.com/x");
        g.review = {Cadence::Quarterly, Today.addDays(-10), 1};
        in.governance.push_back(g);
    }
    Connector k;
    k.id = 1;
    k.name = QStringLiteral("GitHub");
    k.access = Access::ReadOnly;
    k.scopes = {{1, QStringLiteral("read:org"), ScopeMode::Read, QStringLiteral("team lookup")}};
    k.sensitivity = DataClass::Internal;
    k.tier = 1;
    k.ownerId = 1;
    k.status = ApprovalStatus::Approved;
    k.approvedBy = 1;
    k.review = {Cadence::Quarterly, Today.addDays(-10), 1};
    in.connectors.push_back(k);
    Skill s;
    s.id = 1;
    s.name = QStringLiteral("Triage");
    s.intendedUse = QStringLiteral("sort tickets");
    s.inputs = QStringLiteral("tickets");
    s.outputs = QStringLiteral("labels");
    s.ownerId = 1;
    s.status = SkillStatus::Active;
    s.hasSkillMd = true;
    s.connectorIds = {1};
    s.review = {Cadence::Quarterly, Today.addDays(-10), 1};
    in.skills.push_back(s);
    Workspace w;
    w.id = 1;
    w.name = QStringLiteral("Support");
    w.ownerId = 1;
    w.status = WorkspaceStatus::Active;
    w.hasClaudeMd = true;
    w.tasks = {{1, QStringLiteral("digest"), QStringLiteral("weekdays 09:00"), 1, true}};
    w.connectorIds = {1};
    w.review = {Cadence::Monthly, Today.addDays(-10), 1};
    in.workspaces.push_back(w);
    in.raci.roles = {{1, QStringLiteral("IT")}, {2, QStringLiteral("Security")}};
    in.raci.activities = {{1, QStringLiteral("Approve connectors")}};
    in.raci.cells = {{0, 0, QStringLiteral("R")}, {0, 1, QStringLiteral("A")}};
    return in;
}

LintResult run(const LintInput& in)
{
    LintOptions options;
    options.today = Today;
    return lint(in, options);
}

QStringList ids(const LintResult& result)
{
    QStringList list;
    for (const Finding& f : result.findings)
        list.append(f.ruleId);
    return list;
}

using Change = std::function<void(LintInput&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

void TestLint::cleanInventoryHasNoFindings()
{
    const LintResult result = run(clean());
    QVERIFY2(result.findings.empty(), qPrintable(ids(result).join(QLatin1Char(' '))));
    QCOMPARE(result.overall().percent(), 100);
}

namespace {

struct Case
{
    const char* rule;
    QString subject;
    Change change;
};

// One case per rule: a change to the clean inventory that breaks that rule and no other.
std::vector<Case> cases()
{
    std::vector<Case> all;
    auto row = [&all](const char* rule, const char* subject, Change change) {
        all.push_back({rule, QString::fromLatin1(subject), std::move(change)});
    };
    row("policy.prohibited-uses", "Acceptable use", [](LintInput& in) { in.policy.prohibitedUses.clear(); });
    row("policy.review-tiers", "Acceptable use", [](LintInput& in) { in.policy.reviewTiers[1].control.clear(); });
    row("policy.approved", "Acceptable use", [](LintInput& in) {
        in.policy.history.clear();
        in.policy.status = PolicyStatus::Draft;
    });
    row("policy.draft-changes", "Acceptable use", [](LintInput& in) { in.policy.status = PolicyStatus::Draft; });
    row("governance.owner", "Connector inventory", [](LintInput& in) { in.governance[2].ownerId = 0; });
    row("governance.location", "Skills inventory", [](LintInput& in) { in.governance[3].location.clear(); });
    row("workspace.owner", "Support", [](LintInput& in) { in.workspaces[0].ownerId = 0; });
    row("workspace.claude-md", "Support", [](LintInput& in) { in.workspaces[0].hasClaudeMd = false; });
    row("workspace.task-owner", "Support", [](LintInput& in) { in.workspaces[0].tasks[0].ownerId = 0; });
    row("workspace.pilot-graduation", "Support", [](LintInput& in) {
        in.workspaces[0].status = WorkspaceStatus::Pilot;
        in.workspaces[0].pilotStartedOn = Today.addDays(-7 * 12 - 1);
    });
    row("connector.owner", "GitHub", [](LintInput& in) { in.connectors[0].ownerId = 0; });
    row("connector.tier-floor", "GitHub", [](LintInput& in) { in.connectors[0].external = true; });
    row("connector.write-approver", "GitHub", [](LintInput& in) {
        in.connectors[0].access = Access::ReadWrite;
        in.connectors[0].tier = 3;
        in.connectors[0].approvedBy = 0;
    });
    row("connector.pending-reapproval", "GitHub", [](LintInput& in) {
        in.connectors[0].status = ApprovalStatus::PendingReapproval;
        in.workspaces[0].connectorIds.clear();
        in.skills[0].connectorIds.clear();
    });
    row("connector.unapproved-in-use", "GitHub",
        [](LintInput& in) { in.connectors[0].status = ApprovalStatus::Requested; });
    row("connector.scope-justification", "GitHub",
        [](LintInput& in) { in.connectors[0].scopes[0].justification = QStringLiteral("  "); });
    row("connector.write-scope-read-only", "GitHub",
        [](LintInput& in) { in.connectors[0].scopes[0].mode = ScopeMode::Write; });
    row("skill.owner", "Triage", [](LintInput& in) { in.skills[0].ownerId = 0; });
    row("skill.described", "Triage", [](LintInput& in) { in.skills[0].outputs.clear(); });
    row("skill.skill-md", "Triage", [](LintInput& in) { in.skills[0].hasSkillMd = false; });
    row("raci.defined", "RACI matrix", [](LintInput& in) { in.raci = {}; });
    row("raci.one-accountable", "Approve connectors",
        [](LintInput& in) { in.raci.cells[0].letters = QStringLiteral("RA"); });
    row("raci.responsible", "Approve connectors",
        [](LintInput& in) { in.raci.cells[0].letters = QStringLiteral("C"); });
    row("review.overdue", "Support",
        [](LintInput& in) { in.workspaces[0].review.lastReviewedOn = Today.addDays(-40); });
    row("review.due-soon", "Triage", [](LintInput& in) { in.skills[0].review.lastReviewedOn = {}; });
    return all;
}

} // namespace

void TestLint::eachRuleTriggers_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("subject");
    for (const Case& c : cases())
        QTest::newRow(c.rule) << c.change << c.subject;
}

void TestLint::eachRuleTriggers()
{
    QFETCH(Change, change);
    QFETCH(QString, subject);
    LintInput in = clean();
    change(in);
    const LintResult result = run(in);
    const QString rule = QString::fromLatin1(QTest::currentDataTag());
    QCOMPARE(ids(result), QStringList{rule});
    const Finding& finding = result.findings.front();
    QCOMPARE(finding.subject, subject);
    QVERIFY(!finding.message.isEmpty());
    QVERIFY(!finding.fix.isEmpty());
    const auto info = std::find_if(ruleCatalogue().begin(), ruleCatalogue().end(),
                                   [&rule](const RuleInfo& r) { return r.id == rule; });
    QVERIFY(info != ruleCatalogue().end());
    QVERIFY(finding.severity == info->severity);
}

void TestLint::everyRuleHasACase()
{
    QStringList catalogue;
    for (const RuleInfo& rule : ruleCatalogue())
        catalogue.append(rule.id);
    QStringList covered;
    for (const Case& c : cases())
        covered.append(QString::fromLatin1(c.rule));
    QCOMPARE(covered, catalogue);
}

void TestLint::findingsAreOrderedBySeverity()
{
    LintInput in = clean();
    in.skills[0].review.lastReviewedOn = {}; // info
    in.workspaces[0].hasClaudeMd = false;    // warning
    in.connectors[0].ownerId = 0;            // error
    const LintResult result = run(in);
    QCOMPARE(ids(result), (QStringList{QStringLiteral("connector.owner"), QStringLiteral("workspace.claude-md"),
                                       QStringLiteral("review.due-soon")}));
    QCOMPARE(result.count(FindingSeverity::Error), 1);
    QCOMPARE(result.count(FindingSeverity::Warning), 1);
    QCOMPARE(result.count(FindingSeverity::Info), 1);
}

void TestLint::scorecardCountsChecks()
{
    LintInput in = clean();
    in.connectors[0].ownerId = 0;
    in.skills[0].review.lastReviewedOn = {}; // an info does not count against the score
    const LintResult result = run(in);
    const auto connectors = std::find_if(result.families.begin(), result.families.end(),
                                         [](const FamilyScore& f) { return f.family == QLatin1String("connectors"); });
    QVERIFY(connectors != result.families.end());
    QCOMPARE(connectors->checks, 7); // seven connector rules, one connector
    QCOMPARE(connectors->passed, 6);
    QCOMPARE(connectors->percent(), 86);
    const FamilyScore overall = result.overall();
    QCOMPARE(overall.passed, overall.checks - 1);
    QVERIFY(overall.percent() < 100);
    QCOMPARE(FamilyScore({QStringLiteral("x"), 200, 199}).percent(), 99);
    QCOMPARE(FamilyScore({QStringLiteral("x"), 0, 0}).percent(), 100);
}

void TestLint::pilotGraduation_data()
{
    QTest::addColumn<int>("daysInPilot");
    QTest::addColumn<int>("pilotWeeks");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("12 weeks exactly, default") << 84 << 12 << false;
    QTest::newRow("12 weeks and a day") << 85 << 12 << true;
    QTest::newRow("a year, allowed 52 weeks") << 364 << 52 << false;
    QTest::newRow("five weeks and a day, allowed 5") << 36 << 5 << true;
    QTest::newRow("start not recorded") << -1 << 12 << false;
}

void TestLint::pilotGraduation()
{
    QFETCH(int, daysInPilot);
    QFETCH(int, pilotWeeks);
    QFETCH(bool, flagged);
    LintInput in = clean();
    in.settings.pilotWeeks = pilotWeeks;
    in.workspaces[0].status = WorkspaceStatus::Pilot;
    in.workspaces[0].pilotStartedOn = daysInPilot < 0 ? QDate() : Today.addDays(-daysInPilot);
    const LintResult result = run(in);
    QCOMPARE(ids(result), flagged ? QStringList{QStringLiteral("workspace.pilot-graduation")} : QStringList());
    if (flagged)
        QVERIFY2(result.findings.front().message.contains(QString::number(pilotWeeks)),
                 qPrintable(result.findings.front().message));
    // Graduating clears it.
    in.workspaces[0].status = WorkspaceStatus::Active;
    QVERIFY(run(in).findings.empty());
}

void TestLint::dueSoonWindowComesFromTheSettings_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("dueSoon");
    // The workspace was reviewed 10 days ago on a monthly cadence: due in 20 days.
    QTest::newRow("default 14 days") << 14 << false;
    QTest::newRow("21 days") << 21 << true;
    QTest::newRow("20 days: the due day is outside") << 20 << false;
    QTest::newRow("0 days") << 0 << false;
}

void TestLint::dueSoonWindowComesFromTheSettings()
{
    QFETCH(int, window);
    QFETCH(bool, dueSoon);
    LintInput in = clean();
    in.settings.dueSoonDays = window;
    QCOMPARE(ids(run(in)), dueSoon ? QStringList{QStringLiteral("review.due-soon")} : QStringList());
}

void TestLint::archivedAndRevokedAreNotReviewed()
{
    LintInput in = clean();
    in.workspaces[0].status = WorkspaceStatus::Archived;
    in.workspaces[0].ownerId = 0;
    in.workspaces[0].review.lastReviewedOn = Today.addYears(-2);
    in.connectors[0].status = ApprovalStatus::Revoked;
    in.connectors[0].review.lastReviewedOn = Today.addYears(-2);
    in.skills[0].connectorIds.clear();
    const LintResult result = run(in);
    QVERIFY2(result.findings.empty(), qPrintable(ids(result).join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
