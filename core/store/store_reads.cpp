// Store: reading people, cadences, governance objects, the policy, RACI and the audit (the forum:
// store_forum_reads.cpp).
#include "store/mapping.h"
#include "store/readsupport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace steward {
namespace {

using namespace mapping;
using namespace readsupport;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

Person personAt(const QSqlQuery& q)
{
    return {refAt(q, 0), textAt(q, 1), textAt(q, 2), textAt(q, 3), textAt(q, 4), textAt(q, 5)};
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
                                           " last_reviewed_by, cadence_days FROM governance_objects ORDER BY id"));
    while (q.next()) {
        GovernanceObject object;
        object.id = refAt(q, 0);
        object.kind = enumAt(q, 1, GovernanceKind::Policy);
        object.ownerId = refAt(q, 2);
        object.location = textAt(q, 3);
        object.review = reviewAt(q, 4);
        object.review.cadenceDays = q.value(7).toInt();
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
    QSqlQuery holders = run(m_db, QStringLiteral("SELECT role_id, person_id FROM raci_role_people ORDER BY person_id"));
    while (holders.next()) {
        const auto role = roleIndex.find(refAt(holders, 0));
        if (role != roleIndex.end())
            raci.roles[std::size_t(*role)].people.push_back(refAt(holders, 1));
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

namespace {

AuditEntry auditEntryAt(const sqlite::Statement& q)
{
    AuditEntry e;
    e.seq = refAt(q, 0);
    e.at = textAt(q, 1);
    e.actor = textAt(q, 2);
    e.entity = textAt(q, 3);
    e.entityId = refAt(q, 4);
    e.action = textAt(q, 5);
    e.field = textAt(q, 6);
    e.oldIsNull = q.isNull(7);
    e.oldValue = textAt(q, 7);
    e.newIsNull = q.isNull(8);
    e.newValue = textAt(q, 8);
    e.prevHash = textAt(q, 9);
    e.hash = textAt(q, 10);
    return e;
}

// The audit rows `condition` ("ORDER BY seq", "WHERE at >= ? ORDER BY seq") selects, a row at a
// time, on the SQLite handle: the Dashboard's and the forum's figures read a month of the trail,
// the whole of it after a large import, and Qt SQL's cached values were most of that time.
void forEachAuditRow(const QSqlDatabase& db, const QString& condition, const QStringList& bound,
                     const std::function<void(const AuditEntry&)>& visit)
{
    sqlite::Statement q(sqlite::handleOf(db),
                        QStringLiteral("SELECT seq, at, actor, entity, entity_id, action, field, old_value,"
                                       " new_value, prev_hash, hash FROM audit ") +
                            condition);
    for (qsizetype i = 0; i < bound.size(); ++i)
        q.bindText(int(i) + 1, bound.at(i));
    const QString what = Tr::tr("Reading the inventory failed (%1)").arg(QStringLiteral("audit"));
    while (q.step(what))
        visit(auditEntryAt(q));
}

// `at` is ISO 8601 UTC, so text order is time order and a day's first moment is its date; "0"
// comes before every row.
QString auditFrom(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("0");
}

} // namespace

std::vector<AuditEntry> Store::auditTrail() const
{
    std::vector<AuditEntry> result;
    forEachAuditRow(m_db, QStringLiteral("ORDER BY seq"), {}, [&result](const AuditEntry& e) { result.push_back(e); });
    return result;
}

std::vector<AuditEntry> Store::auditSince(const QDate& day, const QString& entity) const
{
    std::vector<AuditEntry> result;
    const auto keep = [&result](const AuditEntry& e) {
        result.push_back(e);
    };
    if (entity.isEmpty())
        forEachAuditRow(m_db, QStringLiteral("WHERE at >= ? ORDER BY seq"), {auditFrom(day)}, keep);
    else
        forEachAuditRow(m_db, QStringLiteral("WHERE at >= ? AND entity = ? ORDER BY seq"), {auditFrom(day), entity},
                        keep);
    return result;
}

void Store::forEachAuditSince(const QDate& day, const std::function<void(const AuditEntry&)>& visit) const
{
    forEachAuditRow(m_db, QStringLiteral("WHERE at >= ? ORDER BY seq"), {auditFrom(day)}, visit);
}

} // namespace steward
