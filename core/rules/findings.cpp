#include "rules/findings.h"

#include "rules/cadence.h"
#include "rules/connectorrules.h"
#include "rules/reviewitems.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace steward::rules {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Lint)
};

const QString Connectors = QStringLiteral("connectors");
const QString Skills = QStringLiteral("skills");
const QString Workspaces = QStringLiteral("workspaces");
const QString Governance = QStringLiteral("governance");
const QString PolicyFamily = QStringLiteral("policy");
const QString RaciFamily = QStringLiteral("raci");
const QString Reviews = QStringLiteral("reviews");

// Counts every check per family and keeps the findings of those that failed.
class Checker
{
public:
    explicit Checker(LintResult& result)
        : m_result(result)
    {
        for (const QString& family : {PolicyFamily, Governance, Workspaces, Connectors, Skills, RaciFamily, Reviews})
            m_result.families.push_back({family, 0, 0});
    }

    // ok: the rule holds. Otherwise `finding` is recorded with the rule's id and severity.
    void check(const QString& ruleId, bool ok, Finding finding)
    {
        const RuleInfo& rule = ruleById(ruleId);
        FamilyScore& score = family(rule.family);
        ++score.checks;
        if (ok || rule.severity == FindingSeverity::Info)
            ++score.passed;
        if (!ok) {
            finding.ruleId = rule.id;
            finding.severity = rule.severity;
            m_result.findings.push_back(std::move(finding));
        }
    }

private:
    static const RuleInfo& ruleById(const QString& id)
    {
        for (const RuleInfo& rule : ruleCatalogue()) {
            if (rule.id == id)
                return rule;
        }
        Q_ASSERT_X(false, "Checker", "unknown rule id");
        return ruleCatalogue().front();
    }
    FamilyScore& family(const QString& name)
    {
        return *std::find_if(m_result.families.begin(), m_result.families.end(),
                             [&name](const FamilyScore& score) { return score.family == name; });
    }

    LintResult& m_result;
};

Finding about(const QString& type, Id id, const QString& name, const QString& message, const QString& fix)
{
    return {QString(), FindingSeverity::Warning, type, id, name, message, fix};
}

void checkConnectors(Checker& c, const LintInput& in)
{
    // What uses each connector and is itself in use (not archived, not deprecated).
    QHash<Id, QStringList> usedBy;
    for (const Workspace& w : in.workspaces) {
        if (w.status != WorkspaceStatus::Archived) {
            for (Id id : w.connectorIds)
                usedBy[id].append(w.name);
        }
    }
    for (const Skill& s : in.skills) {
        if (s.status != SkillStatus::Deprecated) {
            for (Id id : s.connectorIds)
                usedBy[id].append(s.name);
        }
    }
    const QString type = QStringLiteral("connector");
    for (const Connector& k : in.connectors) {
        auto at = [&](const QString& message, const QString& fix) {
            return about(type, k.id, k.name, message, fix);
        };
        c.check(QStringLiteral("connector.owner"), k.ownerId != 0,
                at(Tr::tr("No owner."), Tr::tr("Pick the person who answers for this connector.")));
        const int floor = tierFloor(k);
        c.check(QStringLiteral("connector.tier-floor"), k.tier >= floor,
                at(Tr::tr("Tier %1 is below its floor, tier %2 (read-write or sensitive data: 3; able to send data "
                          "outside: 2).")
                       .arg(k.tier)
                       .arg(floor),
                   Tr::tr("Raise the tier to %1.").arg(floor)));
        c.check(QStringLiteral("connector.write-approver"), k.access != Access::ReadWrite || k.approvedBy != 0,
                at(Tr::tr("Read-write without a named approver."),
                   Tr::tr("Record who approved write access, or make the connector read-only.")));
        c.check(QStringLiteral("connector.pending-reapproval"), k.status != ApprovalStatus::PendingReapproval,
                at(Tr::tr("Access was widened and waits for re-approval."),
                   Tr::tr("Take it to the forum; approve it again or narrow it back.")));
        const QStringList users = usedBy.value(k.id);
        c.check(QStringLiteral("connector.unapproved-in-use"), k.status == ApprovalStatus::Approved || users.isEmpty(),
                at(Tr::tr("%1, yet used by %2.").arg(label(k.status), users.join(QStringLiteral(", "))),
                   Tr::tr("Approve the connector or remove it from what uses it.")));
        QStringList unexplained;
        bool writeScope = false;
        for (const OAuthScope& scope : k.scopes) {
            if (scope.justification.trimmed().isEmpty())
                unexplained.append(scope.scope);
            writeScope = writeScope || scope.mode == ScopeMode::Write;
        }
        c.check(QStringLiteral("connector.scope-justification"), unexplained.isEmpty(),
                at(Tr::tr("Scopes without a reason: %1.").arg(unexplained.join(QStringLiteral(", "))),
                   Tr::tr("Say why each scope is needed, or remove it.")));
        c.check(QStringLiteral("connector.write-scope-read-only"), k.access != Access::ReadOnly || !writeScope,
                at(Tr::tr("Read-only, yet holds a write scope."),
                   Tr::tr("Remove the write scope, or record the connector as read-write (and have it approved).")));
    }
}

void checkSkills(Checker& c, const LintInput& in)
{
    const QString type = QStringLiteral("skill");
    for (const Skill& s : in.skills) {
        auto at = [&](const QString& message, const QString& fix) {
            return about(type, s.id, s.name, message, fix);
        };
        c.check(QStringLiteral("skill.owner"), s.ownerId != 0,
                at(Tr::tr("No owner."), Tr::tr("Pick the person who maintains this skill.")));
        QStringList missing;
        if (s.intendedUse.trimmed().isEmpty())
            missing.append(Tr::tr("intended use"));
        if (s.inputs.trimmed().isEmpty())
            missing.append(Tr::tr("inputs"));
        if (s.outputs.trimmed().isEmpty())
            missing.append(Tr::tr("outputs"));
        c.check(QStringLiteral("skill.described"), missing.isEmpty(),
                at(Tr::tr("Does not state its %1.").arg(missing.join(QStringLiteral(", "))),
                   Tr::tr("Describe what the skill is for, what it reads and what it produces.")));
        c.check(QStringLiteral("skill.skill-md"), s.hasSkillMd,
                at(Tr::tr("No SKILL.md."), Tr::tr("Write its SKILL.md and record where it lives.")));
    }
}

void checkWorkspaces(Checker& c, const LintInput& in, const LintOptions& options)
{
    const QString type = QStringLiteral("workspace");
    for (const Workspace& w : in.workspaces) {
        if (w.status == WorkspaceStatus::Archived)
            continue;
        auto at = [&](const QString& message, const QString& fix) {
            return about(type, w.id, w.name, message, fix);
        };
        c.check(QStringLiteral("workspace.owner"), w.ownerId != 0,
                at(Tr::tr("No owner."), Tr::tr("Pick the person who owns this workspace.")));
        c.check(QStringLiteral("workspace.claude-md"), w.hasClaudeMd,
                at(Tr::tr("No CLAUDE.md."), Tr::tr("Write its CLAUDE.md: what the workspace is for and which data it "
                                                   "may hold.")));
        QStringList ownerless;
        for (const ScheduledTask& task : w.tasks) {
            if (task.ownerId == 0)
                ownerless.append(task.name);
        }
        c.check(QStringLiteral("workspace.task-owner"), ownerless.isEmpty(),
                at(Tr::tr("Scheduled tasks without an owner: %1.").arg(ownerless.join(QStringLiteral(", "))),
                   Tr::tr("Give every scheduled task an owner.")));
        if (w.status == WorkspaceStatus::Pilot && w.pilotStartedOn.isValid()) {
            const int weeks = int(w.pilotStartedOn.daysTo(options.today) / 7);
            c.check(QStringLiteral("workspace.pilot-graduation"),
                    !pilotOverdue(w, in.settings.pilotWeeks, options.today),
                    at(Tr::tr("Pilot never graduated: in pilot since %1 (%2 weeks; pilots graduate within %3).")
                           .arg(w.pilotStartedOn.toString(Qt::ISODate))
                           .arg(weeks)
                           .arg(in.settings.pilotWeeks),
                       Tr::tr("Graduate it to active with steady-state governance (monthly review), or archive it.")));
        }
    }
}

void checkGovernanceAndPolicy(Checker& c, const LintInput& in)
{
    for (const GovernanceObject& g : in.governance) {
        const QString name = label(g.kind);
        c.check(QStringLiteral("governance.owner"), g.ownerId != 0,
                about(QStringLiteral("governance"), g.id, name, Tr::tr("No owner."),
                      Tr::tr("Pick the person who answers for the %1.").arg(nounInSentence(name))));
        c.check(QStringLiteral("governance.location"), !g.location.trimmed().isEmpty(),
                about(QStringLiteral("governance"), g.id, name, Tr::tr("Where it lives is not recorded."),
                      Tr::tr("Add the address of its Confluence or Notion page.")));
    }
    const Policy& p = in.policy;
    const QString title = p.title.isEmpty() ? label(GovernanceKind::Policy) : p.title;
    auto at = [&](const QString& message, const QString& fix) {
        return about(QStringLiteral("policy"), 0, title, message, fix);
    };
    c.check(QStringLiteral("policy.prohibited-uses"), !p.prohibitedUses.isEmpty(),
            at(Tr::tr("The prohibited-use list is empty."),
               Tr::tr("List what agents must never do before rollout (seed 000 gives three to start from).")));
    QStringList incomplete;
    for (int tier = 1; tier <= 3; ++tier) {
        const auto found = std::find_if(p.reviewTiers.begin(), p.reviewTiers.end(),
                                        [tier](const ReviewTier& t) { return t.tier == tier; });
        if (found == p.reviewTiers.end() || found->rule.trimmed().isEmpty() || found->control.trimmed().isEmpty())
            incomplete.append(QString::number(tier));
    }
    c.check(QStringLiteral("policy.review-tiers"), incomplete.isEmpty(),
            at(Tr::tr("Review tiers without a rule or a control: %1.").arg(incomplete.join(QStringLiteral(", "))),
               Tr::tr("State when each tier applies and which control it needs.")));
    c.check(QStringLiteral("policy.approved"), !p.history.empty(),
            at(Tr::tr("The policy has never been approved."), Tr::tr("Have the forum approve it.")));
    c.check(QStringLiteral("policy.draft-changes"), p.history.empty() || p.status == PolicyStatus::Approved,
            at(Tr::tr("Changes since version %1 are not approved yet.")
                   .arg(p.history.empty() ? QString() : p.history.back().version),
               Tr::tr("Approve the draft as a new version.")));
}

void checkRaci(Checker& c, const LintInput& in)
{
    const Raci& raci = in.raci;
    c.check(QStringLiteral("raci.defined"), !raci.activities.empty() && !raci.roles.empty(),
            about(QStringLiteral("raci"), 0, Tr::tr("RACI matrix"), Tr::tr("The RACI matrix is empty."),
                  Tr::tr("List the activities and the roles, and who is accountable for each.")));
    for (int a = 0; a < int(raci.activities.size()); ++a) {
        int accountable = 0;
        int responsible = 0;
        for (const RaciCell& cell : raci.cells) {
            if (cell.activity != a)
                continue;
            accountable += cell.letters.count(QLatin1Char('A'));
            responsible += cell.letters.count(QLatin1Char('R'));
        }
        const RaciActivity& activity = raci.activities[std::size_t(a)];
        c.check(QStringLiteral("raci.one-accountable"), accountable == 1,
                about(QStringLiteral("raci"), activity.id, activity.name,
                      accountable == 0 ? Tr::tr("Nobody is accountable.")
                                       : Tr::tr("%1 roles are accountable; exactly one must be.").arg(accountable),
                      Tr::tr("Mark exactly one role A for this activity.")));
        c.check(QStringLiteral("raci.responsible"), responsible > 0,
                about(QStringLiteral("raci"), activity.id, activity.name, Tr::tr("Nobody is responsible."),
                      Tr::tr("Mark at least one role R for this activity.")));
    }
}

void checkReviews(Checker& c, const LintInput& in, const LintOptions& options)
{
    for (const ReviewItem& item : reviewItems(in, options.today)) {
        const QString when = item.due.toString(Qt::ISODate);
        c.check(QStringLiteral("review.overdue"), item.state != DueState::Overdue,
                about(item.subjectType, item.subjectId, item.name,
                      Tr::tr("Review was due on %1 (%2 cadence).").arg(when, inSentence(cadenceText(item.review))),
                      Tr::tr("Review it and mark it reviewed.")));
        if (item.state != DueState::Overdue)
            c.check(QStringLiteral("review.due-soon"), item.state != DueState::DueSoon,
                    about(item.subjectType, item.subjectId, item.name,
                          item.review.lastReviewedOn.isValid() ? Tr::tr("Review due on %1.").arg(when)
                                                               : Tr::tr("Never reviewed: due now."),
                          Tr::tr("Plan the review.")));
    }
}

} // namespace

const std::vector<RuleInfo>& ruleCatalogue()
{
    using S = FindingSeverity;
    static const std::vector<RuleInfo> rules = {
        {QStringLiteral("policy.prohibited-uses"), PolicyFamily, S::Error, Tr::tr("The prohibited-use list exists")},
        {QStringLiteral("policy.review-tiers"), PolicyFamily, S::Warning,
         Tr::tr("Tiers 1–3 each have a rule and a control")},
        {QStringLiteral("policy.approved"), PolicyFamily, S::Warning, Tr::tr("The policy has been approved")},
        {QStringLiteral("policy.draft-changes"), PolicyFamily, S::Info, Tr::tr("Changes to the policy are approved")},
        {QStringLiteral("governance.owner"), Governance, S::Error, Tr::tr("Each governance object has an owner")},
        {QStringLiteral("governance.location"), Governance, S::Info,
         Tr::tr("Each governance object says where it lives")},
        {QStringLiteral("workspace.owner"), Workspaces, S::Error, Tr::tr("Each workspace has an owner")},
        {QStringLiteral("workspace.claude-md"), Workspaces, S::Warning, Tr::tr("Each workspace has its CLAUDE.md")},
        {QStringLiteral("workspace.task-owner"), Workspaces, S::Warning, Tr::tr("Each scheduled task has an owner")},
        {QStringLiteral("workspace.pilot-graduation"), Workspaces, S::Warning,
         Tr::tr("No pilot runs past its graduation")},
        {QStringLiteral("connector.owner"), Connectors, S::Error, Tr::tr("Each connector has an owner")},
        {QStringLiteral("connector.tier-floor"), Connectors, S::Error, Tr::tr("No tier below its floor")},
        {QStringLiteral("connector.write-approver"), Connectors, S::Error, Tr::tr("Read-write needs a named approver")},
        {QStringLiteral("connector.pending-reapproval"), Connectors, S::Warning,
         Tr::tr("No widening waits for re-approval")},
        {QStringLiteral("connector.unapproved-in-use"), Connectors, S::Warning,
         Tr::tr("Only approved connectors are in use")},
        {QStringLiteral("connector.scope-justification"), Connectors, S::Warning,
         Tr::tr("Each scope says why it is needed")},
        {QStringLiteral("connector.write-scope-read-only"), Connectors, S::Warning,
         Tr::tr("Read-only connectors hold no write scope")},
        {QStringLiteral("skill.owner"), Skills, S::Error, Tr::tr("Each skill has an owner")},
        {QStringLiteral("skill.described"), Skills, S::Warning,
         Tr::tr("Each skill states intended use, inputs and outputs")},
        {QStringLiteral("skill.skill-md"), Skills, S::Warning, Tr::tr("Each skill has its SKILL.md")},
        {QStringLiteral("raci.defined"), RaciFamily, S::Warning, Tr::tr("The RACI matrix is filled in")},
        {QStringLiteral("raci.one-accountable"), RaciFamily, S::Error, Tr::tr("Each activity has exactly one A")},
        {QStringLiteral("raci.responsible"), RaciFamily, S::Error, Tr::tr("Each activity has at least one R")},
        {QStringLiteral("review.overdue"), Reviews, S::Warning, Tr::tr("No review is overdue")},
        {QStringLiteral("review.due-soon"), Reviews, S::Info, Tr::tr("Reviews due soon")},
    };
    return rules;
}

LintInput readLintInput(const Store& store)
{
    return {store.policy(),     store.governanceObjects(), store.people(),
            store.workspaces(), store.connectors(),        store.skills(),
            store.raci(),       store.reviewSettings()};
}

int FamilyScore::percent() const
{
    // 100 only when every check passed: 199 of 200 shows 99, not a rounded-up 100.
    if (passed >= checks)
        return 100;
    return std::min(99, int(std::lround(100.0 * passed / checks)));
}

int LintResult::count(FindingSeverity severity) const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

FamilyScore LintResult::overall() const
{
    FamilyScore total{QStringLiteral("overall"), 0, 0};
    for (const FamilyScore& family : families) {
        total.checks += family.checks;
        total.passed += family.passed;
    }
    return total;
}

LintResult lint(const LintInput& input, const LintOptions& options)
{
    LintResult result;
    Checker checker(result);
    checkGovernanceAndPolicy(checker, input);
    checkWorkspaces(checker, input, options);
    checkConnectors(checker, input);
    checkSkills(checker, input);
    checkRaci(checker, input);
    checkReviews(checker, input, options);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    return result;
}

} // namespace steward::rules
