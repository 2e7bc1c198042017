// Store: reading value types back from the file.
#include "store/mapping.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace steward {
namespace {

using namespace mapping;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

QSqlQuery run(QSqlDatabase& db, const QString& sql, const QVariantList& bound = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : bound)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(Tr::tr("Reading the inventory failed (%1): %2").arg(sql.left(80), query.lastError().text()));
    return query;
}

// Which rows of a main table a read returns: all of them, one by id, or a keyset page.
struct Selection
{
    Id only = 0;
    Id afterId = 0;
    int limit = -1;

    bool all() const { return only == 0 && limit < 0; }

    // The main table's SELECT completed with its condition, order and limit; `bound` receives
    // the values for its placeholders.
    QString sql(const QString& select, QVariantList& bound) const
    {
        if (only != 0) {
            bound = {only};
            return select + QStringLiteral(" WHERE id = ?");
        }
        if (limit >= 0) {
            bound = {afterId, limit};
            return select + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT ?");
        }
        bound.clear();
        return select + QStringLiteral(" ORDER BY id");
    }
};

// The rows of a child or link table that belong to `parents` (read in id order): a range on the
// parent column, so a page reads only its own children, through the parent column's index.
template <typename T>
QString childFilter(const Selection& selection, const std::vector<T>& parents, const QString& parentColumn,
                    QVariantList& bound)
{
    if (selection.all() || parents.empty()) {
        bound.clear();
        return QString();
    }
    bound = {parents.front().id, parents.back().id};
    return QStringLiteral(" WHERE %1 BETWEEN ? AND ?").arg(parentColumn);
}

ReviewState reviewAt(const QSqlQuery& q, int first)
{
    ReviewState review;
    review.cadence = enumAt(q, first, Cadence::Quarterly);
    review.lastReviewedOn = dateAt(q, first + 1);
    review.lastReviewedBy = refAt(q, first + 2);
    return review;
}

Person personAt(const QSqlQuery& q)
{
    return {refAt(q, 0), textAt(q, 1), textAt(q, 2), textAt(q, 3), textAt(q, 4), textAt(q, 5)};
}

template <typename T> QHash<Id, std::size_t> indexById(const std::vector<T>& items)
{
    QHash<Id, std::size_t> index;
    index.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    return index;
}

// Rows of a link or child table, (parent id, payload) pairs, handed to `attach`.
template <typename Attach>
void forEachChild(QSqlDatabase& db, const QString& sql, const QVariantList& bound, Attach attach)
{
    QSqlQuery q = run(db, sql, bound);
    while (q.next())
        attach(q);
}

} // namespace

std::vector<Person> Store::people() const
{
    std::vector<Person> result;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, name, email, title, team, notes FROM people ORDER BY id"));
    while (q.next())
        result.push_back(personAt(q));
    return result;
}

std::vector<Person> Store::personPage(Id afterId, int limit) const
{
    std::vector<Person> result;
    if (limit <= 0)
        return result;
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT id, name, email, title, team, notes FROM people WHERE id > ?"
                                     " ORDER BY id LIMIT ?"),
                      {afterId, limit});
    while (q.next())
        result.push_back(personAt(q));
    return result;
}

std::optional<Person> Store::person(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT id, name, email, title, team, notes FROM people WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return personAt(q);
}

Id Store::personIdByName(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM people WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::vector<CadenceDefinition> Store::cadences() const
{
    std::vector<CadenceDefinition> result;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, cadence, title, agenda FROM cadences"));
    while (q.next())
        result.push_back({refAt(q, 0), enumAt(q, 1, Cadence::Quarterly), textAt(q, 2), textAt(q, 3)});
    std::sort(result.begin(), result.end(),
              [](const CadenceDefinition& a, const CadenceDefinition& b) { return a.cadence < b.cadence; });
    return result;
}

std::vector<GovernanceObject> Store::governanceObjects() const
{
    std::vector<GovernanceObject> result;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, kind, owner_id, location, cadence, last_reviewed_on,"
                                           " last_reviewed_by FROM governance_objects ORDER BY id"));
    while (q.next()) {
        GovernanceObject object;
        object.id = refAt(q, 0);
        object.kind = enumAt(q, 1, GovernanceKind::Policy);
        object.ownerId = refAt(q, 2);
        object.location = textAt(q, 3);
        object.review = reviewAt(q, 4);
        result.push_back(object);
    }
    return result;
}

GovernanceObject Store::governanceObject(GovernanceKind kind) const
{
    for (const GovernanceObject& object : governanceObjects()) {
        if (object.kind == kind)
            return object;
    }
    GovernanceObject missing;
    missing.kind = kind;
    return missing;
}

Policy Store::policy() const
{
    Policy policy;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT title, version, status, approved_by, approved_on, effective_on,"
                                           " training_opt_out, retention FROM policy ORDER BY id LIMIT 1"));
    if (q.next()) {
        policy.title = textAt(q, 0);
        policy.version = textAt(q, 1);
        policy.status = enumAt(q, 2, PolicyStatus::Draft);
        policy.approvedBy = refAt(q, 3);
        policy.approvedOn = dateAt(q, 4);
        policy.effectiveOn = dateAt(q, 5);
        policy.trainingOptOut = textAt(q, 6);
        policy.retention = textAt(q, 7);
    }
    auto strings = [this](const QString& sql) {
        QStringList list;
        QSqlQuery rows = run(m_db, sql);
        while (rows.next())
            list.append(textAt(rows, 0));
        return list;
    };
    policy.allowedGroups = strings(QStringLiteral("SELECT name FROM policy_groups ORDER BY position, id"));
    policy.prohibitedUses = strings(QStringLiteral("SELECT text FROM policy_prohibited ORDER BY position, id"));
    policy.auditFields = strings(QStringLiteral("SELECT name FROM policy_audit_fields ORDER BY position, id"));

    QSqlQuery classes =
        run(m_db, QStringLiteral("SELECT data_class, permission, condition_text FROM policy_data_classes"));
    std::vector<DataClassRule> rules;
    while (classes.next())
        rules.push_back(
            {enumAt(classes, 0, DataClass::Public), enumAt(classes, 1, Permission::Allowed), textAt(classes, 2)});
    std::sort(rules.begin(), rules.end(),
              [](const DataClassRule& a, const DataClassRule& b) { return a.dataClass < b.dataClass; });
    policy.dataClasses = rules;

    QSqlQuery tiers = run(m_db, QStringLiteral("SELECT tier, rule, control FROM policy_review_tiers ORDER BY tier"));
    while (tiers.next())
        policy.reviewTiers.push_back({tiers.value(0).toInt(), textAt(tiers, 1), textAt(tiers, 2)});

    QSqlQuery sections = run(m_db, QStringLiteral("SELECT id, title, body FROM policy_sections ORDER BY position, id"));
    while (sections.next())
        policy.sections.push_back({refAt(sections, 0), textAt(sections, 1), textAt(sections, 2)});

    QSqlQuery versions = run(m_db, QStringLiteral("SELECT id, version, approved_by, approved_on, effective_on, snapshot"
                                                  " FROM policy_versions ORDER BY id"));
    while (versions.next())
        policy.history.push_back({refAt(versions, 0), textAt(versions, 1), refAt(versions, 2), dateAt(versions, 3),
                                  dateAt(versions, 4), textAt(versions, 5)});
    return policy;
}

std::vector<Workspace> Store::workspaces() const
{
    return readWorkspaces(0);
}

std::optional<Workspace> Store::workspace(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    auto found = readWorkspaces(id);
    return found.empty() ? std::nullopt : std::optional<Workspace>(found.front());
}

std::vector<Workspace> Store::workspacePage(Id afterId, int limit) const
{
    return limit <= 0 ? std::vector<Workspace>() : readWorkspaces(0, afterId, limit);
}

std::vector<Workspace> Store::readWorkspaces(Id only, Id afterId, int limit) const
{
    const Selection selection{only, afterId, limit};
    std::vector<Workspace> result;
    QVariantList bound;
    QSqlQuery q = run(m_db,
                      selection.sql(QStringLiteral("SELECT id, name, purpose, owner_id, sponsor_id, business_function,"
                                                   " status, seats, data_class, data_description, has_claude_md,"
                                                   " claude_md_url, memory_checked_on, cadence, last_reviewed_on,"
                                                   " last_reviewed_by, notes FROM workspaces"),
                                    bound),
                      bound);
    while (q.next()) {
        Workspace w;
        w.id = refAt(q, 0);
        w.name = textAt(q, 1);
        w.purpose = textAt(q, 2);
        w.ownerId = refAt(q, 3);
        w.sponsorId = refAt(q, 4);
        w.function = textAt(q, 5);
        w.status = enumAt(q, 6, WorkspaceStatus::Pilot);
        w.seats = q.value(7).toInt();
        w.dataClass = enumAt(q, 8, DataClass::Internal);
        w.dataDescription = textAt(q, 9);
        w.hasClaudeMd = q.value(10).toInt() != 0;
        w.claudeMdUrl = textAt(q, 11);
        w.memoryCheckedOn = dateAt(q, 12);
        w.review = reviewAt(q, 13);
        w.notes = textAt(q, 16);
        result.push_back(std::move(w));
    }
    if (result.empty())
        return result;
    const auto index = indexById(result);
    const QString filter = childFilter(selection, result, QStringLiteral("workspace_id"), bound);
    forEachChild(m_db,
                 QStringLiteral("SELECT workspace_id, id, name, schedule, owner_id, active FROM scheduled_tasks") +
                     filter + QStringLiteral(" ORDER BY workspace_id, position, id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].tasks.push_back(
                             {refAt(c, 1), textAt(c, 2), textAt(c, 3), refAt(c, 4), c.value(5).toInt() != 0});
                 });
    forEachChild(m_db,
                 QStringLiteral("SELECT workspace_id, connector_id FROM workspace_connectors") + filter +
                     QStringLiteral(" ORDER BY workspace_id, connector_id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].connectorIds.push_back(refAt(c, 1));
                 });
    forEachChild(m_db,
                 QStringLiteral("SELECT workspace_id, skill_id FROM workspace_skills") + filter +
                     QStringLiteral(" ORDER BY workspace_id, skill_id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].skillIds.push_back(refAt(c, 1));
                 });
    return result;
}

std::vector<Connector> Store::connectors() const
{
    return readConnectors(0);
}

std::optional<Connector> Store::connector(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    auto found = readConnectors(id);
    return found.empty() ? std::nullopt : std::optional<Connector>(found.front());
}

std::vector<Connector> Store::connectorPage(Id afterId, int limit) const
{
    return limit <= 0 ? std::vector<Connector>() : readConnectors(0, afterId, limit);
}

std::vector<Connector> Store::readConnectors(Id only, Id afterId, int limit) const
{
    const Selection selection{only, afterId, limit};
    std::vector<Connector> result;
    QVariantList bound;
    QSqlQuery q = run(m_db,
                      selection.sql(QStringLiteral("SELECT id, name, system_name, access, sensitivity, external, tier,"
                                                   " owner_id, approved_by, approved_on, status, widened_by,"
                                                   " widened_on, transport, command, args, url, cadence,"
                                                   " last_reviewed_on, last_reviewed_by, notes FROM connectors"),
                                    bound),
                      bound);
    while (q.next()) {
        Connector c;
        c.id = refAt(q, 0);
        c.name = textAt(q, 1);
        c.system = textAt(q, 2);
        c.access = enumAt(q, 3, Access::ReadOnly);
        c.sensitivity = enumAt(q, 4, DataClass::Internal);
        c.external = q.value(5).toInt() != 0;
        c.tier = q.value(6).toInt();
        c.ownerId = refAt(q, 7);
        c.approvedBy = refAt(q, 8);
        c.approvedOn = dateAt(q, 9);
        c.status = enumAt(q, 10, ApprovalStatus::Requested);
        c.widenedBy = refAt(q, 11);
        c.widenedOn = dateAt(q, 12);
        c.server.transport = enumAt(q, 13, Transport::Unknown);
        c.server.command = textAt(q, 14);
        c.server.args = argsFromText(textAt(q, 15));
        c.server.url = textAt(q, 16);
        c.review = reviewAt(q, 17);
        c.notes = textAt(q, 20);
        result.push_back(std::move(c));
    }
    if (result.empty())
        return result;
    const auto index = indexById(result);
    const QString filter = childFilter(selection, result, QStringLiteral("connector_id"), bound);
    forEachChild(
        m_db,
        QStringLiteral("SELECT connector_id, id, scope, mode, justification FROM connector_scopes") + filter +
            QStringLiteral(" ORDER BY connector_id, position, id"),
        bound, [&](const QSqlQuery& s) {
            const auto it = index.find(refAt(s, 0));
            if (it != index.end())
                result[*it].scopes.push_back({refAt(s, 1), textAt(s, 2), enumAt(s, 3, ScopeMode::Read), textAt(s, 4)});
        });
    return result;
}

std::vector<Skill> Store::skills() const
{
    return readSkills(0);
}

std::optional<Skill> Store::skill(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    auto found = readSkills(id);
    return found.empty() ? std::nullopt : std::optional<Skill>(found.front());
}

std::vector<Skill> Store::skillPage(Id afterId, int limit) const
{
    return limit <= 0 ? std::vector<Skill>() : readSkills(0, afterId, limit);
}

std::vector<Skill> Store::readSkills(Id only, Id afterId, int limit) const
{
    const Selection selection{only, afterId, limit};
    std::vector<Skill> result;
    QVariantList bound;
    QSqlQuery q = run(m_db,
                      selection.sql(QStringLiteral("SELECT id, name, intended_use, inputs, outputs, owner_id, version,"
                                                   " status, has_skill_md, skill_md_url, verified_on, cadence,"
                                                   " last_reviewed_on, last_reviewed_by, notes FROM skills"),
                                    bound),
                      bound);
    while (q.next()) {
        Skill s;
        s.id = refAt(q, 0);
        s.name = textAt(q, 1);
        s.intendedUse = textAt(q, 2);
        s.inputs = textAt(q, 3);
        s.outputs = textAt(q, 4);
        s.ownerId = refAt(q, 5);
        s.version = textAt(q, 6);
        s.status = enumAt(q, 7, SkillStatus::Draft);
        s.hasSkillMd = q.value(8).toInt() != 0;
        s.skillMdUrl = textAt(q, 9);
        s.verifiedOn = dateAt(q, 10);
        s.review = reviewAt(q, 11);
        s.notes = textAt(q, 14);
        result.push_back(std::move(s));
    }
    if (result.empty())
        return result;
    const auto index = indexById(result);
    const QString filter = childFilter(selection, result, QStringLiteral("skill_id"), bound);
    forEachChild(m_db,
                 QStringLiteral("SELECT skill_id, connector_id FROM skill_connectors") + filter +
                     QStringLiteral(" ORDER BY skill_id, connector_id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].connectorIds.push_back(refAt(c, 1));
                 });
    return result;
}

Raci Store::raci() const
{
    Raci raci;
    QHash<Id, int> roleIndex;
    QHash<Id, int> activityIndex;
    QSqlQuery roles = run(m_db, QStringLiteral("SELECT id, name FROM raci_roles ORDER BY position, id"));
    while (roles.next()) {
        roleIndex.insert(refAt(roles, 0), int(raci.roles.size()));
        raci.roles.push_back({refAt(roles, 0), textAt(roles, 1)});
    }
    QSqlQuery activities = run(m_db, QStringLiteral("SELECT id, name FROM raci_activities ORDER BY position, id"));
    while (activities.next()) {
        activityIndex.insert(refAt(activities, 0), int(raci.activities.size()));
        raci.activities.push_back({refAt(activities, 0), textAt(activities, 1)});
    }
    QSqlQuery cells = run(m_db, QStringLiteral("SELECT activity_id, role_id, letters FROM raci_cells"));
    while (cells.next()) {
        const auto activity = activityIndex.find(refAt(cells, 0));
        const auto role = roleIndex.find(refAt(cells, 1));
        if (activity != activityIndex.end() && role != roleIndex.end())
            raci.cells.push_back({*activity, *role, textAt(cells, 2)});
    }
    std::sort(raci.cells.begin(), raci.cells.end(), [](const RaciCell& a, const RaciCell& b) {
        return std::tie(a.activity, a.role) < std::tie(b.activity, b.role);
    });
    return raci;
}

std::vector<Review> Store::reviews() const
{
    std::vector<Review> result;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, subject_type, subject_id, reviewed_on, reviewer_id, notes"
                                           " FROM reviews ORDER BY id"));
    while (q.next())
        result.push_back({refAt(q, 0), textAt(q, 1), refAt(q, 2), dateAt(q, 3), refAt(q, 4), textAt(q, 5)});
    return result;
}

std::vector<ForumRequest> Store::requests() const
{
    std::vector<ForumRequest> result;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, kind, title, description, requested_by, requested_on, status,"
                                           " decided_on, decision FROM requests ORDER BY id"));
    while (q.next()) {
        ForumRequest r;
        r.id = refAt(q, 0);
        r.kind = enumAt(q, 1, RequestKind::Connector);
        r.title = textAt(q, 2);
        r.description = textAt(q, 3);
        r.requestedBy = refAt(q, 4);
        r.requestedOn = dateAt(q, 5);
        r.status = enumAt(q, 6, RequestStatus::Open);
        r.decidedOn = dateAt(q, 7);
        r.decision = textAt(q, 8);
        result.push_back(std::move(r));
    }
    return result;
}

std::vector<Incident> Store::incidents() const
{
    std::vector<Incident> result;
    QSqlQuery q = run(m_db, QStringLiteral("SELECT id, title, occurred_on, reported_by, severity, status, connector_id,"
                                           " workspace_id, description, resolved_on FROM incidents ORDER BY id"));
    while (q.next()) {
        Incident i;
        i.id = refAt(q, 0);
        i.title = textAt(q, 1);
        i.occurredOn = dateAt(q, 2);
        i.reportedBy = refAt(q, 3);
        i.severity = enumAt(q, 4, Severity::Low);
        i.status = enumAt(q, 5, IncidentStatus::Open);
        i.connectorId = refAt(q, 6);
        i.workspaceId = refAt(q, 7);
        i.description = textAt(q, 8);
        i.resolvedOn = dateAt(q, 9);
        result.push_back(std::move(i));
    }
    return result;
}

std::vector<AuditEntry> Store::auditTrail() const
{
    std::vector<AuditEntry> result;
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT seq, at, actor, entity, entity_id, action, field, old_value, new_value,"
                                 " prev_hash, hash FROM audit ORDER BY seq"));
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = textAt(q, 1);
        e.actor = textAt(q, 2);
        e.entity = textAt(q, 3);
        e.entityId = refAt(q, 4);
        e.action = textAt(q, 5);
        e.field = textAt(q, 6);
        e.oldIsNull = q.value(7).isNull();
        e.oldValue = textAt(q, 7);
        e.newIsNull = q.value(8).isNull();
        e.newValue = textAt(q, 8);
        e.prevHash = textAt(q, 9);
        e.hash = textAt(q, 10);
        result.push_back(std::move(e));
    }
    return result;
}

} // namespace steward
