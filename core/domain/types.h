#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

// Value types for everything an inventory holds. They carry no behaviour beyond trivial
// accessors: rules live in core/rules, persistence in core/store. An id of 0 means "not stored
// yet" for an entity and "nobody / nothing" for a reference.
namespace steward {

using Id = qint64;

// Review bookkeeping every reviewed thing carries; the next due date is derived from it.
struct ReviewState
{
    ReviewState() = default;
    ReviewState(Cadence cadence, const QDate& lastReviewedOn = {}, Id lastReviewedBy = 0, int cadenceDays = 0)
        : cadence(cadence)
        , lastReviewedOn(lastReviewedOn)
        , lastReviewedBy(lastReviewedBy)
        , cadenceDays(cadenceDays)
    {
    }

    Cadence cadence = Cadence::Quarterly;
    QDate lastReviewedOn;
    Id lastReviewedBy = 0;
    int cadenceDays = 0; // the period of a Custom cadence, 1 to 3660 days; 0 otherwise

    bool operator==(const ReviewState&) const = default;
};

// Settings of an inventory that everyone reading it must agree on, so the editor, `steward lint`
// and the calendar export see the same reviews as due.
struct ReviewSettings
{
    static constexpr int maxDueSoonDays = 365;
    static constexpr int maxPilotWeeks = 260;

    int dueSoonDays = 14; // a review due within this many days (0 to 365) is due soon
    int pilotWeeks = 12;  // a pilot older than this many weeks (1 to 260) never graduated

    bool operator==(const ReviewSettings&) const = default;
};

// What the review lists need of anything reviewed on a cadence, read without the rest of its row:
// the Reviews page of a 100k-row inventory holds tens of thousands of these.
struct ReviewSubject
{
    QString type; // governance, workspace, connector, skill (as Review::subjectType)
    Id id = 0;
    QString name; // for a governance object: its kind's label
    Id ownerId = 0;
    ReviewState review;
    QString location;   // where it lives: the governance page, CLAUDE.md, the MCP URL, SKILL.md
    bool inUse = true;  // archived workspaces, revoked connectors and deprecated skills are not reviewed
    bool pilot = false; // a workspace in pilot
    QDate pilotStartedOn;

    bool operator==(const ReviewSubject&) const = default;
};

// One of the review rhythms of seed 004 ("weekly during a pilot — owner-plus-sponsor stand-up"…).
struct CadenceDefinition
{
    Id id = 0;
    Cadence cadence = Cadence::Quarterly;
    QString title;
    QString agenda;

    bool operator==(const CadenceDefinition&) const = default;
};

// A row of a main table by id and name only: what pickers and name lookups need, read without
// the row's other columns and children.
struct NamedId
{
    Id id = 0;
    QString name;

    bool operator==(const NamedId&) const = default;
};

struct Person
{
    Id id = 0;
    QString name;
    QString email;
    QString title;
    QString team;
    QString notes;

    bool operator==(const Person&) const = default;
};

// The object-level metadata of the four governance objects (seed 004: "each object has an
// owner, a review cadence, and a place to live").
struct GovernanceObject
{
    Id id = 0;
    GovernanceKind kind = GovernanceKind::Policy;
    Id ownerId = 0;
    QString location; // URL of the Confluence/Notion page
    ReviewState review;

    bool operator==(const GovernanceObject&) const = default;
};

struct DataClassRule
{
    DataClass dataClass = DataClass::Public;
    Permission permission = Permission::Allowed;
    QString condition;

    bool operator==(const DataClassRule&) const = default;
};

struct ReviewTier
{
    int tier = 1;
    QString rule;
    QString control;

    bool operator==(const ReviewTier&) const = default;
};

struct PolicySection
{
    Id id = 0;
    QString title;
    QString body; // Markdown

    bool operator==(const PolicySection&) const = default;
};

// An approved version, frozen: the snapshot is the policy as JSON at approval time.
struct PolicyVersion
{
    Id id = 0;
    QString version;
    Id approvedBy = 0;
    QDate approvedOn;
    QDate effectiveOn;
    QString snapshot;

    bool operator==(const PolicyVersion&) const = default;
};

struct Policy
{
    QString title;
    QString version;
    PolicyStatus status = PolicyStatus::Draft;
    Id approvedBy = 0;
    QDate approvedOn;
    QDate effectiveOn;
    QStringList allowedGroups;
    std::vector<DataClassRule> dataClasses; // one per DataClass, in enum order
    QStringList prohibitedUses;
    std::vector<ReviewTier> reviewTiers; // tiers 1..3
    QString trainingOptOut;
    QString retention;
    QStringList auditFields;
    std::vector<PolicySection> sections;
    std::vector<PolicyVersion> history; // read-only here: appended by Store::approvePolicy

    bool operator==(const Policy&) const = default;
};

struct ScheduledTask
{
    Id id = 0;
    QString name;
    QString schedule; // as the team writes it: "weekdays 07:00", a cron line…
    Id ownerId = 0;
    bool active = true;

    bool operator==(const ScheduledTask&) const = default;
};

struct Workspace
{
    Id id = 0;
    QString name;
    QString purpose;
    Id ownerId = 0;
    Id sponsorId = 0;
    QString function; // business function: Finance, Sales…
    WorkspaceStatus status = WorkspaceStatus::Pilot;
    int seats = 0;
    DataClass dataClass = DataClass::Internal;
    QString dataDescription;
    bool hasClaudeMd = false;
    QString claudeMdUrl;
    QDate memoryCheckedOn;
    QDate pilotStartedOn; // when the pilot began; a pilot long past it has not graduated
    ReviewState review;
    QString notes;
    std::vector<ScheduledTask> tasks;
    std::vector<Id> connectorIds;
    std::vector<Id> skillIds;

    bool operator==(const Workspace&) const = default;
};

struct OAuthScope
{
    Id id = 0;
    QString scope; // the scope string exactly as in the OAuth scope parameter
    ScopeMode mode = ScopeMode::Read;
    QString justification;

    bool operator==(const OAuthScope&) const = default;
};

// How the agent reaches the MCP server: a local command (stdio) or a URL (http, sse).
struct McpServer
{
    Transport transport = Transport::Unknown;
    QString command;
    QStringList args;
    QString url;

    bool operator==(const McpServer&) const = default;
};

struct Connector
{
    Id id = 0;
    QString name;
    QString system;
    Access access = Access::ReadOnly;
    std::vector<OAuthScope> scopes;
    DataClass sensitivity = DataClass::Internal;
    bool external = false; // can send data outside the organisation
    int tier = 1;
    Id ownerId = 0;
    Id approvedBy = 0;
    QDate approvedOn;
    ApprovalStatus status = ApprovalStatus::Requested;
    Id widenedBy = 0; // who last widened access or scopes, pending re-approval
    QDate widenedOn;
    McpServer server;
    ReviewState review;
    QString notes;

    bool operator==(const Connector&) const = default;
};

struct Skill
{
    Id id = 0;
    QString name;
    QString intendedUse;
    QString inputs;
    QString outputs;
    Id ownerId = 0;
    QString version;
    SkillStatus status = SkillStatus::Draft;
    bool hasSkillMd = false;
    QString skillMdUrl;
    QDate verifiedOn; // last verified after a model update
    ReviewState review;
    QString notes;
    std::vector<Id> connectorIds;

    bool operator==(const Skill&) const = default;
};

struct RaciRole
{
    RaciRole() = default;
    RaciRole(Id id, const QString& name, const std::vector<Id>& people = {})
        : id(id)
        , name(name)
        , people(people)
    {
    }

    Id id = 0;
    QString name;
    std::vector<Id> people; // who holds the role, from the people directory; read back by id

    bool operator==(const RaciRole&) const = default;
};

struct RaciActivity
{
    Id id = 0;
    QString name;

    bool operator==(const RaciActivity&) const = default;
};

// Letters are any of R, A, C, I in that order ("RA", "C"); a cell that is absent means no
// involvement. Cells point at roles and activities by their index in Raci's vectors, so a
// matrix can be built and compared before anything is stored.
struct RaciCell
{
    int activity = 0;
    int role = 0;
    QString letters;

    bool operator==(const RaciCell&) const = default;
};

struct Raci
{
    std::vector<RaciRole> roles;
    std::vector<RaciActivity> activities;
    std::vector<RaciCell> cells;

    bool operator==(const Raci&) const = default;
};

// A review that happened: who reviewed which thing, when, and what they noted.
struct Review
{
    Id id = 0;
    // "workspace", "connector" or "skill" with that row's id; "governance" with the id of a
    // GovernanceObject (a review of the policy is a review of its governance object).
    QString subjectType;
    Id subjectId = 0;
    QDate reviewedOn;
    Id reviewerId = 0;
    QString notes;

    bool operator==(const Review&) const = default;
};

// A request to the governance forum (seed 004: new connectors, new skills, scope changes, high-risk
// workflows), and the forum's decision on it.
struct ForumRequest
{
    Id id = 0;
    RequestKind kind = RequestKind::Connector;
    QString title;
    QString description; // why it is asked for
    Id requestedBy = 0;
    QDate requestedOn;
    Id connectorId = 0; // the connector concerned: a new connector, a scope change, a workflow's connector
    Id skillId = 0;     // the skill concerned: a new skill
    RequestStatus status = RequestStatus::Open;
    // Who decided, from the people directory, in the order named; the first is recorded as the
    // approver of an approved connector. Set by Store::decideRequest, like decidedOn and decision.
    std::vector<Id> deciders;
    QDate decidedOn;
    QString decision; // the note recorded with the decision

    bool operator==(const ForumRequest&) const = default;
};

// What the forum decides on an open request.
enum class RequestDecision { Approve, Reject };

struct Incident
{
    Id id = 0;
    QString title;
    QDate occurredOn;
    Id reportedBy = 0;
    Severity severity = Severity::Low;
    IncidentStatus status = IncidentStatus::Open;
    std::vector<Id> connectorIds; // the connectors involved, in id order
    std::vector<Id> workspaceIds; // the workspaces involved, in id order
    QString description;
    QDate resolvedOn;
    QStringList followUps; // what is to be done about it, one line each, in order

    bool operator==(const Incident&) const = default;
};

// A meeting of the governance forum: when it met and who was there. The latest one is what
// "since the last forum" counts from.
struct ForumMeeting
{
    Id id = 0;
    QDate heldOn;
    std::vector<Id> attendees; // people, by id, in the order named
    QString notes;

    bool operator==(const ForumMeeting&) const = default;
};

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // ISO 8601 UTC with milliseconds
    QString actor;
    QString entity; // table name
    Id entityId = 0;
    QString action; // create, update, delete
    QString field;
    QString oldValue;
    QString newValue;
    bool oldIsNull = true;
    bool newIsNull = true;
    QString prevHash;
    QString hash;
};

} // namespace steward
