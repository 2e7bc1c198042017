// Store: every mutating call. Each runs in one transaction (or joins the caller's).
#include "store/mapping.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace steward {
namespace {

using namespace mapping;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

// Ids of a position-ordered child table, so a list edited in place keeps its row ids.
std::vector<Id> orderedIds(QSqlDatabase& db, const QString& table)
{
    std::vector<Id> ids;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY position, id").arg(table));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

// A string list stored one row per entry; rows are matched to entries by position.
void syncStringList(RecordWriter& writer, QSqlDatabase& db, const QString& table, const QString& column,
                    const QStringList& values)
{
    const std::vector<Id> ids = orderedIds(db, table);
    for (std::size_t i = values.size(); i < ids.size(); ++i)
        writer.remove(table, ids[i]);
    for (qsizetype i = 0; i < values.size(); ++i) {
        Fields fields{{QStringLiteral("position"), qint64(i)}, {column, text(values[i])}};
        if (std::size_t(i) < ids.size())
            writer.update(table, ids[std::size_t(i)], fields);
        else
            writer.insert(table, fields);
    }
}

// Rows keyed by a natural key (a data class, a tier number): matched by that key.
void syncKeyed(RecordWriter& writer, QSqlDatabase& db, const QString& table, const QString& keyColumn,
               const std::vector<Fields>& rows)
{
    std::map<QString, Id> existing; // ordered, so the audit rows come out the same every run
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(keyColumn, table));
    while (q.next())
        existing.emplace(q.value(1).toString(), q.value(0).toLongLong());
    q.finish();
    std::set<QString> kept;
    for (const Fields& row : rows)
        kept.insert(*RecordWriter::toCell(row.front().value));
    for (const auto& [keyText, id] : existing) {
        if (!kept.count(keyText))
            writer.remove(table, id);
    }
    for (const Fields& row : rows) {
        const auto found = existing.find(*RecordWriter::toCell(row.front().value));
        if (found != existing.end())
            writer.update(table, found->second, row);
        else
            writer.insert(table, row);
    }
}

Id policyRowId(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM policy ORDER BY id LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString policySnapshot(const Policy& p)
{
    nlohmann::ordered_json json;
    auto str = [](const QString& s) { return s.toStdString(); };
    auto list = [&str](const QStringList& items) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const QString& item : items)
            array.push_back(str(item));
        return array;
    };
    json["title"] = str(p.title);
    json["version"] = str(p.version);
    json["allowed_groups"] = list(p.allowedGroups);
    json["data_classes"] = nlohmann::ordered_json::object();
    for (const DataClassRule& rule : p.dataClasses)
        json["data_classes"][str(key(rule.dataClass))] = {{"permission", str(key(rule.permission))},
                                                          {"condition", str(rule.condition)}};
    json["prohibited"] = list(p.prohibitedUses);
    json["review_tiers"] = nlohmann::ordered_json::object();
    for (const ReviewTier& tier : p.reviewTiers)
        json["review_tiers"][std::to_string(tier.tier)] = {{"rule", str(tier.rule)}, {"control", str(tier.control)}};
    json["training_opt_out"] = str(p.trainingOptOut);
    json["retention"] = str(p.retention);
    json["audit"] = {{"log", list(p.auditFields)}};
    json["sections"] = nlohmann::ordered_json::array();
    for (const PolicySection& section : p.sections)
        json["sections"].push_back({{"title", str(section.title)}, {"body", str(section.body)}});
    return QString::fromStdString(json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

QString normalizedLetters(const QString& letters)
{
    QString result;
    for (QChar letter : {QLatin1Char('R'), QLatin1Char('A'), QLatin1Char('C'), QLatin1Char('I')}) {
        if (letters.contains(letter, Qt::CaseInsensitive))
            result.append(letter);
    }
    for (QChar c : letters) {
        if (!QStringLiteral("RACIraci ,").contains(c))
            throw StoreError(Tr::tr("A RACI cell holds only the letters R, A, C and I, not \"%1\".").arg(letters));
    }
    return result;
}

} // namespace

void Store::checkName(const QString& table, const QString& name, Id self, const QString& what) const
{
    if (name.trimmed().isEmpty())
        throw StoreError(Tr::tr("A %1 needs a name.").arg(what));
    QSqlQuery& q = m_writer->prepared(QStringLiteral("SELECT id FROM %1 WHERE name = ? AND id <> ?").arg(table));
    q.addBindValue(name.trimmed());
    q.addBindValue(self);
    m_writer->execOrThrow(q, table);
    const bool taken = q.next();
    q.finish();
    if (taken)
        throw StoreError(Tr::tr("There is already a %1 named \"%2\".").arg(what, name.trimmed()));
}

void Store::refuseIfReferenced(const QString& what, Id id,
                               const std::vector<std::pair<QString, QString>>& references) const
{
    QStringList users;
    for (const auto& [table, column] : references) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, column));
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(0).toLongLong() > 0)
            users.append(QStringLiteral("%1 (%2)").arg(table).arg(q.value(0).toLongLong()));
    }
    if (!users.isEmpty())
        throw StoreError(Tr::tr("%1 is still referred to by: %2.").arg(what, users.join(QStringLiteral(", "))));
}

void Store::syncLinks(const QString& table, const QString& parentColumn, Id parentId, const QString& otherColumn,
                      const std::vector<Id>& otherIds, bool parentIsNew)
{
    QHash<Id, Id> existing; // other id -> link row id
    if (!parentIsNew) {
        QSqlQuery& q =
            m_writer->prepared(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?").arg(otherColumn, table, parentColumn));
        q.addBindValue(parentId);
        m_writer->execOrThrow(q, table);
        while (q.next())
            existing.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
        q.finish();
    }
    std::vector<ChildRecord> children;
    std::set<Id> seen;
    for (Id other : otherIds) {
        if (other <= 0 || !seen.insert(other).second)
            continue;
        children.push_back({existing.value(other, 0), {{otherColumn, other}}});
    }
    if (parentIsNew)
        writer().insertChildren(table, parentColumn, parentId, std::move(children));
    else
        writer().syncChildren(table, parentColumn, parentId, std::move(children));
}

// People -------------------------------------------------------------------------------------

Id Store::addPerson(const Person& person)
{
    Id id = 0;
    transaction([&] {
        checkName(QStringLiteral("people"), person.name, 0, Tr::tr("person"));
        id = writer().insert(QStringLiteral("people"), personFields(person));
    });
    return id;
}

void Store::updatePerson(const Person& person)
{
    transaction([&] {
        checkName(QStringLiteral("people"), person.name, person.id, Tr::tr("person"));
        writer().update(QStringLiteral("people"), person.id, personFields(person));
    });
}

void Store::removePerson(Id id)
{
    transaction([&] {
        const auto found = person(id);
        refuseIfReferenced(found ? found->name : Tr::tr("This person"), id,
                           {{QStringLiteral("governance_objects"), QStringLiteral("owner_id")},
                            {QStringLiteral("governance_objects"), QStringLiteral("last_reviewed_by")},
                            {QStringLiteral("policy"), QStringLiteral("approved_by")},
                            {QStringLiteral("policy_versions"), QStringLiteral("approved_by")},
                            {QStringLiteral("workspaces"), QStringLiteral("owner_id")},
                            {QStringLiteral("workspaces"), QStringLiteral("sponsor_id")},
                            {QStringLiteral("workspaces"), QStringLiteral("last_reviewed_by")},
                            {QStringLiteral("scheduled_tasks"), QStringLiteral("owner_id")},
                            {QStringLiteral("connectors"), QStringLiteral("owner_id")},
                            {QStringLiteral("connectors"), QStringLiteral("approved_by")},
                            {QStringLiteral("connectors"), QStringLiteral("widened_by")},
                            {QStringLiteral("connectors"), QStringLiteral("last_reviewed_by")},
                            {QStringLiteral("skills"), QStringLiteral("owner_id")},
                            {QStringLiteral("skills"), QStringLiteral("last_reviewed_by")},
                            {QStringLiteral("reviews"), QStringLiteral("reviewer_id")},
                            {QStringLiteral("requests"), QStringLiteral("requested_by")},
                            {QStringLiteral("incidents"), QStringLiteral("reported_by")}});
        writer().remove(QStringLiteral("people"), id);
    });
}

Id Store::ensurePerson(const QString& name)
{
    if (name.trimmed().isEmpty())
        return 0;
    if (const Id existing = personIdByName(name))
        return existing;
    Person person;
    person.name = name.trimmed();
    return addPerson(person);
}

void Store::setCadences(const std::vector<CadenceDefinition>& cadences)
{
    transaction([&] {
        std::vector<Fields> rows;
        for (const CadenceDefinition& c : cadences)
            rows.push_back({{QStringLiteral("cadence"), key(c.cadence)},
                            {QStringLiteral("title"), text(c.title)},
                            {QStringLiteral("agenda"), text(c.agenda)}});
        syncKeyed(writer(), m_db, QStringLiteral("cadences"), QStringLiteral("cadence"), rows);
    });
}

// Governance objects and policy ----------------------------------------------------------------

void Store::updateGovernanceObject(const GovernanceObject& object)
{
    transaction([&] { writer().update(QStringLiteral("governance_objects"), object.id, governanceFields(object)); });
}

void Store::updatePolicy(const Policy& p)
{
    transaction([&] {
        RecordWriter& w = writer();
        const Id policyId = policyRowId(m_db);
        if (policyId == 0)
            w.insert(QStringLiteral("policy"), policyFields(p));
        else
            w.update(QStringLiteral("policy"), policyId, policyFields(p));
        syncStringList(w, m_db, QStringLiteral("policy_groups"), QStringLiteral("name"), p.allowedGroups);
        syncStringList(w, m_db, QStringLiteral("policy_prohibited"), QStringLiteral("text"), p.prohibitedUses);
        syncStringList(w, m_db, QStringLiteral("policy_audit_fields"), QStringLiteral("name"), p.auditFields);

        std::vector<Fields> classes;
        for (const DataClassRule& rule : p.dataClasses)
            classes.push_back({{QStringLiteral("data_class"), key(rule.dataClass)},
                               {QStringLiteral("permission"), key(rule.permission)},
                               {QStringLiteral("condition_text"), text(rule.condition)}});
        syncKeyed(w, m_db, QStringLiteral("policy_data_classes"), QStringLiteral("data_class"), classes);

        std::vector<Fields> tiers;
        for (const ReviewTier& tier : p.reviewTiers) {
            if (tier.tier < 1 || tier.tier > 3)
                throw StoreError(Tr::tr("Review tiers are numbered 1 to 3, not %1.").arg(tier.tier));
            tiers.push_back({{QStringLiteral("tier"), qint64(tier.tier)},
                             {QStringLiteral("rule"), text(tier.rule)},
                             {QStringLiteral("control"), text(tier.control)}});
        }
        syncKeyed(w, m_db, QStringLiteral("policy_review_tiers"), QStringLiteral("tier"), tiers);

        std::vector<Id> sectionIds = orderedIds(m_db, QStringLiteral("policy_sections"));
        std::vector<Id> keep;
        for (const PolicySection& section : p.sections)
            keep.push_back(section.id);
        for (Id id : sectionIds) {
            if (std::find(keep.begin(), keep.end(), id) == keep.end())
                w.remove(QStringLiteral("policy_sections"), id);
        }
        for (std::size_t i = 0; i < p.sections.size(); ++i) {
            const PolicySection& section = p.sections[i];
            Fields fields{{QStringLiteral("position"), qint64(i)},
                          {QStringLiteral("title"), text(section.title)},
                          {QStringLiteral("body"), text(section.body)}};
            if (section.id != 0 && std::find(sectionIds.begin(), sectionIds.end(), section.id) != sectionIds.end())
                w.update(QStringLiteral("policy_sections"), section.id, fields);
            else
                w.insert(QStringLiteral("policy_sections"), fields);
        }
    });
}

void Store::approvePolicy(Id approverId, const QDate& approvedOn, const QDate& effectiveOn)
{
    transaction([&] {
        if (approverId <= 0 || !person(approverId))
            throw StoreError(Tr::tr("Approving the policy needs a named approver."));
        Policy p = policy();
        if (p.version.trimmed().isEmpty())
            throw StoreError(Tr::tr("Give the policy a version number before approving it."));
        for (const PolicyVersion& approved : p.history) {
            if (approved.version == p.version)
                throw StoreError(Tr::tr("Version %1 of the policy was already approved on %2; raise the version "
                                        "number for the changes.")
                                     .arg(p.version, approved.approvedOn.toString(Qt::ISODate)));
        }
        p.status = PolicyStatus::Approved;
        p.approvedBy = approverId;
        p.approvedOn = approvedOn;
        p.effectiveOn = effectiveOn;
        writer().update(QStringLiteral("policy"), policyRowId(m_db), policyFields(p));
        writer().insert(QStringLiteral("policy_versions"), {{QStringLiteral("version"), text(p.version)},
                                                            {QStringLiteral("approved_by"), ref(approverId)},
                                                            {QStringLiteral("approved_on"), date(approvedOn)},
                                                            {QStringLiteral("effective_on"), date(effectiveOn)},
                                                            {QStringLiteral("snapshot"), policySnapshot(p)}});
    });
}

// Workspaces ---------------------------------------------------------------------------------

namespace {
std::vector<ChildRecord> taskRecords(const std::vector<ScheduledTask>& tasks)
{
    std::vector<ChildRecord> records;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].name.trimmed().isEmpty())
            throw StoreError(Tr::tr("A scheduled task needs a name."));
        records.push_back({tasks[i].id, taskFields(tasks[i], int(i))});
    }
    return records;
}

std::vector<ChildRecord> scopeRecords(const std::vector<OAuthScope>& scopes)
{
    std::vector<ChildRecord> records;
    for (std::size_t i = 0; i < scopes.size(); ++i) {
        if (scopes[i].scope.trimmed().isEmpty())
            throw StoreError(Tr::tr("An OAuth scope cannot be empty."));
        records.push_back({scopes[i].id, scopeFields(scopes[i], int(i))});
    }
    return records;
}
} // namespace

Id Store::addWorkspace(const Workspace& workspace)
{
    Workspace w = workspace;
    w.id = 0;
    transaction([&] {
        checkName(QStringLiteral("workspaces"), w.name, 0, Tr::tr("workspace"));
        if (w.seats < 0)
            throw StoreError(Tr::tr("Seats cannot be negative."));
        w.id = writer().insert(QStringLiteral("workspaces"), workspaceFields(w));
        for (ScheduledTask& task : w.tasks)
            task.id = 0;
        writer().insertChildren(QStringLiteral("scheduled_tasks"), QStringLiteral("workspace_id"), w.id,
                                taskRecords(w.tasks));
        syncLinks(QStringLiteral("workspace_connectors"), QStringLiteral("workspace_id"), w.id,
                  QStringLiteral("connector_id"), w.connectorIds, true);
        syncLinks(QStringLiteral("workspace_skills"), QStringLiteral("workspace_id"), w.id, QStringLiteral("skill_id"),
                  w.skillIds, true);
    });
    return w.id;
}

void Store::updateWorkspace(const Workspace& w)
{
    transaction([&] {
        checkName(QStringLiteral("workspaces"), w.name, w.id, Tr::tr("workspace"));
        if (w.seats < 0)
            throw StoreError(Tr::tr("Seats cannot be negative."));
        writer().update(QStringLiteral("workspaces"), w.id, workspaceFields(w));
        writer().syncChildren(QStringLiteral("scheduled_tasks"), QStringLiteral("workspace_id"), w.id,
                              taskRecords(w.tasks));
        syncLinks(QStringLiteral("workspace_connectors"), QStringLiteral("workspace_id"), w.id,
                  QStringLiteral("connector_id"), w.connectorIds);
        syncLinks(QStringLiteral("workspace_skills"), QStringLiteral("workspace_id"), w.id, QStringLiteral("skill_id"),
                  w.skillIds);
    });
}

void Store::removeWorkspace(Id id)
{
    transaction([&] {
        const auto found = workspace(id);
        if (!found)
            throw StoreError(Tr::tr("That workspace no longer exists."));
        refuseIfReferenced(found->name, id, {{QStringLiteral("incidents"), QStringLiteral("workspace_id")}});
        writer().syncChildren(QStringLiteral("scheduled_tasks"), QStringLiteral("workspace_id"), id, {});
        writer().syncChildren(QStringLiteral("workspace_connectors"), QStringLiteral("workspace_id"), id, {});
        writer().syncChildren(QStringLiteral("workspace_skills"), QStringLiteral("workspace_id"), id, {});
        writer().remove(QStringLiteral("workspaces"), id);
    });
}

// Connectors ---------------------------------------------------------------------------------

namespace {
void checkConnector(const Connector& c)
{
    if (c.tier < 1 || c.tier > 3)
        throw StoreError(Tr::tr("A connector's risk tier is 1, 2 or 3, not %1.").arg(c.tier));
}
} // namespace

Id Store::addConnector(const Connector& connector)
{
    Connector c = connector;
    c.id = 0;
    transaction([&] {
        checkName(QStringLiteral("connectors"), c.name, 0, Tr::tr("connector"));
        checkConnector(c);
        c.id = writer().insert(QStringLiteral("connectors"), connectorFields(c));
        for (OAuthScope& scope : c.scopes)
            scope.id = 0;
        writer().insertChildren(QStringLiteral("connector_scopes"), QStringLiteral("connector_id"), c.id,
                                scopeRecords(c.scopes));
    });
    return c.id;
}

void Store::updateConnector(const Connector& c)
{
    transaction([&] {
        checkName(QStringLiteral("connectors"), c.name, c.id, Tr::tr("connector"));
        checkConnector(c);
        writer().update(QStringLiteral("connectors"), c.id, connectorFields(c));
        writer().syncChildren(QStringLiteral("connector_scopes"), QStringLiteral("connector_id"), c.id,
                              scopeRecords(c.scopes));
    });
}

void Store::removeConnector(Id id)
{
    transaction([&] {
        const auto found = connector(id);
        if (!found)
            throw StoreError(Tr::tr("That connector no longer exists."));
        refuseIfReferenced(found->name, id, {{QStringLiteral("incidents"), QStringLiteral("connector_id")}});
        writer().syncChildren(QStringLiteral("connector_scopes"), QStringLiteral("connector_id"), id, {});
        for (const QString& links : {QStringLiteral("workspace_connectors"), QStringLiteral("skill_connectors")}) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE connector_id = ?").arg(links));
            q.addBindValue(id);
            q.exec();
            std::vector<Id> rows;
            while (q.next())
                rows.push_back(q.value(0).toLongLong());
            q.finish();
            for (Id row : rows)
                writer().remove(links, row);
        }
        writer().remove(QStringLiteral("connectors"), id);
    });
}

// Skills -------------------------------------------------------------------------------------

Id Store::addSkill(const Skill& skill)
{
    Skill s = skill;
    s.id = 0;
    transaction([&] {
        checkName(QStringLiteral("skills"), s.name, 0, Tr::tr("skill"));
        s.id = writer().insert(QStringLiteral("skills"), skillFields(s));
        syncLinks(QStringLiteral("skill_connectors"), QStringLiteral("skill_id"), s.id, QStringLiteral("connector_id"),
                  s.connectorIds, true);
    });
    return s.id;
}

void Store::updateSkill(const Skill& s)
{
    transaction([&] {
        checkName(QStringLiteral("skills"), s.name, s.id, Tr::tr("skill"));
        writer().update(QStringLiteral("skills"), s.id, skillFields(s));
        syncLinks(QStringLiteral("skill_connectors"), QStringLiteral("skill_id"), s.id, QStringLiteral("connector_id"),
                  s.connectorIds);
    });
}

void Store::removeSkill(Id id)
{
    transaction([&] {
        if (!skill(id))
            throw StoreError(Tr::tr("That skill no longer exists."));
        writer().syncChildren(QStringLiteral("skill_connectors"), QStringLiteral("skill_id"), id, {});
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM workspace_skills WHERE skill_id = ?"));
        q.addBindValue(id);
        q.exec();
        std::vector<Id> rows;
        while (q.next())
            rows.push_back(q.value(0).toLongLong());
        q.finish();
        for (Id row : rows)
            writer().remove(QStringLiteral("workspace_skills"), row);
        writer().remove(QStringLiteral("skills"), id);
    });
}

// RACI ---------------------------------------------------------------------------------------

Raci Store::setRaci(const Raci& wanted)
{
    transaction([&] {
        RecordWriter& w = writer();
        auto syncNamed = [&](const QString& table, const auto& items) {
            std::vector<ChildRecord> records;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (items[i].name.trimmed().isEmpty())
                    throw StoreError(Tr::tr("RACI roles and activities need names."));
                records.push_back({items[i].id, {{QStringLiteral("position"), qint64(i)},
                                                 {QStringLiteral("name"), items[i].name.trimmed()}}});
            }
            // Every row of these tables belongs to the one matrix: the parent column is absent,
            // so the rows are matched by id directly.
            std::vector<Id> existing = orderedIds(m_db, table);
            std::vector<Id> ids;
            for (Id id : existing) {
                const bool kept = std::any_of(records.begin(), records.end(),
                                              [id](const ChildRecord& r) { return r.id == id; });
                if (!kept) {
                    QSqlQuery cells(m_db);
                    cells.prepare(QStringLiteral("SELECT id FROM raci_cells WHERE %1 = ?")
                                      .arg(table == QLatin1String("raci_roles") ? QStringLiteral("role_id")
                                                                                : QStringLiteral("activity_id")));
                    cells.addBindValue(id);
                    cells.exec();
                    std::vector<Id> cellIds;
                    while (cells.next())
                        cellIds.push_back(cells.value(0).toLongLong());
                    cells.finish();
                    for (Id cell : cellIds)
                        w.remove(QStringLiteral("raci_cells"), cell);
                    w.remove(table, id);
                }
            }
            for (const ChildRecord& record : records) {
                if (record.id != 0 && std::find(existing.begin(), existing.end(), record.id) != existing.end()) {
                    w.update(table, record.id, record.fields);
                    ids.push_back(record.id);
                } else {
                    ids.push_back(w.insert(table, record.fields));
                }
            }
            return ids;
        };
        const std::vector<Id> roleIds = syncNamed(QStringLiteral("raci_roles"), wanted.roles);
        const std::vector<Id> activityIds = syncNamed(QStringLiteral("raci_activities"), wanted.activities);

        // Ordered maps, so the audit rows come out in the same order on every run.
        std::map<std::pair<Id, Id>, Id> existingCells;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT id, activity_id, role_id FROM raci_cells"));
        while (q.next())
            existingCells.emplace(std::pair{q.value(1).toLongLong(), q.value(2).toLongLong()}, q.value(0).toLongLong());
        q.finish();

        std::map<std::pair<Id, Id>, QString> wantedCells;
        for (const RaciCell& cell : wanted.cells) {
            if (cell.activity < 0 || std::size_t(cell.activity) >= activityIds.size() || cell.role < 0
                || std::size_t(cell.role) >= roleIds.size())
                throw StoreError(Tr::tr("A RACI cell points outside the matrix."));
            const QString letters = normalizedLetters(cell.letters);
            if (!letters.isEmpty())
                wantedCells[{activityIds[std::size_t(cell.activity)], roleIds[std::size_t(cell.role)]}] = letters;
        }
        for (const auto& [cellKey, id] : existingCells) {
            if (!wantedCells.count(cellKey))
                w.remove(QStringLiteral("raci_cells"), id);
        }
        for (const auto& [cellKey, letters] : wantedCells) {
            Fields fields{{QStringLiteral("activity_id"), cellKey.first},
                          {QStringLiteral("role_id"), cellKey.second},
                          {QStringLiteral("letters"), letters}};
            const auto existing = existingCells.find(cellKey);
            if (existing != existingCells.end())
                w.update(QStringLiteral("raci_cells"), existing->second, fields);
            else
                w.insert(QStringLiteral("raci_cells"), fields);
        }
    });
    return raci();
}

// Reviews, requests, incidents -----------------------------------------------------------------

void Store::checkReview(const Review& review) const
{
    static const QHash<QString, QString> subjectTables{
        {QStringLiteral("workspace"), QStringLiteral("workspaces")},
        {QStringLiteral("connector"), QStringLiteral("connectors")},
        {QStringLiteral("skill"), QStringLiteral("skills")},
        {QStringLiteral("governance"), QStringLiteral("governance_objects")},
    };
    if (!review.reviewedOn.isValid())
        throw StoreError(Tr::tr("A review needs the date it took place."));
    const QString table = subjectTables.value(review.subjectType);
    if (table.isEmpty())
        throw StoreError(Tr::tr("A review is of a workspace, connector, skill or governance object, not \"%1\".")
                             .arg(review.subjectType));
    QSqlQuery& q = m_writer->prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(review.subjectId);
    m_writer->execOrThrow(q, table);
    const bool exists = q.next();
    q.finish();
    if (!exists)
        throw StoreError(Tr::tr("The %1 this review is about does not exist.").arg(review.subjectType));
}

Id Store::addReview(const Review& review)
{
    Id id = 0;
    transaction([&] {
        checkReview(review);
        id = writer().insert(QStringLiteral("reviews"), reviewFields(review));
    });
    return id;
}

void Store::updateReview(const Review& review)
{
    transaction([&] {
        checkReview(review);
        writer().update(QStringLiteral("reviews"), review.id, reviewFields(review));
    });
}

void Store::removeReview(Id id)
{
    transaction([&] { writer().remove(QStringLiteral("reviews"), id); });
}

Id Store::addRequest(const ForumRequest& request)
{
    Id id = 0;
    transaction([&] {
        if (request.title.trimmed().isEmpty())
            throw StoreError(Tr::tr("A request needs a title."));
        id = writer().insert(QStringLiteral("requests"), requestFields(request));
    });
    return id;
}

void Store::updateRequest(const ForumRequest& request)
{
    transaction([&] {
        if (request.title.trimmed().isEmpty())
            throw StoreError(Tr::tr("A request needs a title."));
        writer().update(QStringLiteral("requests"), request.id, requestFields(request));
    });
}

void Store::removeRequest(Id id)
{
    transaction([&] { writer().remove(QStringLiteral("requests"), id); });
}

Id Store::addIncident(const Incident& incident)
{
    Id id = 0;
    transaction([&] {
        if (incident.title.trimmed().isEmpty())
            throw StoreError(Tr::tr("An incident needs a title."));
        id = writer().insert(QStringLiteral("incidents"), incidentFields(incident));
    });
    return id;
}

void Store::updateIncident(const Incident& incident)
{
    transaction([&] {
        if (incident.title.trimmed().isEmpty())
            throw StoreError(Tr::tr("An incident needs a title."));
        writer().update(QStringLiteral("incidents"), incident.id, incidentFields(incident));
    });
}

void Store::removeIncident(Id id)
{
    transaction([&] { writer().remove(QStringLiteral("incidents"), id); });
}

} // namespace steward
