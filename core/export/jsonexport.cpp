#include "export/jsonexport.h"

#include "domain/policysnapshot.h"
#include "export/jsonwriter.h"
#include "store/store.h"

#include <QHash>
#include <algorithm>

// Written with JsonWriter, whose text is what nlohmann::json::dump(2) gives for the same document:
// its objects keep their keys sorted, so each object below writes its members in sorted order
// (tst_jsonexport checks both).
namespace steward::jsonexport {
namespace {

// Rows by id → name, encoded once: references are names, which mean the same in any inventory.
class Names
{
public:
    explicit Names(const std::vector<NamedId>& rows)
    {
        m_names.reserve(qsizetype(rows.size()));
        for (const NamedId& row : rows) {
            m_names.insert(row.id, JsonWriter::encoded(row.name));
        }
    }

    bool contains(Id id) const { return m_names.contains(id); }

    // The name, or null for "nobody / nothing" (and for a dangling id, which the schema forbids).
    void write(JsonWriter& out, Id id) const
    {
        const auto it = m_names.constFind(id);
        if (it == m_names.constEnd())
            out.null();
        else
            out.raw(*it);
    }

    void list(JsonWriter& out, const std::vector<Id>& ids) const
    {
        out.beginArray();
        for (Id id : ids) {
            if (const auto it = m_names.constFind(id); it != m_names.constEnd())
                out.item().raw(*it);
        }
        out.endArray();
    }

private:
    QHash<Id, std::string> m_names;
};

void review(JsonWriter& out, const ReviewState& state, const Names& people)
{
    out.beginObject();
    out.key("cadence").choice(state.cadence);
    if (state.cadence == Cadence::Custom)
        out.key("cadence_days").number(state.cadenceDays);
    else
        out.key("cadence_days").null();
    people.write(out.key("last_reviewed_by"), state.lastReviewedBy);
    out.key("last_reviewed_on").date(state.lastReviewedOn);
    out.endObject();
}

void reviewTiers(JsonWriter& out, const std::vector<ReviewTier>& tiers)
{
    std::vector<ReviewTier> sorted = tiers; // keys "1" < "2" < "3": numeric order is key order
    std::sort(sorted.begin(), sorted.end(), [](const ReviewTier& a, const ReviewTier& b) { return a.tier < b.tier; });
    out.beginObject();
    for (const ReviewTier& tier : sorted) {
        out.key(QString::number(tier.tier)).beginObject();
        out.key("control").string(tier.control);
        out.key("rule").string(tier.rule);
        out.endObject();
    }
    out.endObject();
}

void auditFields(JsonWriter& out, const QStringList& fields)
{
    out.beginObject();
    out.key("log").strings(fields);
    out.endObject();
}

void dataClasses(JsonWriter& out, const std::vector<DataClassRule>& rules)
{
    std::vector<DataClassRule> sorted = rules;
    std::sort(sorted.begin(), sorted.end(),
              [](const DataClassRule& a, const DataClassRule& b) { return key(a.dataClass) < key(b.dataClass); });
    out.beginObject();
    for (const DataClassRule& rule : sorted) {
        out.key(key(rule.dataClass)).beginObject();
        out.key("condition").string(rule.condition);
        out.key("permission").choice(rule.permission);
        out.endObject();
    }
    out.endObject();
}

void sections(JsonWriter& out, const std::vector<PolicySection>& list)
{
    out.beginArray();
    for (const PolicySection& section : list) {
        out.item().beginObject();
        out.key("body").string(section.body);
        out.key("title").string(section.title);
        out.endObject();
    }
    out.endArray();
}

// What an approved version freezes (policysnapshot.h), without the version number beside it.
void policyContent(JsonWriter& out, const Policy& p)
{
    out.beginObject();
    out.key("allowed_groups").strings(p.allowedGroups);
    auditFields(out.key("audit"), p.auditFields);
    dataClasses(out.key("data_classes"), p.dataClasses);
    out.key("prohibited").strings(p.prohibitedUses);
    out.key("retention").string(p.retention);
    reviewTiers(out.key("review_tiers"), p.reviewTiers);
    sections(out.key("sections"), p.sections);
    out.key("title").string(p.title);
    out.key("training_opt_out").string(p.trainingOptOut);
    out.endObject();
}

// The content's members and the policy's own, interleaved in key order.
void policy(JsonWriter& out, const Policy& p, const Names& people)
{
    out.beginObject();
    out.key("allowed_groups").strings(p.allowedGroups);
    people.write(out.key("approved_by"), p.approvedBy);
    out.key("approved_on").date(p.approvedOn);
    auditFields(out.key("audit"), p.auditFields);
    dataClasses(out.key("data_classes"), p.dataClasses);
    out.key("effective_on").date(p.effectiveOn);
    out.key("history").beginArray();
    for (const PolicyVersion& version : p.history) {
        out.item().beginObject();
        people.write(out.key("approved_by"), version.approvedBy);
        out.key("approved_on").date(version.approvedOn);
        // A snapshot no Steward wrote (one changed behind its back) still shows its version.
        policyContent(out.key("content"), policyFromSnapshot(version.snapshot).value_or(Policy()));
        out.key("effective_on").date(version.effectiveOn);
        out.key("version").string(version.version);
        out.endObject();
    }
    out.endArray();
    out.key("prohibited").strings(p.prohibitedUses);
    out.key("retention").string(p.retention);
    reviewTiers(out.key("review_tiers"), p.reviewTiers);
    sections(out.key("sections"), p.sections);
    out.key("status").choice(p.status);
    out.key("title").string(p.title);
    out.key("training_opt_out").string(p.trainingOptOut);
    out.key("version").string(p.version);
    out.endObject();
}

void connector(JsonWriter& out, const Connector& c, const Names& people)
{
    out.beginObject();
    out.key("access").choice(c.access);
    people.write(out.key("approved_by"), c.approvedBy);
    out.key("approved_on").date(c.approvedOn);
    out.key("external").boolean(c.external);
    out.key("name").string(c.name);
    out.key("notes").string(c.notes);
    people.write(out.key("owner"), c.ownerId);
    review(out.key("review"), c.review, people);
    out.key("scopes").beginArray();
    for (const OAuthScope& scope : c.scopes) {
        out.item().beginObject();
        out.key("justification").string(scope.justification);
        out.key("mode").choice(scope.mode);
        out.key("scope").string(scope.scope);
        out.endObject();
    }
    out.endArray();
    out.key("sensitivity").choice(c.sensitivity);
    out.key("server").beginObject();
    out.key("args").strings(c.server.args);
    out.key("command").string(c.server.command);
    out.key("transport").choice(c.server.transport);
    out.key("url").string(c.server.url);
    out.endObject();
    out.key("status").choice(c.status);
    out.key("system").string(c.system);
    out.key("tier").number(c.tier);
    people.write(out.key("widened_by"), c.widenedBy);
    out.key("widened_on").date(c.widenedOn);
    out.endObject();
}

void skill(JsonWriter& out, const Skill& s, const Names& people, const Names& connectors)
{
    out.beginObject();
    connectors.list(out.key("connectors"), s.connectorIds);
    out.key("has_skill_md").boolean(s.hasSkillMd);
    out.key("inputs").string(s.inputs);
    out.key("intended_use").string(s.intendedUse);
    out.key("name").string(s.name);
    out.key("notes").string(s.notes);
    out.key("outputs").string(s.outputs);
    people.write(out.key("owner"), s.ownerId);
    review(out.key("review"), s.review, people);
    out.key("skill_md_url").string(s.skillMdUrl);
    out.key("status").choice(s.status);
    out.key("verified_on").date(s.verifiedOn);
    out.key("version").string(s.version);
    out.endObject();
}

void workspace(JsonWriter& out, const Workspace& w, const Names& people, const Names& connectors, const Names& skills)
{
    out.beginObject();
    out.key("claude_md_url").string(w.claudeMdUrl);
    connectors.list(out.key("connectors"), w.connectorIds);
    out.key("data_class").choice(w.dataClass);
    out.key("data_description").string(w.dataDescription);
    out.key("function").string(w.function);
    out.key("has_claude_md").boolean(w.hasClaudeMd);
    out.key("memory_checked_on").date(w.memoryCheckedOn);
    out.key("name").string(w.name);
    out.key("notes").string(w.notes);
    people.write(out.key("owner"), w.ownerId);
    out.key("pilot_started_on").date(w.pilotStartedOn);
    out.key("purpose").string(w.purpose);
    review(out.key("review"), w.review, people);
    out.key("seats").number(w.seats);
    skills.list(out.key("skills"), w.skillIds);
    people.write(out.key("sponsor"), w.sponsorId);
    out.key("status").choice(w.status);
    out.key("tasks").beginArray();
    for (const ScheduledTask& task : w.tasks) {
        out.item().beginObject();
        out.key("active").boolean(task.active);
        out.key("name").string(task.name);
        people.write(out.key("owner"), task.ownerId);
        out.key("schedule").string(task.schedule);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

void raci(JsonWriter& out, const Raci& matrix, const Names& people)
{
    // One letters string per role, in the roles' order: the matrix row as the page shows it.
    std::vector<QStringList> rows(matrix.activities.size(), QStringList(qsizetype(matrix.roles.size())));
    for (const RaciCell& cell : matrix.cells) {
        if (cell.activity >= 0 && std::size_t(cell.activity) < rows.size() && cell.role >= 0 &&
            std::size_t(cell.role) < matrix.roles.size())
            rows[std::size_t(cell.activity)][cell.role] = cell.letters;
    }
    out.beginObject();
    out.key("activities").beginArray();
    for (std::size_t i = 0; i < matrix.activities.size(); ++i) {
        out.item().beginObject();
        out.key("letters").strings(rows[i]);
        out.key("name").string(matrix.activities[i].name);
        out.endObject();
    }
    out.endArray();
    out.key("roles").beginArray();
    for (const RaciRole& role : matrix.roles) {
        out.item().beginObject();
        out.key("name").string(role.name);
        people.list(out.key("people"), role.people);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

} // namespace

QByteArray inventoryJson(const Store& store)
{
    const Names people(store.personNames());
    const Names connectors(store.connectorNames());
    const Names skills(store.skillNames());
    const Names workspaces(store.workspaceNames());
    std::vector<NamedId> kinds;
    for (const GovernanceObject& g : store.governanceObjects())
        kinds.push_back({g.id, key(g.kind)});
    const Names governanceKinds(kinds);

    JsonWriter out;
    out.beginObject();

    out.key("cadences").beginArray();
    for (const CadenceDefinition& c : store.cadences()) {
        out.item().beginObject();
        out.key("agenda").string(c.agenda);
        out.key("cadence").choice(c.cadence);
        out.key("title").string(c.title);
        out.endObject();
    }
    out.endArray();

    out.key("connectors").beginArray();
    for (const Connector& c : store.connectors())
        connector(out.item(), c, people);
    out.endArray();

    out.key("forum_meetings").beginArray();
    for (const ForumMeeting& m : store.forumMeetings()) {
        out.item().beginObject();
        people.list(out.key("attendees"), m.attendees);
        out.key("held_on").date(m.heldOn);
        out.key("notes").string(m.notes);
        out.endObject();
    }
    out.endArray();

    out.key("governance").beginArray();
    for (const GovernanceObject& g : store.governanceObjects()) {
        out.item().beginObject();
        out.key("kind").choice(g.kind);
        out.key("location").string(g.location);
        people.write(out.key("owner"), g.ownerId);
        review(out.key("review"), g.review, people);
        out.endObject();
    }
    out.endArray();

    out.key("incidents").beginArray();
    for (const Incident& i : store.incidents()) {
        out.item().beginObject();
        connectors.list(out.key("connectors"), i.connectorIds);
        out.key("description").string(i.description);
        out.key("follow_ups").beginArray();
        for (const QString& line : i.followUps)
            out.item().string(line);
        out.endArray();
        out.key("occurred_on").date(i.occurredOn);
        people.write(out.key("reported_by"), i.reportedBy);
        out.key("resolved_on").date(i.resolvedOn);
        out.key("severity").choice(i.severity);
        out.key("status").choice(i.status);
        out.key("title").string(i.title);
        workspaces.list(out.key("workspaces"), i.workspaceIds);
        out.endObject();
    }
    out.endArray();

    out.key("people").beginArray();
    for (const Person& p : store.people()) {
        out.item().beginObject();
        out.key("email").string(p.email);
        out.key("name").string(p.name);
        out.key("notes").string(p.notes);
        out.key("team").string(p.team);
        out.key("title").string(p.title);
        out.endObject();
    }
    out.endArray();

    policy(out.key("policy"), store.policy(), people);
    raci(out.key("raci"), store.raci(), people);

    out.key("requests").beginArray();
    for (const ForumRequest& r : store.requests()) {
        out.item().beginObject();
        connectors.write(out.key("connector"), r.connectorId);
        out.key("decided_on").date(r.decidedOn);
        people.list(out.key("deciders"), r.deciders);
        out.key("decision").string(r.decision);
        out.key("description").string(r.description);
        out.key("kind").choice(r.kind);
        people.write(out.key("requested_by"), r.requestedBy);
        out.key("requested_on").date(r.requestedOn);
        skills.write(out.key("skill"), r.skillId);
        out.key("status").choice(r.status);
        out.key("title").string(r.title);
        out.endObject();
    }
    out.endArray();

    const QHash<QString, const Names*> subjects{{QStringLiteral("workspace"), &workspaces},
                                                {QStringLiteral("connector"), &connectors},
                                                {QStringLiteral("skill"), &skills},
                                                {QStringLiteral("governance"), &governanceKinds}};
    out.key("reviews").beginArray();
    for (const Review& r : store.reviews()) {
        // A review is removed with its subject; one left pointing at nothing (changed behind
        // Steward's back) is no part of the inventory.
        const Names* names = subjects.value(r.subjectType);
        if (!names || !names->contains(r.subjectId))
            continue;
        out.item().beginObject();
        out.key("notes").string(r.notes);
        out.key("reviewed_on").date(r.reviewedOn);
        people.write(out.key("reviewer"), r.reviewerId);
        out.key("subject").beginObject();
        names->write(out.key("name"), r.subjectId);
        out.key("type").string(r.subjectType);
        out.endObject();
        out.endObject();
    }
    out.endArray();

    out.key("schema_version").number(InventorySchemaVersion);
    const ReviewSettings settings = store.reviewSettings();
    out.key("settings").beginObject();
    out.key("due_soon_days").number(settings.dueSoonDays);
    out.key("pilot_weeks").number(settings.pilotWeeks);
    out.endObject();

    out.key("skills").beginArray();
    for (const Skill& s : store.skills())
        skill(out.item(), s, people, connectors);
    out.endArray();

    out.key("workspaces").beginArray();
    for (const Workspace& w : store.workspaces())
        workspace(out.item(), w, people, connectors, skills);
    out.endArray();

    out.endObject();
    return out.take();
}

QByteArray policyConfigJson(const Store& store)
{
    const Names people(store.personNames());
    const Policy p = store.policy();
    std::vector<Connector> connectors = store.connectors();
    // Keyed by name, in the byte order of the names' UTF-8, as JSON tools sort keys.
    std::sort(connectors.begin(), connectors.end(),
              [](const Connector& a, const Connector& b) { return a.name.toUtf8() < b.name.toUtf8(); });

    JsonWriter out;
    out.beginObject();
    auditFields(out.key("audit"), p.auditFields);
    out.key("connectors").beginObject();
    for (const Connector& c : connectors) {
        out.key(c.name).beginObject();
        out.key("access").choice(c.access);
        // Text throughout, as in seed 000's example: "" when nobody approved the connector.
        if (people.contains(c.approvedBy))
            people.write(out.key("approved_by"), c.approvedBy);
        else
            out.key("approved_by").string(QString());
        out.key("status").choice(c.status);
        out.key("tier").number(c.tier);
        out.endObject();
    }
    out.endObject();
    out.key("prohibited").strings(p.prohibitedUses);
    reviewTiers(out.key("review_tiers"), p.reviewTiers);
    out.endObject();
    return out.take();
}

} // namespace steward::jsonexport
