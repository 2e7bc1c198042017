#include "store/store.h"
#include "templates/templates.h"

#include <QRandomGenerator>
#include <array>

// `steward demo`: many rows that look like a real inventory, for benchmarks. Everything goes
// through the Store's public calls, so the audit trail is as real as the rows.
namespace steward::templates {
namespace {

struct SystemKind
{
    const char* system;
    const char* readScope;
    const char* writeScope;
    DataClass sensitivity;
    bool external;
};

constexpr std::array<SystemKind, 10> systems{{
    {"Salesforce", "api", "refresh_token", DataClass::Confidential, false},
    {"Google Drive", "https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/drive.file",
     DataClass::Internal, false},
    {"Slack", "channels:history", "chat:write", DataClass::Internal, true},
    {"GitHub", "read:org", "repo", DataClass::Internal, false},
    {"Jira", "read:jira-work", "write:jira-work", DataClass::Internal, false},
    {"Confluence", "read:confluence-content.all", "write:confluence-content", DataClass::Internal, false},
    {"Gmail", "https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/gmail.send",
     DataClass::Confidential, true},
    {"HubSpot", "crm.objects.contacts.read", "crm.objects.contacts.write", DataClass::Confidential, false},
    {"Zendesk", "tickets:read", "tickets:write", DataClass::Confidential, true},
    {"Snowflake", "session:role:ANALYST", "session:role:LOADER", DataClass::Restricted, false},
}};

constexpr std::array<const char*, 12> firstNames{"Amira", "Ben",  "Chloé", "Dmitri", "Elena", "Farid",
                                                 "Grace", "Hiro", "Ines",  "Jonas",  "Kemi",  "Luca"};
constexpr std::array<const char*, 12> lastNames{"Okafor", "Lindqvist", "Moreau", "Petrov", "García",  "Haddad",
                                                "Chen",   "Tanaka",    "Silva",  "Berg",   "Adeyemi", "Rossi"};
constexpr std::array<const char*, 8> functions{"Finance", "Sales",  "Support",   "Engineering",
                                               "Legal",   "People", "Marketing", "Operations"};
constexpr std::array<const char*, 8> skillVerbs{"Summarise", "Draft",   "Reconcile", "Triage",
                                                "Classify",  "Extract", "Review",    "Forecast"};
constexpr std::array<const char*, 8> skillObjects{"contracts", "tickets",  "invoices", "pull requests",
                                                  "leads",     "policies", "expenses", "release notes"};

template <typename E> E pick(QRandomGenerator& random, std::initializer_list<E> values)
{
    return *(values.begin() + random.bounded(int(values.size())));
}

} // namespace

qint64 fillDemo(Store& store, qint64 size, quint32 seed, const QDate& today)
{
    QRandomGenerator random(seed);
    const qint64 unit = std::max<qint64>(1, size / 100);
    qint64 rows = 0;
    auto daysAgo = [&](int maximum) {
        return today.addDays(-qint64(random.bounded(maximum)));
    };

    store.transaction([&] {
        std::vector<Id> people;
        for (qint64 i = 0; i < 3 * unit; ++i) {
            Person p;
            p.name = QStringLiteral("%1 %2 %3")
                         .arg(QString::fromUtf8(firstNames[std::size_t(i) % firstNames.size()]),
                              QString::fromUtf8(lastNames[std::size_t(i / 12) % lastNames.size()]))
                         .arg(i + 1);
            p.email = QStringLiteral("person%1@example.com").arg(i + 1);
            p.team = QString::fromUtf8(functions[std::size_t(i) % functions.size()]);
            people.push_back(store.addPerson(p));
            ++rows;
        }
        auto someone = [&] {
            return people[std::size_t(random.bounded(qint64(people.size())))];
        };

        std::vector<Id> connectors;
        for (qint64 i = 0; i < 12 * unit; ++i) {
            const SystemKind& kind = systems[std::size_t(random.bounded(int(systems.size())))];
            Connector c;
            c.name = QStringLiteral("%1 connector %2").arg(QString::fromUtf8(kind.system)).arg(i + 1);
            c.system = QString::fromUtf8(kind.system);
            c.access = random.bounded(4) == 0 ? Access::ReadWrite : Access::ReadOnly;
            c.sensitivity = kind.sensitivity;
            c.external = kind.external;
            c.tier = (c.access == Access::ReadWrite || isSensitive(c.sensitivity)) ? 3 : (c.external ? 2 : 1);
            c.ownerId = someone();
            c.status = pick(random, {ApprovalStatus::Approved, ApprovalStatus::Approved, ApprovalStatus::Requested,
                                     ApprovalStatus::PendingReapproval});
            if (c.status == ApprovalStatus::Approved) {
                c.approvedBy = someone();
                c.approvedOn = daysAgo(400);
            }
            c.server.transport = Transport::Http;
            c.server.url = QStringLiteral("https://mcp.example.com/%1/%2")
                               .arg(c.system.toLower().remove(QLatin1Char(' ')))
                               .arg(i + 1);
            c.review.cadence = Cadence::Quarterly;
            c.review.lastReviewedOn = daysAgo(200);
            c.scopes.push_back({0, QString::fromUtf8(kind.readScope), ScopeMode::Read, QStringLiteral("Read context")});
            c.scopes.push_back({0, QString::fromUtf8(kind.writeScope),
                                c.access == Access::ReadWrite ? ScopeMode::Write : ScopeMode::Read,
                                QStringLiteral("Needed by the workflow")});
            connectors.push_back(store.addConnector(c));
            rows += 3;
        }
        auto someConnector = [&] {
            return connectors[std::size_t(random.bounded(qint64(connectors.size())))];
        };

        std::vector<Id> skills;
        for (qint64 i = 0; i < 10 * unit; ++i) {
            Skill s;
            s.name = QStringLiteral("%1 %2 %3")
                         .arg(QString::fromUtf8(skillVerbs[std::size_t(random.bounded(8))]),
                              QString::fromUtf8(skillObjects[std::size_t(random.bounded(8))]))
                         .arg(i + 1);
            s.intendedUse = QStringLiteral("Helps the team %1 faster").arg(s.name.toLower());
            s.inputs = QStringLiteral("Documents from the linked connectors");
            s.outputs = QStringLiteral("A draft for human review");
            s.ownerId = someone();
            s.version = QStringLiteral("1.%1").arg(random.bounded(10));
            s.status =
                pick(random, {SkillStatus::Active, SkillStatus::Active, SkillStatus::Draft, SkillStatus::Deprecated});
            s.hasSkillMd = random.bounded(5) != 0;
            s.verifiedOn = daysAgo(120);
            s.review.lastReviewedOn = daysAgo(200);
            s.connectorIds.push_back(someConnector());
            if (i % 2 == 0)
                s.connectorIds.push_back(someConnector());
            if (s.connectorIds.size() == 2 && s.connectorIds[0] == s.connectorIds[1])
                s.connectorIds.pop_back();
            skills.push_back(store.addSkill(s));
            rows += 1 + qint64(s.connectorIds.size());
        }

        std::vector<Id> workspaces;
        for (qint64 i = 0; i < 6 * unit; ++i) {
            Workspace w;
            w.function = QString::fromUtf8(functions[std::size_t(random.bounded(8))]);
            w.name = QStringLiteral("%1 workspace %2").arg(w.function).arg(i + 1);
            w.purpose = QStringLiteral("Day-to-day %1 work").arg(w.function.toLower());
            w.ownerId = someone();
            w.sponsorId = someone();
            w.status = pick(random, {WorkspaceStatus::Active, WorkspaceStatus::Active, WorkspaceStatus::Pilot,
                                     WorkspaceStatus::Archived});
            w.seats = 5 + random.bounded(120);
            w.dataClass = pick(random, {DataClass::Internal, DataClass::Confidential, DataClass::Public});
            w.hasClaudeMd = random.bounded(6) != 0;
            w.memoryCheckedOn = daysAgo(90);
            w.review.cadence = w.status == WorkspaceStatus::Pilot ? Cadence::Weekly : Cadence::Monthly;
            w.review.lastReviewedOn = daysAgo(60);
            w.tasks.push_back({0, QStringLiteral("Morning digest"), QStringLiteral("weekdays 07:30"), w.ownerId, true});
            w.connectorIds.push_back(someConnector());
            w.skillIds.push_back(skills[std::size_t(random.bounded(qint64(skills.size())))]);
            workspaces.push_back(store.addWorkspace(w));
            rows += 4;
        }

        for (qint64 i = 0; i < 6 * unit; ++i) {
            store.addReview({0, QStringLiteral("connector"), someConnector(), daysAgo(365), someone(),
                             QStringLiteral("Scopes still match the use case")});
            ++rows;
        }
        for (qint64 i = 0; i < 3 * unit; ++i) {
            ForumRequest r;
            r.kind = pick(
                random, {RequestKind::Connector, RequestKind::Skill, RequestKind::ScopeChange, RequestKind::Workflow});
            r.title = QStringLiteral("Request %1").arg(i + 1);
            r.requestedBy = someone();
            r.requestedOn = daysAgo(180);
            r.status = pick(random, {RequestStatus::Open, RequestStatus::Approved, RequestStatus::Rejected});
            if (r.status != RequestStatus::Open)
                r.decidedOn = r.requestedOn.addDays(random.bounded(30));
            store.addRequest(r);
            ++rows;
        }
        for (qint64 i = 0; i < 2 * unit; ++i) {
            Incident incident;
            incident.title = QStringLiteral("Incident %1").arg(i + 1);
            incident.occurredOn = daysAgo(365);
            incident.reportedBy = someone();
            incident.severity = pick(random, {Severity::Low, Severity::Medium, Severity::High, Severity::Critical});
            incident.status = pick(random, {IncidentStatus::Resolved, IncidentStatus::Resolved, IncidentStatus::Open});
            incident.connectorIds = {someConnector()};
            incident.workspaceIds = {workspaces[std::size_t(random.bounded(qint64(workspaces.size())))]};
            store.addIncident(incident);
            ++rows;
        }
    });
    return rows;
}

} // namespace steward::templates
