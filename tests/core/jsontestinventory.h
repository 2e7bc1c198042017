#pragma once

// An inventory that uses every corner of the JSON shape, for the JSON export and import tests:
// names with quotes, slashes and non-Latin text, a custom cadence, a stdio server with arguments,
// a policy approved twice and then edited (a draft with history), RACI roles held by people,
// reviews of every kind of subject, requests and incidents that refer to rows, changed settings.
// Its connectors keep the tier rules, so an import leaves it exactly as it is.

#include "store/store.h"

#include <QDate>

namespace steward::test {

struct EdgeInventory
{
    Id ada = 0;
    Id bo = 0;
    Id github = 0;
    Id files = 0;
    Id digest = 0;
    Id finance = 0;
};

inline EdgeInventory fillEdgeInventory(Store& store)
{
    EdgeInventory e;
    store.transaction([&] {
        e.ada =
            store.addPerson({0, QStringLiteral("Ada \"the\" Lovelace"), QStringLiteral("ada@example.com"),
                             QStringLiteral("CISO"), QStringLiteral("Security"), QStringLiteral("Line one\nline two")});
        e.bo = store.addPerson({0, QStringLiteral("Bø Ström / 李"), {}, {}, {}, {}});
        store.setReviewSettings({30, 8});

        Connector github;
        github.name = QStringLiteral("GitHub \\ main");
        github.system = QStringLiteral("GitHub Enterprise");
        github.access = Access::ReadWrite;
        github.scopes = {{0, QStringLiteral("repo"), ScopeMode::Write, QStringLiteral("Open pull requests.")},
                         {0, QStringLiteral("read:org"), ScopeMode::Read, {}}};
        github.sensitivity = DataClass::Internal;
        github.tier = 3;
        github.ownerId = e.ada;
        github.approvedBy = e.bo;
        github.approvedOn = QDate(2026, 1, 31);
        github.status = ApprovalStatus::PendingReapproval;
        github.widenedBy = e.ada;
        github.widenedOn = QDate(2026, 2, 2);
        github.server = {Transport::Stdio,
                         QStringLiteral("npx"),
                         {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github"),
                          QStringLiteral("--label=\"a b\"")},
                         {}};
        github.review = {Cadence::Custom, QDate(2026, 2, 28), e.bo, 45};
        github.notes = QStringLiteral("Tabs\tand \u00e9motes \U0001F600");
        e.github = store.addConnector(github);

        Connector files;
        files.name = QStringLiteral("Files");
        files.external = true;
        files.tier = 2;
        files.server = {Transport::Http, {}, {}, QStringLiteral("https://mcp.example.com/files?x=1&y=2")};
        e.files = store.addConnector(files);

        Skill digest;
        digest.name = QStringLiteral("Digest");
        digest.intendedUse = QStringLiteral("Summarise");
        digest.inputs = QStringLiteral("Threads");
        digest.outputs = QStringLiteral("A digest");
        digest.ownerId = e.bo;
        digest.version = QStringLiteral("2.0");
        digest.status = SkillStatus::Active;
        digest.hasSkillMd = true;
        digest.skillMdUrl = QStringLiteral("https://git.example.com/skills/digest/SKILL.md");
        digest.verifiedOn = QDate(2026, 3, 1);
        digest.connectorIds = {e.files, e.github};
        e.digest = store.addSkill(digest);

        Workspace finance;
        finance.name = QStringLiteral("Finance close");
        finance.purpose = QStringLiteral("Month-end close");
        finance.ownerId = e.ada;
        finance.sponsorId = e.bo;
        finance.function = QStringLiteral("Finance");
        finance.status = WorkspaceStatus::Active;
        finance.seats = 12;
        finance.dataClass = DataClass::Confidential;
        finance.dataDescription = QStringLiteral("GL extracts");
        finance.hasClaudeMd = true;
        finance.claudeMdUrl = QStringLiteral("https://git.example.com/finance/CLAUDE.md");
        finance.memoryCheckedOn = QDate(2026, 3, 2);
        finance.pilotStartedOn = QDate(2025, 11, 3);
        finance.review = {Cadence::Monthly, QDate(2026, 3, 3), e.ada};
        finance.tasks = {{0, QStringLiteral("Reconcile"), QStringLiteral("weekdays 07:00"), e.ada, true},
                         {0, QStringLiteral("Variance"), QStringLiteral("0 6 1 * *"), 0, false}};
        finance.connectorIds = {e.github};
        finance.skillIds = {e.digest};
        e.finance = store.addWorkspace(finance);

        GovernanceObject policyObject = store.governanceObject(GovernanceKind::Policy);
        policyObject.ownerId = e.ada;
        policyObject.location = QStringLiteral("https://wiki.example.com/aup");
        policyObject.review = {Cadence::Annual, QDate(2026, 1, 15), e.bo};
        store.updateGovernanceObject(policyObject);
        store.setCadences({{0, Cadence::Weekly, QStringLiteral("Weekly"), QStringLiteral("Stand-up")},
                           {0, Cadence::Custom, QStringLiteral("Every 45 days"), {}}});

        Policy policy = store.policy();
        policy.title = QStringLiteral("Acceptable use");
        policy.version = QStringLiteral("1.0");
        policy.allowedGroups = {QStringLiteral("cowork-all")};
        policy.dataClasses = {{DataClass::Public, Permission::Allowed, {}},
                              {DataClass::Restricted, Permission::Forbidden, QStringLiteral("never")}};
        policy.prohibitedUses = {QStringLiteral("auto-send external commitments without review")};
        policy.reviewTiers = {{1, QStringLiteral("internal"), QStringLiteral("spot-check")},
                              {3, QStringLiteral("sensitive"), QStringLiteral("dual review")}};
        policy.trainingOptOut = QStringLiteral("Opted out");
        policy.retention = QStringLiteral("30 days");
        policy.auditFields = {QStringLiteral("actor"), QStringLiteral("output_hash")};
        policy.sections = {{0, QStringLiteral("Scope"), QStringLiteral("# Who\n\n*Everyone*.")}};
        store.updatePolicy(policy);
        store.approvePolicy(e.ada, QDate(2026, 1, 10), QDate(2026, 1, 12));
        policy = store.policy();
        policy.version = QStringLiteral("1.1");
        policy.status = PolicyStatus::Draft;
        policy.prohibitedUses.append(QStringLiteral("PII export to unapproved destinations"));
        store.updatePolicy(policy);
        store.approvePolicy(e.bo, QDate(2026, 2, 10), QDate(2026, 2, 10));
        policy = store.policy();
        policy.version = QStringLiteral("1.2");
        policy.status = PolicyStatus::Draft;
        policy.sections.push_back({0, QStringLiteral("Appendix"), QStringLiteral("Later.")});
        store.updatePolicy(policy);

        Raci raci;
        raci.roles = {{0, QStringLiteral("IT"), {e.ada, e.bo}}, {0, QStringLiteral("Security"), {e.bo}}};
        raci.activities = {{0, QStringLiteral("Connector approval")}, {0, QStringLiteral("Incident response")}};
        raci.cells = {{0, 0, QStringLiteral("R")}, {0, 1, QStringLiteral("A")}, {1, 1, QStringLiteral("RA")}};
        store.setRaci(raci);

        const Id governance = store.governanceObject(GovernanceKind::Policy).id;
        store.addReview({0, QStringLiteral("connector"), e.github, QDate(2026, 2, 1), e.bo, QStringLiteral("ok")});
        store.addReview({0, QStringLiteral("connector"), e.github, QDate(2026, 2, 1), e.bo, QStringLiteral("ok")});
        store.addReview({0, QStringLiteral("skill"), e.digest, QDate(2026, 2, 2), 0, {}});
        store.addReview({0, QStringLiteral("workspace"), e.finance, QDate(2026, 2, 3), e.ada, QStringLiteral("fine")});
        store.addReview({0, QStringLiteral("governance"), governance, QDate(2026, 1, 15), e.bo, {}});
        ForumRequest decided;
        decided.kind = RequestKind::Skill;
        decided.title = QStringLiteral("New skill");
        decided.description = QStringLiteral("Please");
        decided.requestedBy = e.bo;
        decided.requestedOn = QDate(2026, 1, 5);
        decided.skillId = e.digest;
        decided.status = RequestStatus::Approved;
        decided.deciders = {e.bo, e.ada}; // in the order named, not by id
        decided.decidedOn = QDate(2026, 1, 20);
        decided.decision = QStringLiteral("Yes");
        store.addRequest(decided);
        ForumRequest open;
        open.kind = RequestKind::Skill;
        open.title = QStringLiteral("New skill");
        open.requestedOn = QDate(2026, 1, 5);
        store.addRequest(open);
        ForumRequest scope;
        scope.kind = RequestKind::ScopeChange;
        scope.title = QStringLiteral("Write access");
        scope.connectorId = e.github;
        store.addRequest(scope);
        Incident leak;
        leak.title = QStringLiteral("Leak");
        leak.occurredOn = QDate(2026, 2, 14);
        leak.reportedBy = e.ada;
        leak.severity = Severity::High;
        leak.status = IncidentStatus::Resolved;
        leak.connectorIds = {e.github};
        leak.workspaceIds = {e.finance};
        leak.description = QStringLiteral("Details");
        leak.resolvedOn = QDate(2026, 2, 15);
        leak.followUps = {QStringLiteral("Rotate the token"), QStringLiteral("Tell the team")};
        store.addIncident(leak);
        store.recordForumMeeting(QDate(2026, 2, 20), {e.bo, e.ada}, QStringLiteral("Monthly forum"));
    });
    return e;
}

} // namespace steward::test
