#include "store/store.h"
#include "templates/sampleparts.h"
#include "templates/templates.h"

// The sample inventory the app opens on first start: Fernhill Analytics, an invented 600-person B2B analytics
// software company about ten months into its Cowork rollout. Every date is counted back from `today`, so what is
// overdue in the sample stays overdue whenever it is made, and the same `today` gives the same inventory.
namespace steward::templates {
namespace {

using namespace sample;

QString wikiPage(const char* page)
{
    return QStringLiteral("https://fernhill.atlassian.net/wiki/spaces/AIGOV/pages/%1").arg(QLatin1String(page));
}

People addPeople(Store& store)
{
    auto add = [&store](const QString& name, const QString& mailbox, const QString& title, const QString& team,
                        const QString& notes = {}) {
        return store.addPerson({0, name, mailbox + QStringLiteral("@fernhill.io"), title, team, notes});
    };
    People p;
    p.priya =
        add(QStringLiteral("Priya Raghunathan"), QStringLiteral("priya.raghunathan"), Tr::tr("Head of IT Operations"),
            Tr::tr("IT"), Tr::tr("Governance owner for the Cowork rollout since week one."));
    p.tomasz =
        add(QStringLiteral("Tomasz Kowalczyk"), QStringLiteral("tomasz.kowalczyk"),
            Tr::tr("Chief of Staff, COO office"), Tr::tr("Operations"), Tr::tr("Leads the monthly governance forum."));
    p.marcus = add(QStringLiteral("Marcus Lindqvist"), QStringLiteral("marcus.lindqvist"),
                   Tr::tr("Chief Information Security Officer"), Tr::tr("Security"),
                   Tr::tr("Approves connectors and every read-write scope."));
    p.fatima = add(QStringLiteral("Fatima Al-Sayed"), QStringLiteral("fatima.alsayed"), Tr::tr("Security Engineer"),
                   Tr::tr("Security"));
    p.oliver = add(QStringLiteral("Oliver Brennan"), QStringLiteral("oliver.brennan"),
                   Tr::tr("Senior Systems Engineer"), Tr::tr("IT"), Tr::tr("Runs the internal MCP gateway."));
    p.yuki =
        add(QStringLiteral("Yuki Nakamura"), QStringLiteral("yuki.nakamura"), Tr::tr("Privacy and Compliance Manager"),
            Tr::tr("Legal"), Tr::tr("Data protection officer; consulted on personal and restricted data."));
    p.adaeze = add(QStringLiteral("Adaeze Okonkwo"), QStringLiteral("adaeze.okonkwo"),
                   Tr::tr("Chief Financial Officer"), Tr::tr("Finance"), Tr::tr("Sponsor for Finance."));
    p.hannah = add(QStringLiteral("Hannah Becker"), QStringLiteral("hannah.becker"), Tr::tr("Finance Systems Lead"),
                   Tr::tr("Finance"));
    p.ana = add(QStringLiteral("Ana Petrović"), QStringLiteral("ana.petrovic"), Tr::tr("Senior FP&A Analyst"),
                Tr::tr("Finance"));
    p.james = add(QStringLiteral("James O'Sullivan"), QStringLiteral("james.osullivan"), Tr::tr("VP Sales"),
                  Tr::tr("Sales"), Tr::tr("Sponsor for Sales."));
    p.lucia = add(QStringLiteral("Lucía Fernández"), QStringLiteral("lucia.fernandez"),
                  Tr::tr("Revenue Operations Manager"), Tr::tr("Sales"));
    p.kenji = add(QStringLiteral("Kenji Watanabe"), QStringLiteral("kenji.watanabe"),
                  Tr::tr("Director of Customer Support"), Tr::tr("Support"), Tr::tr("Sponsor for Support."));
    p.amara = add(QStringLiteral("Amara Nwosu"), QStringLiteral("amara.nwosu"), Tr::tr("Support Operations Lead"),
                  Tr::tr("Support"));
    p.elodie = add(QStringLiteral("Élodie Laurent"), QStringLiteral("elodie.laurent"), Tr::tr("General Counsel"),
                   Tr::tr("Legal"), Tr::tr("Sponsor for Legal."));
    p.rahul = add(QStringLiteral("Rahul Mehta"), QStringLiteral("rahul.mehta"), Tr::tr("Legal Operations Manager"),
                  Tr::tr("Legal"));
    p.ingrid = add(QStringLiteral("Ingrid Solberg"), QStringLiteral("ingrid.solberg"), Tr::tr("VP Engineering"),
                   Tr::tr("Engineering"), Tr::tr("Sponsor for Engineering."));
    p.mateus = add(QStringLiteral("Mateus Costa"), QStringLiteral("mateus.costa"),
                   Tr::tr("Staff Engineer, Developer Productivity"), Tr::tr("Engineering"));
    p.andres = add(QStringLiteral("Andrés Villalobos"), QStringLiteral("andres.villalobos"),
                   Tr::tr("Data Platform Lead"), Tr::tr("Engineering"));
    p.meilin = add(QStringLiteral("Mei Lin Tan"), QStringLiteral("meilin.tan"), Tr::tr("Head of People"),
                   Tr::tr("People"), Tr::tr("Sponsor for People."));
    p.noah = add(QStringLiteral("Noah Schwartz"), QStringLiteral("noah.schwartz"), Tr::tr("People Operations Partner"),
                 Tr::tr("People"));
    p.laura = add(QStringLiteral("Laura Bianchi"), QStringLiteral("laura.bianchi"), Tr::tr("VP Marketing"),
                  Tr::tr("Marketing"), Tr::tr("Sponsor for Marketing."));
    p.zara = add(QStringLiteral("Zara Hussain"), QStringLiteral("zara.hussain"), Tr::tr("Content Marketing Lead"),
                 Tr::tr("Marketing"));
    return p;
}

void fillGovernanceObjects(Store& store, const People& p, const QDate& today)
{
    for (GovernanceObject object : store.governanceObjects()) {
        switch (object.kind) {
        case GovernanceKind::Policy:
            object.ownerId = p.priya;
            object.location = wikiPage("2231369729/Acceptable+use+of+AI+agents");
            object.review.lastReviewedOn = today.addDays(-100);
            object.review.lastReviewedBy = p.priya;
            break;
        case GovernanceKind::Workspaces:
            object.ownerId = p.priya;
            object.location = wikiPage("2231402497/Workspace+inventory");
            object.review.lastReviewedOn = today.addDays(-38);
            object.review.lastReviewedBy = p.tomasz;
            break;
        case GovernanceKind::Connectors:
            object.ownerId = p.oliver;
            object.location = wikiPage("2231435265/Connector+inventory");
            object.review.lastReviewedOn = today.addDays(-41);
            object.review.lastReviewedBy = p.fatima;
            break;
        case GovernanceKind::Skills:
            // Quarterly, but last looked at five months ago: the overdue object of the sample.
            object.ownerId = p.mateus;
            object.location = wikiPage("2231468033/Skills+inventory");
            object.review.lastReviewedOn = today.addDays(-152);
            object.review.lastReviewedBy = p.mateus;
            break;
        }
        store.updateGovernanceObject(object);
    }
}

// Version 1.1 went out with general availability; 1.2 followed the Slack Connect incident. Both are approved
// through Store::approvePolicy so the policy history shows them.
void fillPolicy(Store& store, const People& p, const QDate& today)
{
    Policy policy = store.policy();
    policy.title = Tr::tr("Acceptable use of AI agents (Claude Cowork)");
    policy.version = QStringLiteral("1.1");
    policy.status = PolicyStatus::Draft;
    policy.allowedGroups = {QStringLiteral("cowork-finance"),     QStringLiteral("cowork-sales"),
                            QStringLiteral("cowork-support"),     QStringLiteral("cowork-legal"),
                            QStringLiteral("cowork-engineering"), QStringLiteral("cowork-marketing"),
                            QStringLiteral("cowork-it-security")};
    policy.dataClasses = {
        {DataClass::Public, Permission::Allowed, {}},
        {DataClass::Internal, Permission::Allowed, {}},
        {DataClass::Confidential, Permission::Conditional,
         Tr::tr("Only in workspaces classified confidential, through approved connectors; output gets tier 3 dual "
                "review and an audit-log entry.")},
        {DataClass::Restricted, Permission::Forbidden, {}},
    };
    policy.prohibitedUses.append(Tr::tr("processing restricted data: payroll, health data, payment card data, "
                                        "credentials"));
    policy.prohibitedUses.append(Tr::tr("connecting personal accounts or unapproved MCP servers to company data"));
    policy.trainingOptOut = Tr::tr("Training on Fernhill prompts and outputs is off under our commercial agreement. IT "
                                   "checks the admin-console setting at every quarterly review; any change in the "
                                   "vendor's terms goes on the forum agenda.");
    policy.retention = Tr::tr("Conversation and project history: 90 days, then deleted. Audit-log entries: 2 years in "
                              "the SIEM. Workspace memory is checked monthly for data that should not be there.");
    policy.sections = {
        {0, Tr::tr("Who may use the agent"),
         Tr::tr("Cowork is open to employees in the groups above once they have completed the 30-minute *AI at "
                "Fernhill* training. Contractors and interns are not enrolled.\n\n"
                "- Use your Fernhill SSO account; personal Claude accounts never touch company data.\n"
                "- Every workspace has an owner and a CLAUDE.md that says what data it may hold.\n"
                "- When unsure, ask in #ai-governance; the forum meets on the first Tuesday of each month.")},
        {0, Tr::tr("Connectors and least privilege"),
         Tr::tr("Every connector starts **read-only**. Write access is earned per use case and needs a named approver "
                "from Security.\n\n"
                "- Adding a scope or moving to read-write puts the connector back to *pending re-approval* until the "
                "forum signs off.\n"
                "- Connector owners review their scopes quarterly and remove what is no longer used.\n"
                "- Credentials live in the MCP gateway's vault, never in CLAUDE.md, SKILL.md or prompts.")},
    };
    store.updatePolicy(policy);
    store.approvePolicy(p.marcus, today.addDays(-240), today.addDays(-233));

    policy = store.policy(); // with the section ids the store gave, so 1.2 edits them in place
    policy.version = QStringLiteral("1.2");
    policy.status = PolicyStatus::Draft;
    policy.allowedGroups.append(QStringLiteral("cowork-people-pilot"));
    policy.prohibitedUses.append(Tr::tr("posting agent output to Slack Connect or other shared external channels "
                                        "without a named reviewer"));
    policy.retention = Tr::tr("Conversation and project history: 90 days (30 days in confidential workspaces), then "
                              "deleted. Audit-log entries: 2 years in the SIEM. Workspace memory is checked monthly "
                              "for data that should not be there.");
    policy.sections.push_back(
        {0, Tr::tr("Before anything leaves Fernhill"),
         Tr::tr("Output that reaches a customer, partner or the public is at least **tier 2**: a named reviewer reads "
                "it before it is sent.\n\n"
                "- Agents draft; people send. No scheduled task posts to external or shared channels.\n"
                "- Anything that touches confidential data or writes to a system of record is **tier 3**: two "
                "reviewers and an audit-log entry (actor, connector, data scope, approver, output hash).")});
    store.updatePolicy(policy);
    store.approvePolicy(p.marcus, today.addDays(-100), today.addDays(-93));
}

void addReviews(Store& store, const People& p, const Connectors& c, const Skills& s, const Workspaces& w,
                const QDate& today)
{
    auto ago = [&today](int days) {
        return today.addDays(-days);
    };
    const Id policyObject = store.governanceObject(GovernanceKind::Policy).id;
    const Id connectorInventory = store.governanceObject(GovernanceKind::Connectors).id;
    store.addReview({0, QStringLiteral("governance"), policyObject, ago(100), p.priya,
                     Tr::tr("Re-evaluation brought forward after the Slack Connect incident; version 1.2 adds the "
                            "shared-channel rule and shorter retention for confidential workspaces.")});
    store.addReview({0, QStringLiteral("governance"), connectorInventory, ago(41), p.fatima,
                     Tr::tr("Quarterly connector review in the forum: 15 connectors walked through; HubSpot tier and "
                            "Linear approver to be fixed by their owners.")});
    store.addReview({0, QStringLiteral("connector"), c.jira, ago(41), p.fatima,
                     Tr::tr("write:jira-work still needed for bugs raised from support triage; no change.")});
    store.addReview({0, QStringLiteral("connector"), c.slackNotifier, ago(126), p.marcus,
                     Tr::tr("Revoked: chat:write reached a Slack Connect channel shared with a customer.")});
    store.addReview(
        {0, QStringLiteral("workspace"), w.financeClose, ago(25), p.adaeze,
         Tr::tr("Memory cleared of an uploaded payroll export; CLAUDE.md now forbids pay data explicitly.")});
    store.addReview(
        {0, QStringLiteral("workspace"), w.analytics, ago(95), p.andres,
         Tr::tr("Still a pilot; sponsor to agree graduation criteria (adoption, accuracy of KPI answers).")});
    store.addReview({0, QStringLiteral("skill"), s.ticketTriage, ago(30), p.amara,
                     Tr::tr("Re-verified after the model update on 50 sampled tickets: 47 routed as a lead would.")});
}

void addRequests(Store& store, const People& p, const Connectors& c, const Skills& s, const QDate& today)
{
    auto ago = [&today](int days) {
        return today.addDays(-days);
    };
    auto request = [&](RequestKind kind, const QString& title, const QString& description, Id by, int daysAgo) {
        ForumRequest r;
        r.kind = kind;
        r.title = title;
        r.description = description;
        r.requestedBy = by;
        r.requestedOn = ago(daysAgo);
        return r;
    };
    auto concerning = [](ForumRequest r, Id connector, Id skill) {
        r.connectorId = connector;
        r.skillId = skill;
        return r;
    };
    // Decided before Steward recorded decisions through the forum: stored as they were minuted.
    auto decide = [&](ForumRequest r, RequestStatus status, int daysAgo, const QString& decision) {
        r.deciders = {p.tomasz, p.marcus};
        r.status = status;
        r.decidedOn = ago(daysAgo);
        r.decision = decision;
        return r;
    };

    store.addRequest(
        concerning(request(RequestKind::Connector, Tr::tr("Box connector for the contract archive"),
                           Tr::tr("Legal wants the NDA and renewal skills to search executed contracts from 2016-2022, "
                                  "which were never moved to Google Drive."),
                           p.rahul, 19),
                   c.box, 0));
    store.addRequest(
        concerning(request(RequestKind::ScopeChange, Tr::tr("Salesforce write access for pipeline hygiene"),
                           Tr::tr("Let Pipeline hygiene 2.0 update Next Step and Close Date after the rep confirms, "
                                  "instead of reps copying the proposals by hand."),
                           p.lucia, 12),
                   c.salesforce, s.pipelineHygiene));
    store.addRequest(decide(request(RequestKind::Workflow, Tr::tr("Auto-send replies to simple support tickets"),
                                    Tr::tr("Send the drafted reply for password-reset and invoice-copy tickets without "
                                           "an agent reading it first."),
                                    p.kenji, 75),
                            RequestStatus::Rejected, 68,
                            Tr::tr("Rejected: auto-sending external commitments without review is a prohibited use. "
                                   "Approved instead: drafts with one named reviewer (tier 2).")));
    store.addRequest(decide(request(RequestKind::Connector, Tr::tr("Workday connector for People ops"),
                                    Tr::tr("Read employee records so the policy Q&A can answer questions about an "
                                           "employee's own leave balance."),
                                    p.noah, 54),
                            RequestStatus::Rejected, 47,
                            Tr::tr("Rejected: personnel records are restricted data, which the policy forbids. The "
                                   "pilot continues on handbook pages only.")));
    store.addRequest(decide(concerning(request(RequestKind::Skill, Tr::tr("Security questionnaire pre-fill skill"),
                                               Tr::tr("Pre-fill customer security questionnaires from the SOC 2 "
                                                      "summary and the security FAQ; about 30 questionnaires a "
                                                      "quarter."),
                                               p.fatima, 150),
                                       0, s.securityQuestionnaire),
                            RequestStatus::Approved, 138,
                            Tr::tr("Approved: Security owns the skill; every questionnaire is reviewed by Security "
                                   "before it goes to the customer.")));
}

void addIncidents(Store& store, const People& p, const Connectors& c, const Workspaces& w, const QDate& today)
{
    auto ago = [&today](int days) {
        return today.addDays(-days);
    };

    Incident i;
    i.title = Tr::tr("Renewal summary posted to a customer's Slack Connect channel");
    i.occurredOn = ago(131);
    i.reportedBy = p.james;
    i.severity = Severity::High;
    i.status = IncidentStatus::Resolved;
    i.connectorIds = {c.slackNotifier};
    i.workspaceIds = {w.renewals};
    i.followUps = {Tr::tr("Revoke the Slack notifier connector"), Tr::tr("Archive the renewals workspace"),
                   Tr::tr("Name shared channels in the policy (1.2)")};
    i.description = Tr::tr("The daily renewal-reminder task posted an unreviewed summary, including the proposed "
                           "discount, into a channel shared with the customer. Deleted after 20 minutes; the account "
                           "team told the customer. Connector revoked, workspace archived, policy 1.2 names shared "
                           "channels.");
    i.resolvedOn = ago(126);
    store.addIncident(i);

    i = {};
    i.title = Tr::tr("Payroll export uploaded to the Finance close workspace");
    i.occurredOn = ago(31);
    i.reportedBy = p.hannah;
    i.severity = Severity::Medium;
    i.status = IncidentStatus::Resolved;
    i.connectorIds = {c.drive};
    i.workspaceIds = {w.financeClose};
    i.followUps = {Tr::tr("Remove the file and its memory entries"), Tr::tr("Add payroll exports to CLAUDE.md")};
    i.description = Tr::tr("The memory-hygiene check found a payroll export (restricted data) a user had attached to "
                           "explain a variance. File and memory entries removed, the user briefed, CLAUDE.md updated.");
    i.resolvedOn = ago(25);
    store.addIncident(i);

    i = {};
    i.title = Tr::tr("Urgent tickets routed as low priority overnight");
    i.occurredOn = ago(5);
    i.reportedBy = p.amara;
    i.severity = Severity::Medium;
    i.status = IncidentStatus::Investigating;
    i.connectorIds = {c.zendesk};
    i.workspaceIds = {w.supportTriage, w.itHelpdesk};
    i.followUps = {Tr::tr("Rewrite the routing guide as prose"), Tr::tr("Re-verify the triage skill on 50 tickets")};
    i.description = Tr::tr("Three P1 tickets from enterprise customers were tagged P3 by the overnight triage and "
                           "answered 9 hours late. Suspected cause: the routing guide was rewritten as a table the "
                           "skill misreads.");
    store.addIncident(i);
}

} // namespace

void fillSample(Store& store, const QDate& today)
{
    store.transaction([&] {
        fillSeed(store);
        const People people = addPeople(store);
        fillGovernanceObjects(store, people, today);
        fillPolicy(store, people, today);
        const Connectors connectors = addConnectors(store, people, today);
        const Skills skills = addSkills(store, people, connectors, today);
        const Workspaces workspaces = addWorkspaces(store, people, connectors, skills, today);
        addReviews(store, people, connectors, skills, workspaces, today);
        addRequests(store, people, connectors, skills, today);
        addIncidents(store, people, connectors, workspaces, today);
        // Last month's forum, so "since the last forum" has a date in the sample.
        store.recordForumMeeting(today.addDays(-28), {people.tomasz, people.priya, people.marcus, people.lucia},
                                 Tr::tr("Monthly governance forum: Security questionnaire skill live, Slack notifier "
                                        "incident closed."));
    });
}

} // namespace steward::templates
