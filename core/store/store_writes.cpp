// Store: the mutating calls for people, cadences, governance objects and the policy, and the
// checks the other write files share. Each call runs in one transaction (or joins the caller's).
#include "domain/policysnapshot.h"
#include "store/mapping.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
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

// A string list stored one row per entry; rows are matched to entries by position.
void syncStringList(RecordWriter& writer, const QString& table, const QString& column, const QStringList& values)
{
    const std::vector<Id> ids = writer.orderedIds(table);
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

PolicyVersion latestPolicyVersion(QSqlDatabase& db)
{
    PolicyVersion version;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, version, snapshot, approved_by, approved_on, effective_on"
                              " FROM policy_versions ORDER BY id DESC LIMIT 1")) &&
        q.next()) {
        version.id = q.value(0).toLongLong();
        version.version = q.value(1).toString();
        version.snapshot = q.value(2).toString();
        version.approvedBy = q.value(3).toLongLong();
        version.approvedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        version.effectiveOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    }
    return version;
}

Id policyRowId(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM policy ORDER BY id LIMIT 1")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace

void Store::checkName(const QString& table, const QString& name, Id self, const QString& what) const
{
    if (name.trimmed().isEmpty())
        throw StoreError(Tr::tr("A %1 needs a name.").arg(what));
    if (m_writer->nameTaken(table, name, self))
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
        QSqlQuery& q = m_writer->prepared(
            QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?").arg(otherColumn, table, parentColumn));
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
        id = writer().insert(QStringLiteral("people"), personFields(person), person.id);
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
                            {QStringLiteral("incidents"), QStringLiteral("reported_by")},
                            {QStringLiteral("raci_role_people"), QStringLiteral("person_id")},
                            {QStringLiteral("request_deciders"), QStringLiteral("person_id")},
                            {QStringLiteral("forum_meeting_attendees"), QStringLiteral("person_id")}});
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
        if (p.status == PolicyStatus::Approved) {
            // An approved policy is exactly its latest approved version, approval included;
            // changing it makes a draft.
            const PolicyVersion latest = latestPolicyVersion(m_db);
            if (latest.snapshot.isEmpty() || policySnapshot(p) != latest.snapshot)
                throw StoreError(Tr::tr("An approved policy cannot change: edit it as a draft of the next version "
                                        "and approve that."));
            if (p.approvedBy != latest.approvedBy || p.approvedOn != latest.approvedOn ||
                p.effectiveOn != latest.effectiveOn)
                throw StoreError(Tr::tr("An approval is recorded by approving the policy, with its approver and "
                                        "dates, not by editing them."));
        }
        RecordWriter& w = writer();
        const Id policyId = policyRowId(m_db);
        if (policyId == 0)
            w.insert(QStringLiteral("policy"), policyFields(p));
        else
            w.update(QStringLiteral("policy"), policyId, policyFields(p));
        syncStringList(w, QStringLiteral("policy_groups"), QStringLiteral("name"), p.allowedGroups);
        syncStringList(w, QStringLiteral("policy_prohibited"), QStringLiteral("text"), p.prohibitedUses);
        syncStringList(w, QStringLiteral("policy_audit_fields"), QStringLiteral("name"), p.auditFields);

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

        std::vector<Id> sectionIds = writer().orderedIds(QStringLiteral("policy_sections"));
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
                w.insert(QStringLiteral("policy_sections"), fields, section.id); // undo brings it back under its id
        }
    });
}

Id Store::approvePolicy(Id approverId, const QDate& approvedOn, const QDate& effectiveOn, Id versionId)
{
    Id added = 0;
    transaction([&] {
        if (approverId <= 0 || !person(approverId))
            throw StoreError(Tr::tr("Approving the policy needs a named approver."));
        if (!approvedOn.isValid() || !effectiveOn.isValid())
            throw StoreError(Tr::tr("Approving the policy needs the approval date and the date it takes effect."));
        if (effectiveOn < approvedOn)
            throw StoreError(Tr::tr("The policy cannot take effect before it is approved."));
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
        added = writer().insert(QStringLiteral("policy_versions"),
                                {{QStringLiteral("version"), text(p.version)},
                                 {QStringLiteral("approved_by"), ref(approverId)},
                                 {QStringLiteral("approved_on"), date(approvedOn)},
                                 {QStringLiteral("effective_on"), date(effectiveOn)},
                                 {QStringLiteral("snapshot"), policySnapshot(p)}},
                                versionId);
    });
    return added;
}

void Store::withdrawPolicyApproval(Id versionId, const Policy& restored)
{
    transaction([&] {
        if (versionId == 0 || latestPolicyVersion(m_db).id != versionId)
            throw StoreError(Tr::tr("Only the latest approval of the policy can be withdrawn."));
        writer().remove(QStringLiteral("policy_versions"), versionId);
        updatePolicy(restored);
    });
}

void Store::restorePolicy(const Policy& p)
{
    transaction([&] {
        std::vector<PolicyVersion> stored = policy().history;
        for (const PolicyVersion& version : p.history) {
            const auto held = std::find_if(stored.begin(), stored.end(),
                                           [&](const PolicyVersion& v) { return v.version == version.version; });
            if (held != stored.end()) {
                // An approved version is frozen: it can be given again, never given differently.
                if (held->approvedBy != version.approvedBy || held->approvedOn != version.approvedOn ||
                    held->effectiveOn != version.effectiveOn || held->snapshot != version.snapshot)
                    throw StoreError(Tr::tr("Version %1 of the policy was approved on %2 as it is recorded; an "
                                            "approved version cannot be replaced.")
                                         .arg(version.version, held->approvedOn.toString(Qt::ISODate)));
                continue;
            }
            const auto content = policyFromSnapshot(version.snapshot);
            if (version.version.trimmed().isEmpty() || !content || content->version != version.version)
                throw StoreError(Tr::tr("An approved version of the policy needs its version number and its text."));
            if (version.approvedBy <= 0 || !person(version.approvedBy))
                throw StoreError(Tr::tr("Version %1 of the policy needs a named approver.").arg(version.version));
            if (!version.approvedOn.isValid() || !version.effectiveOn.isValid() ||
                version.effectiveOn < version.approvedOn)
                throw StoreError(
                    Tr::tr("Version %1 of the policy needs the day it was approved and the day it took effect, "
                           "not before it.")
                        .arg(version.version));
            writer().insert(QStringLiteral("policy_versions"),
                            {{QStringLiteral("version"), text(version.version)},
                             {QStringLiteral("approved_by"), ref(version.approvedBy)},
                             {QStringLiteral("approved_on"), date(version.approvedOn)},
                             {QStringLiteral("effective_on"), date(version.effectiveOn)},
                             {QStringLiteral("snapshot"), version.snapshot}});
            stored.push_back(version);
        }
        updatePolicy(p);
    });
}

} // namespace steward
