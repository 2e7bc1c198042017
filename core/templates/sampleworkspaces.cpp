#include "store/store.h"
#include "templates/sampleparts.h"

// The sample's skills and workspaces. As in a real rollout, most are in order and a few show the failures seed
// 004 warns about: a skill nobody maintains, one without its SKILL.md, skills not re-verified since the last model
// update, a pilot that never graduated, a workspace still without its CLAUDE.md, memory hygiene left to drift.
namespace steward::templates::sample {
namespace {

QString skillMd(const char* slug)
{
    return QStringLiteral("https://github.com/fernhill/cowork-skills/blob/main/%1/SKILL.md").arg(QLatin1String(slug));
}

QString claudeMd(const char* slug)
{
    return QStringLiteral("https://github.com/fernhill/cowork-workspaces/blob/main/%1/CLAUDE.md")
        .arg(QLatin1String(slug));
}

Skill skill(const QString& name, Id owner, const QString& version, SkillStatus status, const char* slug)
{
    Skill s;
    s.name = name;
    s.ownerId = owner;
    s.version = version;
    s.status = status;
    s.hasSkillMd = slug != nullptr;
    if (slug)
        s.skillMdUrl = skillMd(slug);
    return s;
}

Workspace workspace(const QString& name, const QString& function, WorkspaceStatus status, Id owner, Id sponsor,
                    int seats, DataClass dataClass, const char* slug)
{
    Workspace w;
    w.name = name;
    w.function = function;
    w.status = status;
    w.ownerId = owner;
    w.sponsorId = sponsor;
    w.seats = seats;
    w.dataClass = dataClass;
    w.hasClaudeMd = slug != nullptr;
    if (slug)
        w.claudeMdUrl = claudeMd(slug);
    // Seed 004: weekly while in pilot, monthly at steady state.
    w.review.cadence = status == WorkspaceStatus::Pilot ? Cadence::Weekly : Cadence::Monthly;
    return w;
}

} // namespace

Skills addSkills(Store& store, const People& p, const Connectors& c, const QDate& today)
{
    Skills ids;
    auto ago = [&today](int days) {
        return today.addDays(-days);
    };
    // Skills are audited in the quarterly governance review (seed 004).
    auto review = [&](int days, Id by) {
        return ReviewState{Cadence::Quarterly, ago(days), by};
    };

    Skill s = skill(Tr::tr("Month-end variance commentary"), p.ana, QStringLiteral("1.4"), SkillStatus::Active,
                    "finance/variance-commentary");
    s.intendedUse = Tr::tr("Draft the commentary on P&L variances above threshold for the CFO's month-end pack.");
    s.inputs = Tr::tr("NetSuite trial balance and budget; last month's commentary from the close folder.");
    s.outputs = Tr::tr("A commentary draft per cost centre, quoting the figures it used, for FP&A to review.");
    s.verifiedOn = ago(21);
    s.review = review(40, p.hannah);
    s.connectorIds = {c.netsuite, c.drive};
    ids.varianceCommentary = store.addSkill(s);

    s = skill(Tr::tr("Payout reconciliation"), p.hannah, QStringLiteral("1.1"), SkillStatus::Active,
              "finance/payout-reconciliation");
    s.intendedUse = Tr::tr("Match Stripe payouts to NetSuite invoices and list what does not match.");
    s.inputs = Tr::tr("Stripe payouts and balance transactions; open NetSuite invoices.");
    s.outputs = Tr::tr("An exception list (unmatched, partial, duplicate) for accounts receivable.");
    s.verifiedOn = ago(19);
    s.review = review(40, p.hannah);
    s.connectorIds = {c.stripe, c.netsuite};
    ids.invoiceReconciliation = store.addSkill(s);

    s = skill(Tr::tr("Pipeline hygiene"), p.lucia, QStringLiteral("2.0"), SkillStatus::Active,
              "sales/pipeline-hygiene");
    s.intendedUse = Tr::tr("Flag opportunities with stale next steps or past close dates and propose updates.");
    s.inputs = Tr::tr("The rep's open opportunities in Salesforce; recent email threads with the account.");
    s.outputs = Tr::tr("Proposed Next Step and Close Date changes, written to Salesforce only after the rep confirms.");
    s.verifiedOn = ago(14);
    s.review = review(41, p.lucia);
    s.connectorIds = {c.salesforce, c.gmail};
    s.notes = Tr::tr("Version 2.0 writes to Salesforce; the connector's widening awaits re-approval.");
    ids.pipelineHygiene = store.addSkill(s);

    // Its author left; nobody picked it up, so nobody re-verified it after the model update.
    s = skill(Tr::tr("Account brief before a call"), 0, QStringLiteral("1.3"), SkillStatus::Active,
              "sales/account-brief");
    s.intendedUse = Tr::tr("Prepare a one-page brief on an account before a customer meeting.");
    s.inputs = Tr::tr("Today's calendar; the Salesforce account and opportunities; recent email; HubSpot engagement.");
    s.outputs = Tr::tr("A one-page brief saved as a draft email to the rep.");
    s.verifiedOn = ago(88);
    s.review = review(140, p.lucia);
    s.connectorIds = {c.calendar, c.salesforce, c.gmail, c.hubspot};
    s.notes = Tr::tr("Written by an account executive who has since left Fernhill; needs a maintainer.");
    ids.accountBrief = store.addSkill(s);

    s = skill(Tr::tr("Renewal reminder post"), p.james, QStringLiteral("1.0"), SkillStatus::Deprecated,
              "sales/renewal-reminder");
    s.intendedUse = Tr::tr("Post 90-, 60- and 30-day renewal reminders into each account's Slack channel.");
    s.inputs = Tr::tr("Renewal dates from Salesforce.");
    s.outputs = Tr::tr("One Slack message per account and milestone.");
    s.verifiedOn = ago(150);
    s.review = review(126, p.james);
    s.connectorIds = {c.slackNotifier, c.salesforce};
    s.notes = Tr::tr("Deprecated with the Slack notifier connector; reminders now come from the renewals dashboard.");
    ids.renewalReminder = store.addSkill(s);

    s = skill(Tr::tr("Support ticket triage"), p.amara, QStringLiteral("3.1"), SkillStatus::Active,
              "support/ticket-triage");
    s.intendedUse = Tr::tr("Set priority, group and tags on new tickets and leave an internal triage note.");
    s.inputs = Tr::tr("New Zendesk tickets; the routing guide in Confluence; open Jira bugs.");
    s.outputs =
        Tr::tr("Priority, group, tags and an internal note; a Jira bug draft when the ticket matches a defect.");
    s.verifiedOn = ago(30);
    s.review = review(41, p.amara);
    s.connectorIds = {c.zendesk, c.confluence, c.jira};
    ids.ticketTriage = store.addSkill(s);

    s = skill(Tr::tr("Help-centre article draft"), p.kenji, QStringLiteral("1.0"), SkillStatus::Active,
              "support/kb-article");
    s.intendedUse = Tr::tr("Turn solved tickets that have no matching article into a draft help-centre article.");
    s.inputs = Tr::tr("Solved Zendesk tickets; existing help-centre pages in Confluence.");
    s.outputs = Tr::tr("A draft in the Help Centre Drafts space for a support lead to edit and publish.");
    s.verifiedOn = ago(131);
    s.review = review(135, p.kenji);
    s.connectorIds = {c.zendesk, c.confluence};
    ids.kbArticle = store.addSkill(s);

    s = skill(Tr::tr("NDA first-pass review"), p.rahul, QStringLiteral("1.2"), SkillStatus::Active, "legal/nda-review");
    s.intendedUse = Tr::tr("Compare an incoming NDA with Fernhill's NDA playbook and mark each deviation.");
    s.inputs = Tr::tr("The counterparty's NDA from the Legal shared drive; the NDA playbook.");
    s.outputs = Tr::tr("A list of deviations, each with the playbook clause and a suggested redline; Legal decides.");
    s.verifiedOn = ago(16);
    s.review = review(33, p.rahul);
    s.connectorIds = {c.drive};
    ids.ndaReview = store.addSkill(s);

    s = skill(Tr::tr("Release notes draft"), p.mateus, QStringLiteral("1.6"), SkillStatus::Active, nullptr);
    s.intendedUse = Tr::tr("Draft customer-facing release notes from merged pull requests and closed issues.");
    s.inputs = Tr::tr("Pull requests merged since the last tag; closed Linear and Jira issues.");
    s.outputs = Tr::tr("A draft pull request to the docs repository, reviewed by the product manager.");
    s.verifiedOn = ago(28);
    s.review = review(41, p.mateus);
    s.connectorIds = {c.github, c.linear, c.jira};
    s.notes = Tr::tr("Instructions live in the docs repository's README; SKILL.md not written yet.");
    ids.releaseNotes = store.addSkill(s);

    s = skill(Tr::tr("Metric explainer"), p.andres, QStringLiteral("0.7"), SkillStatus::Active,
              "analytics/metric-explainer");
    s.intendedUse = Tr::tr("Answer \"why did this KPI move?\" with the queries that show it.");
    s.inputs = Tr::tr("A KPI and a period; the curated revenue marts in Snowflake.");
    s.outputs = Tr::tr("An explanation with the SQL it ran, for an analyst to check before it is shared.");
    s.verifiedOn = ago(96);
    s.review = review(163, p.andres);
    s.connectorIds = {c.snowflake};
    ids.metricExplainer = store.addSkill(s);

    s = skill(Tr::tr("Blog post draft in house style"), p.zara, QStringLiteral("2.2"), SkillStatus::Active,
              "marketing/blog-draft");
    s.intendedUse = Tr::tr("Draft blog posts and LinkedIn copy from a campaign brief, in Fernhill's voice.");
    s.inputs = Tr::tr("The campaign brief; published posts from HubSpot; the brand guide.");
    s.outputs = Tr::tr("A Google Doc for the content lead; the agent publishes nothing.");
    s.verifiedOn = ago(25);
    s.review = review(48, p.zara);
    s.connectorIds = {c.drive, c.hubspot};
    ids.blogDraft = store.addSkill(s);

    s = skill(Tr::tr("People policy Q&A"), p.noah, QStringLiteral("0.2"), SkillStatus::Draft, "people/policy-qa");
    s.intendedUse = Tr::tr("Answer employees' questions on leave, expenses and travel from the handbook.");
    s.inputs = Tr::tr("Handbook and policy pages in Confluence and on the People shared drive.");
    s.outputs = Tr::tr("An answer that cites the policy page; People Ops checks a sample weekly during the pilot.");
    s.verifiedOn = ago(20);
    s.review = review(20, p.noah);
    s.connectorIds = {c.confluence, c.drive};
    ids.policyQa = store.addSkill(s);

    s = skill(Tr::tr("Security questionnaire pre-fill"), p.fatima, QStringLiteral("1.0"), SkillStatus::Active,
              "security/questionnaire-prefill");
    s.intendedUse = Tr::tr("Pre-fill customer security questionnaires from Fernhill's trust documentation.");
    s.inputs = Tr::tr("The questionnaire; the SOC 2 summary and security FAQ in Confluence.");
    s.outputs = Tr::tr("A questionnaire marked draft, reviewed by Security before it goes to the customer.");
    s.verifiedOn = ago(22);
    s.review = review(41, p.fatima);
    s.connectorIds = {c.drive, c.confluence};
    ids.securityQuestionnaire = store.addSkill(s);

    return ids;
}

Workspaces addWorkspaces(Store& store, const People& p, const Connectors& c, const Skills& s, const QDate& today)
{
    Workspaces ids;
    auto ago = [&today](int days) {
        return today.addDays(-days);
    };

    Workspace w = workspace(Tr::tr("Finance close"), Tr::tr("Finance"), WorkspaceStatus::Active, p.hannah, p.adaeze, 14,
                            DataClass::Confidential, "finance-close");
    w.purpose = Tr::tr("Month-end close: reconciliations, variance commentary and the CFO pack.");
    w.dataDescription = Tr::tr("Trial balance, journals, AP/AR ageing and close workpapers. No payroll or pay data.");
    w.memoryCheckedOn = ago(24);
    w.review.lastReviewedOn = ago(25);
    w.review.lastReviewedBy = p.adaeze;
    w.tasks = {
        {0, Tr::tr("Daily cash position summary"), Tr::tr("weekdays 07:30"), p.hannah, true},
        {0, Tr::tr("Close checklist status"), Tr::tr("business days 1-5, 08:00"), p.hannah, true},
        {0, Tr::tr("Payout reconciliation exceptions"), Tr::tr("Mondays 06:00"), p.ana, true},
    };
    w.connectorIds = {c.netsuite, c.stripe, c.drive};
    w.skillIds = {s.varianceCommentary, s.invoiceReconciliation};
    ids.financeClose = store.addWorkspace(w);

    w = workspace(Tr::tr("Sales ops"), Tr::tr("Sales"), WorkspaceStatus::Active, p.lucia, p.james, 46,
                  DataClass::Confidential, "sales-ops");
    w.purpose = Tr::tr("Pipeline hygiene and call preparation for account executives.");
    w.dataDescription = Tr::tr("Accounts, opportunities, email threads and calendars of the sales team.");
    w.memoryCheckedOn = ago(12);
    w.review.lastReviewedOn = ago(19);
    w.review.lastReviewedBy = p.lucia;
    w.tasks = {
        {0, Tr::tr("Pipeline hygiene report"), Tr::tr("Mondays 07:00"), p.lucia, true},
        {0, Tr::tr("Pre-call account briefs"), Tr::tr("weekdays 06:45"), p.lucia, true},
    };
    w.connectorIds = {c.salesforce, c.gmail, c.calendar, c.slack, c.hubspot};
    w.skillIds = {s.pipelineHygiene, s.accountBrief};
    ids.salesOps = store.addWorkspace(w);

    w = workspace(Tr::tr("Support triage"), Tr::tr("Support"), WorkspaceStatus::Active, p.amara, p.kenji, 38,
                  DataClass::Confidential, "support-triage");
    w.purpose = Tr::tr("First-pass triage of the support queue and help-centre upkeep.");
    w.dataDescription =
        Tr::tr("Customer tickets: names, emails, plan and product usage. Card data never enters Zendesk.");
    w.memoryCheckedOn = ago(9);
    w.review.lastReviewedOn = ago(16);
    w.review.lastReviewedBy = p.kenji;
    w.tasks = {
        {0, Tr::tr("Overnight queue triage"), Tr::tr("daily 06:00"), p.amara, true},
        {0, Tr::tr("Escalation digest to #support-leads"), Tr::tr("weekdays 16:00"), p.amara, false},
    };
    w.connectorIds = {c.zendesk, c.confluence, c.jira, c.slack};
    w.skillIds = {s.ticketTriage, s.kbArticle};
    w.notes = Tr::tr("The escalation digest is paused: it posted through the revoked Slack notifier.");
    ids.supportTriage = store.addWorkspace(w);

    w = workspace(Tr::tr("Legal contract review"), Tr::tr("Legal"), WorkspaceStatus::Active, p.rahul, p.elodie, 6,
                  DataClass::Confidential, "legal-contracts");
    w.purpose = Tr::tr("First-pass review of NDAs and inbound customer paper against the playbooks.");
    w.dataDescription = Tr::tr("NDAs and customer contracts under negotiation; executed contracts stay in Box.");
    w.memoryCheckedOn = ago(30);
    w.review.lastReviewedOn = ago(33);
    w.review.lastReviewedBy = p.rahul;
    w.tasks = {{0, Tr::tr("Renewal-notice scan"), Tr::tr("Mondays 09:00"), p.rahul, true}};
    w.connectorIds = {c.drive};
    w.skillIds = {s.ndaReview};
    ids.legalReview = store.addWorkspace(w);

    w = workspace(Tr::tr("Engineering"), Tr::tr("Engineering"), WorkspaceStatus::Active, p.mateus, p.ingrid, 120,
                  DataClass::Confidential, "engineering");
    w.purpose = Tr::tr("Release notes, issue triage and code-base questions for product engineering.");
    w.dataDescription = Tr::tr("Source code of the product and docs repositories, issues and design pages. "
                               "Production data and secrets are out of scope.");
    w.memoryCheckedOn = ago(20);
    w.review.lastReviewedOn = ago(27);
    w.review.lastReviewedBy = p.ingrid;
    w.tasks = {
        {0, Tr::tr("Release notes draft"), Tr::tr("Fridays 15:00"), p.mateus, true},
        {0, Tr::tr("Stale pull-request digest"), Tr::tr("weekdays 09:00"), p.mateus, true},
    };
    w.connectorIds = {c.github, c.jira, c.linear, c.confluence};
    w.skillIds = {s.releaseNotes};
    ids.engineering = store.addWorkspace(w);

    // Started five weeks ago; the CLAUDE.md is still being written with Legal.
    w = workspace(Tr::tr("People ops"), Tr::tr("People"), WorkspaceStatus::Pilot, p.noah, p.meilin, 5,
                  DataClass::Internal, nullptr);
    w.purpose = Tr::tr("Pilot: answer employees' policy questions and prepare onboarding packs.");
    w.dataDescription =
        Tr::tr("Handbook, policies and anonymised survey themes. No personnel files, pay or health data.");
    w.memoryCheckedOn = ago(8);
    w.review.lastReviewedOn = ago(6);
    w.review.lastReviewedBy = p.meilin;
    w.tasks = {{0, Tr::tr("Onboarding pack preparation"), Tr::tr("Mondays 08:00"), p.noah, true}};
    w.connectorIds = {c.confluence, c.drive};
    w.skillIds = {s.policyQa};
    w.pilotStartedOn = ago(36);
    w.notes = Tr::tr("CLAUDE.md drafted with Legal, not yet committed.");
    ids.peopleOps = store.addWorkspace(w);

    w = workspace(Tr::tr("Marketing content"), Tr::tr("Marketing"), WorkspaceStatus::Active, p.zara, p.laura, 18,
                  DataClass::Internal, "marketing-content");
    w.purpose = Tr::tr("Blog posts, campaign copy and the weekly content calendar.");
    w.dataDescription = Tr::tr("Campaign briefs, published content and the brand guide; HubSpot contacts read for "
                               "segmentation only.");
    w.memoryCheckedOn = ago(76);
    w.review.lastReviewedOn = ago(48);
    w.review.lastReviewedBy = p.zara;
    w.tasks = {{0, Tr::tr("Content calendar digest"), Tr::tr("Mondays 10:00"), p.zara, true}};
    w.connectorIds = {c.hubspot, c.drive, c.confluence};
    w.skillIds = {s.blogDraft};
    ids.marketing = store.addWorkspace(w);

    // The pilot that never graduated (seed 004): seven months in, weekly stand-ups long stopped.
    w = workspace(Tr::tr("Revenue analytics"), Tr::tr("Operations"), WorkspaceStatus::Pilot, p.andres, p.tomasz, 9,
                  DataClass::Confidential, "revenue-analytics");
    w.purpose = Tr::tr("Self-serve answers on ARR, churn and expansion for the leadership team.");
    w.dataDescription = Tr::tr("Curated revenue marts in Snowflake: ARR, churn and expansion by account.");
    w.memoryCheckedOn = ago(101);
    w.review.lastReviewedOn = ago(95);
    w.review.lastReviewedBy = p.andres;
    w.tasks = {{0, Tr::tr("KPI pack refresh"), Tr::tr("daily 05:30"), p.andres, true}};
    w.connectorIds = {c.snowflake};
    w.skillIds = {s.metricExplainer};
    w.pilotStartedOn = ago(214);
    w.notes = Tr::tr("Graduation criteria never agreed with the sponsor.");
    ids.analytics = store.addWorkspace(w);

    w = workspace(Tr::tr("IT helpdesk"), Tr::tr("IT"), WorkspaceStatus::Active, p.oliver, p.priya, 8,
                  DataClass::Internal, "it-helpdesk");
    w.purpose = Tr::tr("Summarise the access-request queue and answer how-to questions from the runbooks.");
    w.dataDescription = Tr::tr("IT tickets, runbooks and the device inventory.");
    w.memoryCheckedOn = ago(15);
    w.review.lastReviewedOn = ago(22);
    w.review.lastReviewedBy = p.priya;
    w.tasks = {{0, Tr::tr("Access-request queue summary"), Tr::tr("weekdays 08:30"), p.oliver, true}};
    w.connectorIds = {c.jira, c.confluence, c.slack};
    ids.itHelpdesk = store.addWorkspace(w);

    w = workspace(Tr::tr("Security review desk"), Tr::tr("Security"), WorkspaceStatus::Active, p.fatima, p.marcus, 4,
                  DataClass::Confidential, "security-desk");
    w.purpose = Tr::tr("Customer security questionnaires and the weekly connector scope check.");
    w.dataDescription = Tr::tr("Security questionnaires, the SOC 2 summary and connector configuration.");
    w.memoryCheckedOn = ago(11);
    w.review.lastReviewedOn = ago(14);
    w.review.lastReviewedBy = p.marcus;
    w.tasks = {
        {0, Tr::tr("Connector scope diff"), Tr::tr("Fridays 11:00"), p.fatima, true},
        {0, Tr::tr("Questionnaire queue check"), Tr::tr("Tuesdays and Thursdays 10:00"), p.fatima, true},
    };
    w.connectorIds = {c.confluence, c.drive, c.github};
    w.skillIds = {s.securityQuestionnaire};
    ids.securityDesk = store.addWorkspace(w);

    w = workspace(Tr::tr("Renewals desk"), Tr::tr("Sales"), WorkspaceStatus::Archived, p.lucia, p.james, 0,
                  DataClass::Confidential, "renewals-desk");
    w.purpose = Tr::tr("Renewal reminders for account managers.");
    w.dataDescription = Tr::tr("Renewal dates and account channels.");
    w.memoryCheckedOn = ago(130);
    w.review.lastReviewedOn = ago(125);
    w.review.lastReviewedBy = p.james;
    w.tasks = {{0, Tr::tr("Renewal reminders"), Tr::tr("daily 09:00"), p.lucia, false}};
    w.connectorIds = {c.slackNotifier, c.salesforce};
    w.skillIds = {s.renewalReminder};
    w.notes = Tr::tr("Archived after the Slack Connect incident; renewal work moved to Sales ops.");
    ids.renewals = store.addWorkspace(w);

    return ids;
}

} // namespace steward::templates::sample
