#include "store/store.h"
#include "templates/sampleparts.h"

// The sample's connector inventory. Scope strings are the vendors' real OAuth scopes, so exports and the
// reconcile command show what a real inventory looks like; no token or key appears anywhere, only scopes.
// Most rows follow the tier rule; a few carry the drift a governance owner actually finds (a tier below its
// floor, a write connector approved without a named approver, a widening awaiting re-approval, a revocation).
namespace steward::templates::sample {
namespace {

Connector base(const QString& name, const QString& system, Access access, DataClass sensitivity, bool external,
               int tier)
{
    Connector c;
    c.name = name;
    c.system = system;
    c.access = access;
    c.sensitivity = sensitivity;
    c.external = external;
    c.tier = tier;
    c.review.cadence = Cadence::Quarterly;
    return c;
}

McpServer remote(Transport transport, const QString& url)
{
    McpServer server;
    server.transport = transport;
    server.url = url;
    return server;
}

McpServer local(const QString& command, const QStringList& args)
{
    McpServer server;
    server.transport = Transport::Stdio;
    server.command = command;
    server.args = args;
    return server;
}

void approve(Connector& c, Id approver, const QDate& on)
{
    c.status = ApprovalStatus::Approved;
    c.approvedBy = approver;
    c.approvedOn = on;
}

} // namespace

Connectors addConnectors(Store& store, const People& p, const QDate& today)
{
    Connectors ids;
    auto ago = [&today](int days) {
        return today.addDays(-days);
    };
    // The last quarterly connector review, held in the forum; most rows were looked at then.
    const ReviewState quarterly{Cadence::Quarterly, ago(41), p.fatima};
    const QString atlassian = QStringLiteral("https://mcp.atlassian.com/v1/sse");

    Connector c = base(QStringLiteral("Confluence"), QStringLiteral("Atlassian Confluence Cloud"), Access::ReadOnly,
                       DataClass::Internal, false, 1);
    c.scopes = {
        {0, QStringLiteral("read:confluence-content.all"), ScopeMode::Read,
         Tr::tr("Answer questions from team spaces and runbooks.")},
        {0, QStringLiteral("read:confluence-space.summary"), ScopeMode::Read,
         Tr::tr("List spaces so the agent can say where an answer came from.")},
        {0, QStringLiteral("search:confluence"), ScopeMode::Read, Tr::tr("Find pages by keyword instead of crawling.")},
    };
    c.server = remote(Transport::Sse, atlassian);
    c.ownerId = p.oliver;
    approve(c, p.marcus, ago(290));
    c.review = quarterly;
    c.notes = Tr::tr("Restricted spaces (HR, Board) are excluded at the Atlassian app level.");
    ids.confluence = store.addConnector(c);

    c = base(QStringLiteral("Jira"), QStringLiteral("Atlassian Jira Cloud"), Access::ReadWrite, DataClass::Internal,
             false, 3);
    c.scopes = {
        {0, QStringLiteral("read:jira-work"), ScopeMode::Read, Tr::tr("Read issues to triage and summarise them.")},
        {0, QStringLiteral("write:jira-work"), ScopeMode::Write,
         Tr::tr("Create bugs from support escalations and add triage comments.")},
        {0, QStringLiteral("read:jira-user"), ScopeMode::Read, Tr::tr("Resolve assignees and reporters by name.")},
    };
    c.server = remote(Transport::Sse, atlassian);
    c.ownerId = p.mateus;
    approve(c, p.marcus, ago(250));
    c.review = quarterly;
    ids.jira = store.addConnector(c);

    c = base(QStringLiteral("GitHub"), QStringLiteral("GitHub Enterprise Cloud"), Access::ReadWrite,
             DataClass::Confidential, false, 3);
    c.scopes = {
        {0, QStringLiteral("repo"), ScopeMode::Write,
         Tr::tr("Open draft pull requests for release notes; GitHub has no read-only scope for private repositories.")},
        {0, QStringLiteral("read:org"), ScopeMode::Read, Tr::tr("Map teams to code owners.")},
    };
    c.server =
        local(QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-github")});
    c.ownerId = p.mateus;
    approve(c, p.ingrid, ago(240));
    c.review = quarterly;
    c.notes = Tr::tr("Limited to the product and docs repositories through the GitHub App's repository list.");
    ids.github = store.addConnector(c);

    // Approved in a chat thread; nobody recorded who signed off, which is exactly what the inventory is for.
    c = base(QStringLiteral("Linear"), QStringLiteral("Linear"), Access::ReadWrite, DataClass::Internal, false, 3);
    c.scopes = {
        {0, QStringLiteral("read"), ScopeMode::Read, Tr::tr("Read cycles and issues for release notes.")},
        {0, QStringLiteral("issues:create"), ScopeMode::Write, Tr::tr("File follow-up issues found during triage.")},
    };
    c.server = remote(Transport::Sse, QStringLiteral("https://mcp.linear.app/sse"));
    c.ownerId = p.mateus;
    c.status = ApprovalStatus::Approved;
    c.approvedOn = ago(175);
    c.review = quarterly;
    c.notes = Tr::tr("Approved in #ai-governance; the approver's name was not recorded.");
    ids.linear = store.addConnector(c);

    c = base(QStringLiteral("Google Drive"), QStringLiteral("Google Workspace"), Access::ReadOnly,
             DataClass::Confidential, false, 3);
    c.scopes = {
        {0, QStringLiteral("https://www.googleapis.com/auth/drive.readonly"), ScopeMode::Read,
         Tr::tr("Read shared-drive documents: close workpapers, signed NDAs, handbook.")},
    };
    c.server =
        local(QStringLiteral("npx"), {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-gdrive")});
    c.ownerId = p.oliver;
    approve(c, p.marcus, ago(285));
    c.review = quarterly;
    ids.drive = store.addConnector(c);

    c = base(QStringLiteral("Gmail"), QStringLiteral("Google Workspace"), Access::ReadWrite, DataClass::Confidential,
             true, 3);
    c.scopes = {
        {0, QStringLiteral("https://www.googleapis.com/auth/gmail.readonly"), ScopeMode::Read,
         Tr::tr("Read the thread history with an account before a call.")},
        {0, QStringLiteral("https://www.googleapis.com/auth/gmail.compose"), ScopeMode::Write,
         Tr::tr("Create drafts for a person to review and send; the agent never sends.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/gmail"));
    c.ownerId = p.oliver;
    approve(c, p.marcus, ago(200));
    c.review = quarterly;
    c.notes = Tr::tr("Served through the internal MCP gateway, which strips attachments over 10 MB.");
    ids.gmail = store.addConnector(c);

    // Raised by hand above its floor of 1: calendars name customers and deals.
    c = base(QStringLiteral("Google Calendar"), QStringLiteral("Google Workspace"), Access::ReadOnly,
             DataClass::Internal, false, 2);
    c.scopes = {
        {0, QStringLiteral("https://www.googleapis.com/auth/calendar.readonly"), ScopeMode::Read,
         Tr::tr("Find today's customer meetings to prepare account briefs.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/gcal"));
    c.ownerId = p.oliver;
    approve(c, p.priya, ago(200));
    c.review = quarterly;
    c.notes = Tr::tr("Tier raised to 2 by the forum: meeting titles name customers and deal stages.");
    ids.calendar = store.addConnector(c);

    c = base(QStringLiteral("Slack"), QStringLiteral("Slack Enterprise Grid"), Access::ReadOnly, DataClass::Internal,
             false, 1);
    c.scopes = {
        {0, QStringLiteral("channels:history"), ScopeMode::Read, Tr::tr("Summarise public channels the user is in.")},
        {0, QStringLiteral("channels:read"), ScopeMode::Read, Tr::tr("List channels to pick the right one.")},
        {0, QStringLiteral("users:read"), ScopeMode::Read, Tr::tr("Turn member ids into names in summaries.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.slack.com/mcp"));
    c.ownerId = p.oliver;
    approve(c, p.marcus, ago(280));
    c.review = quarterly;
    ids.slack = store.addConnector(c);

    c = base(QStringLiteral("Slack notifier"), QStringLiteral("Slack Enterprise Grid"), Access::ReadWrite,
             DataClass::Internal, true, 3);
    c.scopes = {
        {0, QStringLiteral("chat:write"), ScopeMode::Write, Tr::tr("Post renewal reminders into account channels.")},
        {0, QStringLiteral("channels:read"), ScopeMode::Read, Tr::tr("Find the account's channel.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/slack-notifier"));
    c.ownerId = p.james;
    approve(c, p.marcus, ago(230));
    c.status = ApprovalStatus::Revoked;
    c.review = {Cadence::Quarterly, ago(126), p.marcus};
    c.notes = Tr::tr("Revoked after it posted an unreviewed renewal summary into a Slack Connect channel shared with a "
                     "customer.");
    ids.slackNotifier = store.addConnector(c);

    // Widened from read-only so the pipeline-hygiene skill can update next steps; waits for the forum.
    c = base(QStringLiteral("Salesforce"), QStringLiteral("Salesforce Sales Cloud"), Access::ReadWrite,
             DataClass::Confidential, false, 3);
    c.scopes = {
        {0, QStringLiteral("api"), ScopeMode::Write,
         Tr::tr("Read accounts and opportunities; update Next Step and Close Date on opportunities the user owns.")},
        {0, QStringLiteral("refresh_token"), ScopeMode::Read, Tr::tr("Keep the session alive for scheduled tasks.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/salesforce"));
    c.ownerId = p.lucia;
    c.approvedBy = p.marcus;
    c.approvedOn = ago(260);
    c.status = ApprovalStatus::PendingReapproval;
    c.widenedBy = p.lucia;
    c.widenedOn = ago(12);
    c.review = quarterly;
    c.notes = Tr::tr("Approved read-only; widened to read-write for pipeline hygiene. On the next forum agenda.");
    ids.salesforce = store.addConnector(c);

    // Carried over from the old spreadsheet at tier 2; contact records are personal data, so the floor is 3.
    c = base(QStringLiteral("HubSpot"), QStringLiteral("HubSpot Marketing Hub"), Access::ReadOnly,
             DataClass::Confidential, false, 2);
    c.scopes = {
        {0, QStringLiteral("crm.objects.contacts.read"), ScopeMode::Read,
         Tr::tr("Segment audiences for campaign briefs.")},
        {0, QStringLiteral("crm.objects.companies.read"), ScopeMode::Read,
         Tr::tr("Tailor content to target industries.")},
        {0, QStringLiteral("content"), ScopeMode::Read,
         Tr::tr("Read published blog posts to keep the voice consistent.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.hubspot.com/"));
    c.ownerId = p.zara;
    approve(c, p.laura, ago(190));
    c.review = quarterly;
    c.notes = Tr::tr("Imported from the 2024 marketing tools spreadsheet.");
    // Stored as it was carried over (an edit would raise it to its floor), so lint has it to report.
    ids.hubspot = store.addConnector(c, Store::WriteMode::Restore);

    c = base(QStringLiteral("Zendesk"), QStringLiteral("Zendesk Support"), Access::ReadWrite, DataClass::Confidential,
             true, 3);
    c.scopes = {
        {0, QStringLiteral("tickets:read"), ScopeMode::Read, Tr::tr("Read new tickets for triage.")},
        {0, QStringLiteral("tickets:write"), ScopeMode::Write,
         Tr::tr("Set priority, group and tags; add internal notes. Public replies stay with agents.")},
        {0, QStringLiteral("users:read"), ScopeMode::Read, Tr::tr("See the requester's plan and region for routing.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/zendesk"));
    c.ownerId = p.amara;
    approve(c, p.marcus, ago(270));
    c.review = {Cadence::Quarterly, ago(118), p.amara};
    c.notes = Tr::tr("External: tickets:write also allows public comments, which reach customers.");
    ids.zendesk = store.addConnector(c);

    c = base(QStringLiteral("NetSuite"), QStringLiteral("Oracle NetSuite"), Access::ReadOnly, DataClass::Confidential,
             false, 3);
    c.scopes = {
        {0, QStringLiteral("rest_webservices"), ScopeMode::Read,
         Tr::tr("Read trial balance, journals and AP/AR ageing.")},
        {0, QStringLiteral("suite_analytics"), ScopeMode::Read, Tr::tr("Run saved close-variance datasets.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.fernhill.io/netsuite"));
    c.ownerId = p.hannah;
    approve(c, p.adaeze, ago(220));
    c.review = quarterly;
    c.notes = Tr::tr("Runs as a dedicated read-only role without access to payroll subsidiaries.");
    ids.netsuite = store.addConnector(c);

    c = base(QStringLiteral("Stripe"), QStringLiteral("Stripe Billing"), Access::ReadOnly, DataClass::Confidential,
             false, 3);
    c.scopes = {
        {0, QStringLiteral("read_only"), ScopeMode::Read, Tr::tr("Match payouts and invoices during reconciliation.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.stripe.com"));
    c.ownerId = p.hannah;
    approve(c, p.adaeze, ago(215));
    c.review = quarterly;
    ids.stripe = store.addConnector(c);

    c = base(QStringLiteral("Snowflake"), QStringLiteral("Snowflake (analytics warehouse)"), Access::ReadOnly,
             DataClass::Confidential, false, 3);
    c.scopes = {
        {0, QStringLiteral("session:role:ANALYST"), ScopeMode::Read,
         Tr::tr("Query curated revenue marts; the role cannot see raw event or PII schemas.")},
        {0, QStringLiteral("refresh_token"), ScopeMode::Read, Tr::tr("Let the daily KPI task run unattended.")},
    };
    c.server =
        local(QStringLiteral("uvx"), {QStringLiteral("snowflake-labs-mcp"), QStringLiteral("--service-config-file"),
                                      QStringLiteral("/etc/fernhill/mcp/snowflake.yaml")});
    c.ownerId = p.andres;
    approve(c, p.marcus, ago(210));
    c.review = {Cadence::Quarterly, ago(163), p.andres};
    ids.snowflake = store.addConnector(c);

    c = base(QStringLiteral("Box"), QStringLiteral("Box"), Access::ReadOnly, DataClass::Confidential, false, 3);
    c.scopes = {
        {0, QStringLiteral("root_readonly"), ScopeMode::Read,
         Tr::tr("Search the executed-contract archive (2016-2022) for renewal and notice clauses.")},
    };
    c.server = remote(Transport::Http, QStringLiteral("https://mcp.box.com"));
    c.ownerId = p.rahul;
    c.status = ApprovalStatus::Requested;
    c.notes = Tr::tr("Requested by Legal; Security asked for a folder-scoped app instead of root access.");
    ids.box = store.addConnector(c);

    return ids;
}

} // namespace steward::templates::sample
