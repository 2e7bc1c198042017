#include "export/csvexport.h"

#include "domain/isodate.h"
#include "domain/utf8text.h"
#include "export/csvvalues.h"
#include "export/csvwriter.h"
#include "export/exportnames.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace steward::exports {
namespace {

using csvvalues::date;
using csvvalues::yesNo;

QStringList columnList(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

void people(csv::Writer& out, const Store& store)
{
    for (const Person& p : store.people())
        out.row({p.name, p.email, p.title, p.team, p.notes});
}

void connectors(csv::Writer& out, const Store& store, const std::vector<NamedId>& personNames)
{
    // Row by row as UTF-8 (Store::forEachConnectorText): the largest table of an inventory, and
    // the one a pipeline exports most; every cell is what the Connector would write.
    QHash<Id, QByteArray> people;
    for (const NamedId& person : personNames)
        people.insert(person.id, person.name.toUtf8());
    const auto personName = [&people](Id id) {
        const auto found = people.constFind(id);
        return found == people.cend() ? QByteArrayView() : QByteArrayView(*found);
    };
    QByteArray approvedOn;
    QByteArray lastReviewed;
    QByteArray tier;
    QByteArray cadence;
    QByteArray endpoint;
    store.forEachConnectorText([&](const ConnectorText& c) {
        tier.setNum(c.tier);
        QByteArrayView cadenceCell = keyUtf8(c.cadence);
        if (c.cadence == Cadence::Custom) {
            cadence = QByteArray("every ") + QByteArray::number(c.cadenceDays) + " days";
            cadenceCell = cadence;
        }
        QByteArrayView endpointCell = c.url;
        if (c.transport == Transport::Stdio || (c.transport == Transport::Unknown && c.url.isEmpty())) {
            endpoint = csvvalues::commandLine(textOfUtf8(c.command), c.args).toUtf8();
            endpointCell = endpoint;
        }
        out.rowUtf8({c.name, c.system, keyUtf8(c.access), c.readScopes, c.writeScopes, keyUtf8(c.sensitivity),
                     c.external ? "yes" : "no", tier, personName(c.ownerId), personName(c.approvedBy),
                     isoDateUtf8(c.approvedOn, approvedOn), keyUtf8(c.status), cadenceCell,
                     isoDateUtf8(c.lastReviewedOn, lastReviewed), keyUtf8(c.transport), endpointCell, c.notes});
    });
}

void workspaces(csv::Writer& out, const Store& store, const Names& people)
{
    const Names connectorNames(store.connectorNames());
    const Names skillNames(store.skillNames());
    for (const Workspace& w : store.workspaces()) {
        QStringList tasks;
        for (const ScheduledTask& task : w.tasks)
            tasks.append(csvvalues::taskLine(task.name, task.schedule, people.name(task.ownerId), task.active));
        out.row({w.name,
                 w.purpose,
                 people.name(w.ownerId),
                 people.name(w.sponsorId),
                 w.function,
                 key(w.status),
                 QString::number(w.seats),
                 key(w.dataClass),
                 w.dataDescription,
                 yesNo(w.hasClaudeMd),
                 w.claudeMdUrl,
                 date(w.pilotStartedOn),
                 date(w.memoryCheckedOn),
                 csvvalues::lines(connectorNames.names(w.connectorIds)),
                 csvvalues::lines(skillNames.names(w.skillIds)),
                 csvvalues::lines(tasks),
                 csvvalues::cadence(w.review),
                 date(w.review.lastReviewedOn),
                 people.name(w.review.lastReviewedBy),
                 w.notes});
    }
}

void skills(csv::Writer& out, const Store& store, const Names& people)
{
    const Names connectorNames(store.connectorNames());
    for (const Skill& s : store.skills()) {
        out.row({s.name, s.intendedUse, s.inputs, s.outputs, people.name(s.ownerId), s.version, key(s.status),
                 csvvalues::lines(connectorNames.names(s.connectorIds)), yesNo(s.hasSkillMd), s.skillMdUrl,
                 date(s.verifiedOn), csvvalues::cadence(s.review), date(s.review.lastReviewedOn),
                 people.name(s.review.lastReviewedBy), s.notes});
    }
}

void policy(csv::Writer& out, const Store& store, const Names& people)
{
    const Policy p = store.policy();
    const auto row = [&out](const char* field, const QString& value, const QString& detail = {}) {
        out.row({QString::fromLatin1(field), value, detail});
    };
    row("title", p.title);
    row("version", p.version);
    row("status", key(p.status));
    row("approved_by", people.name(p.approvedBy));
    row("approved_on", date(p.approvedOn));
    row("effective_on", date(p.effectiveOn));
    row("allowed_groups", csvvalues::lines(p.allowedGroups));
    for (const DataClassRule& rule : p.dataClasses)
        out.row({QStringLiteral("data_class.") + key(rule.dataClass), key(rule.permission), rule.condition});
    std::vector<ReviewTier> tiers = p.reviewTiers;
    std::sort(tiers.begin(), tiers.end(), [](const ReviewTier& a, const ReviewTier& b) { return a.tier < b.tier; });
    for (const ReviewTier& tier : tiers)
        out.row({QStringLiteral("review_tier.%1").arg(tier.tier), tier.rule, tier.control});
    row("prohibited_uses", csvvalues::lines(p.prohibitedUses));
    row("training_opt_out", p.trainingOptOut);
    row("retention", p.retention);
    row("audit_fields", csvvalues::lines(p.auditFields));
    for (const PolicySection& section : p.sections)
        row("section", section.title, section.body);
}

void raci(csv::Writer& out, const Store& store, const Names& people)
{
    const Raci matrix = store.raci();
    QStringList header{QStringLiteral("activity")};
    QStringList holders{raciHoldersLabel()};
    for (const RaciRole& role : matrix.roles) {
        header.append(role.name);
        holders.append(csvvalues::lines(people.names(role.people)));
    }
    out.row(header);
    out.row(holders);
    std::vector<QStringList> rows;
    for (const RaciActivity& activity : matrix.activities)
        rows.push_back(QStringList{activity.name} + QStringList(qsizetype(matrix.roles.size())));
    for (const RaciCell& cell : matrix.cells) {
        if (cell.activity >= 0 && std::size_t(cell.activity) < rows.size() && cell.role >= 0 &&
            std::size_t(cell.role) < matrix.roles.size())
            rows[std::size_t(cell.activity)][cell.role + 1] = cell.letters;
    }
    for (const QStringList& row : rows)
        out.row(row);
}

void requests(csv::Writer& out, const Store& store, const Names& people)
{
    const Names connectorNames(store.connectorNames());
    const Names skillNames(store.skillNames());
    for (const ForumRequest& r : store.requests())
        out.row({r.title, key(r.kind), r.description, people.name(r.requestedBy), date(r.requestedOn),
                 connectorNames.name(r.connectorId), skillNames.name(r.skillId), key(r.status),
                 csvvalues::lines(people.names(r.deciders)), date(r.decidedOn), r.decision});
}

void incidents(csv::Writer& out, const Store& store, const Names& people)
{
    const Names connectorNames(store.connectorNames());
    const Names workspaceNames(store.workspaceNames());
    for (const Incident& i : store.incidents())
        out.row({i.title, date(i.occurredOn), people.name(i.reportedBy), key(i.severity), key(i.status),
                 csvvalues::lines(connectorNames.names(i.connectorIds)),
                 csvvalues::lines(workspaceNames.names(i.workspaceIds)), i.description, date(i.resolvedOn),
                 csvvalues::lines(i.followUps)});
}

void reviews(csv::Writer& out, const Store& store, const Names& people)
{
    std::vector<NamedId> kinds;
    for (const GovernanceObject& g : store.governanceObjects())
        kinds.push_back({g.id, key(g.kind)});
    const Names governance(kinds);
    const Names connectorNames(store.connectorNames());
    const Names skillNames(store.skillNames());
    const Names workspaceNames(store.workspaceNames());
    for (const Review& r : store.reviews()) {
        const Names* subjects = r.subjectType == QLatin1String("connector")    ? &connectorNames
                                : r.subjectType == QLatin1String("skill")      ? &skillNames
                                : r.subjectType == QLatin1String("workspace")  ? &workspaceNames
                                : r.subjectType == QLatin1String("governance") ? &governance
                                                                               : nullptr;
        // A review left pointing at nothing (changed behind Steward's back) is no part of the
        // inventory, as in the JSON export.
        if (!subjects || !subjects->contains(r.subjectId))
            continue;
        out.row({r.subjectType, subjects->name(r.subjectId), date(r.reviewedOn), people.name(r.reviewerId), r.notes});
    }
}

void audit(csv::Writer& out, const Store& store)
{
    for (const AuditEntry& e : store.auditTrail())
        out.row({QString::number(e.seq), e.at, e.actor, e.entity, QString::number(e.entityId), e.action, e.field,
                 e.oldValue, e.newValue, e.prevHash, e.hash});
}

} // namespace

QStringList csvColumns(InventoryObject object)
{
    switch (object) {
    case InventoryObject::Policy:
        return columnList({"field", "value", "detail"});
    case InventoryObject::Workspaces:
        return columnList({"name",
                           "purpose",
                           "owner",
                           "sponsor",
                           "function",
                           "status",
                           "seats",
                           "data_class",
                           "data_description",
                           "has_claude_md",
                           "claude_md_url",
                           "pilot_started_on",
                           "memory_checked_on",
                           "connectors",
                           "skills",
                           "tasks",
                           "cadence",
                           "last_reviewed",
                           "last_reviewed_by",
                           "notes"});
    case InventoryObject::Connectors:
        return columnList({"name", "system", "access", "read_scopes", "write_scopes", "sensitivity", "external", "tier",
                           "owner", "approved_by", "approved_on", "status", "cadence", "last_reviewed", "transport",
                           "endpoint", "notes"});
    case InventoryObject::Skills:
        return columnList({"name", "intended_use", "inputs", "outputs", "owner", "version", "status", "connectors",
                           "has_skill_md", "skill_md_url", "verified_on", "cadence", "last_reviewed",
                           "last_reviewed_by", "notes"});
    case InventoryObject::People:
        return columnList({"name", "email", "title", "team", "notes"});
    case InventoryObject::Raci:
        return columnList({"activity"});
    case InventoryObject::Requests:
        return columnList({"title", "kind", "description", "requested_by", "requested_on", "connector", "skill",
                           "status", "deciders", "decided_on", "decision"});
    case InventoryObject::Incidents:
        return columnList({"title", "occurred_on", "reported_by", "severity", "status", "connectors", "workspaces",
                           "description", "resolved_on", "follow_ups"});
    case InventoryObject::Reviews:
        return columnList({"subject_type", "subject", "reviewed_on", "reviewer", "notes"});
    case InventoryObject::Audit:
        return columnList({"seq", "at", "actor", "entity", "entity_id", "action", "field", "old_value", "new_value",
                           "prev_hash", "hash"});
    }
    return {};
}

QString raciHoldersLabel()
{
    return QStringLiteral("(held by)");
}

QByteArray csvExport(const Store& store, InventoryObject object, const CsvOptions& options)
{
    csv::Writer out(options.excel);
    const std::vector<NamedId> personNames = store.personNames();
    const Names people(personNames);
    if (object != InventoryObject::Raci) // its header names the roles
        out.row(csvColumns(object));
    switch (object) {
    case InventoryObject::Policy:
        policy(out, store, people);
        break;
    case InventoryObject::Workspaces:
        workspaces(out, store, people);
        break;
    case InventoryObject::Connectors:
        connectors(out, store, personNames);
        break;
    case InventoryObject::Skills:
        skills(out, store, people);
        break;
    case InventoryObject::People:
        exports::people(out, store);
        break;
    case InventoryObject::Raci:
        raci(out, store, people);
        break;
    case InventoryObject::Requests:
        requests(out, store, people);
        break;
    case InventoryObject::Incidents:
        incidents(out, store, people);
        break;
    case InventoryObject::Reviews:
        reviews(out, store, people);
        break;
    case InventoryObject::Audit:
        audit(out, store);
        break;
    }
    return out.take();
}

} // namespace steward::exports
