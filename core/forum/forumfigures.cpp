#include "forum/forumfigures.h"

#include "rules/findings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace steward::forum {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::forum)
};

// What a table's rows are part of: the kind of object and the column naming its parent ("" when
// the row is the object itself).
struct TableKind
{
    QString kind;
    QString parentColumn;
};

TableKind tableKind(const QString& table)
{
    static const QHash<QString, TableKind> kinds = {
        {QStringLiteral("connectors"), {QStringLiteral("connector"), {}}},
        {QStringLiteral("connector_scopes"), {QStringLiteral("connector"), QStringLiteral("connector_id")}},
        {QStringLiteral("workspaces"), {QStringLiteral("workspace"), {}}},
        {QStringLiteral("scheduled_tasks"), {QStringLiteral("workspace"), QStringLiteral("workspace_id")}},
        {QStringLiteral("workspace_connectors"), {QStringLiteral("workspace"), QStringLiteral("workspace_id")}},
        {QStringLiteral("workspace_skills"), {QStringLiteral("workspace"), QStringLiteral("workspace_id")}},
        {QStringLiteral("skills"), {QStringLiteral("skill"), {}}},
        {QStringLiteral("skill_connectors"), {QStringLiteral("skill"), QStringLiteral("skill_id")}},
        {QStringLiteral("people"), {QStringLiteral("person"), {}}},
        {QStringLiteral("governance_objects"), {QStringLiteral("governance"), {}}},
        {QStringLiteral("reviews"), {QStringLiteral("review"), {}}},
        {QStringLiteral("requests"), {QStringLiteral("request"), {}}},
        {QStringLiteral("incidents"), {QStringLiteral("incident"), {}}},
    };
    const auto found = kinds.constFind(table);
    if (found != kinds.constEnd())
        return *found;
    if (table.startsWith(QLatin1String("policy")))
        return {QStringLiteral("policy"), QStringLiteral("-")};
    if (table.startsWith(QLatin1String("raci")))
        return {QStringLiteral("raci"), QStringLiteral("-")};
    if (table.startsWith(QLatin1String("request")))
        return {QStringLiteral("request"), QStringLiteral("request_id")};
    if (table.startsWith(QLatin1String("incident")))
        return {QStringLiteral("incident"), QStringLiteral("incident_id")};
    if (table.startsWith(QLatin1String("forum")))
        return {QStringLiteral("forum"), QStringLiteral("meeting_id")};
    return {QStringLiteral("settings"), QStringLiteral("-")};
}

QJsonObject rowJson(const AuditEntry& entry)
{
    const QString& text = entry.action == QLatin1String("delete") ? entry.oldValue : entry.newValue;
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The names of the objects as they are now, by kind and id.
QHash<QString, QHash<Id, QString>> currentNames(const rules::LintInput& input)
{
    QHash<QString, QHash<Id, QString>> names;
    for (const Connector& c : input.connectors)
        names[QStringLiteral("connector")].insert(c.id, c.name);
    for (const Workspace& w : input.workspaces)
        names[QStringLiteral("workspace")].insert(w.id, w.name);
    for (const Skill& s : input.skills)
        names[QStringLiteral("skill")].insert(s.id, s.name);
    for (const Person& p : input.people)
        names[QStringLiteral("person")].insert(p.id, p.name);
    for (const GovernanceObject& g : input.governance)
        names[QStringLiteral("governance")].insert(g.id, label(g.kind));
    return names;
}

// Children whose update rows name only their own id: their parent, from the rows as they are now.
QHash<QString, QHash<Id, Id>> currentParents(const rules::LintInput& input)
{
    QHash<QString, QHash<Id, Id>> parents;
    for (const Connector& c : input.connectors) {
        for (const OAuthScope& scope : c.scopes)
            parents[QStringLiteral("connector_scopes")].insert(scope.id, c.id);
    }
    for (const Workspace& w : input.workspaces) {
        for (const ScheduledTask& task : w.tasks)
            parents[QStringLiteral("scheduled_tasks")].insert(task.id, w.id);
    }
    return parents;
}

int severityRank(Severity severity)
{
    return -int(severity);
}

} // namespace

int InventoryCounts::connectorsInUse() const
{
    int total = 0;
    for (const auto& tier : connectorsByTierAccess)
        total += tier[0] + tier[1];
    return total;
}

int InventoryCounts::connectorsWithAccess(Access access) const
{
    int total = 0;
    for (const auto& tier : connectorsByTierAccess)
        total += tier[std::size_t(access)];
    return total;
}

int InventoryCounts::workspacesInUse() const
{
    return workspacesByStatus[std::size_t(WorkspaceStatus::Pilot)] +
           workspacesByStatus[std::size_t(WorkspaceStatus::Active)];
}

std::vector<Change> Figures::connectorChanges() const
{
    std::vector<Change> result;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(result),
                 [](const Change& c) { return c.kind == QLatin1String("connector"); });
    return result;
}

void Figures::keepNewestChanges(std::size_t n)
{
    if (changes.size() <= n)
        return;
    changes.erase(changes.begin() + std::ptrdiff_t(n), changes.end());
    changes.shrink_to_fit();
}

InventoryCounts countInventory(const rules::LintInput& input, const QDate& today)
{
    InventoryCounts counts;
    for (const Connector& c : input.connectors) {
        ++counts.connectorsByStatus[std::size_t(c.status)];
        if (c.status == ApprovalStatus::Revoked) {
            ++counts.connectorsRevoked;
            continue;
        }
        const std::size_t tier = std::size_t(std::clamp(c.tier, 1, 3) - 1);
        ++counts.connectorsByTierAccess[tier][std::size_t(c.access)];
    }
    for (const Workspace& w : input.workspaces) {
        ++counts.workspacesByStatus[std::size_t(w.status)];
        if (w.status == WorkspaceStatus::Archived)
            continue;
        counts.seats += w.seats;
        if (w.status == WorkspaceStatus::Pilot) {
            counts.pilotSeats += w.seats;
            if (rules::pilotOverdue(w, input.settings.pilotWeeks, today))
                ++counts.pilotsOverdue;
            else
                ++counts.pilotsInTime;
        }
    }
    for (const Skill& s : input.skills)
        ++counts.skillsByStatus[std::size_t(s.status)];
    return counts;
}

namespace {

// Sums audit rows into changes per object, a row at a time (see summariseChanges).
class ChangeSummary
{
public:
    ChangeSummary(const QString& fromIso, const rules::LintInput& input)
        : m_fromIso(fromIso)
        , m_input(input)
        , m_names(currentNames(input))
        , m_parents(currentParents(input))
    {
    }
    void add(const AuditEntry& entry);
    std::vector<Change> result();

private:
    QString m_fromIso;
    const rules::LintInput& m_input;
    QHash<QString, QHash<Id, QString>> m_names;
    QHash<QString, QHash<Id, Id>> m_parents;
    std::vector<Change> m_changes;
    QHash<std::pair<QString, Id>, std::size_t> m_index; // (kind, id) → position in m_changes
};

void ChangeSummary::add(const AuditEntry& entry)
{
    if (entry.at < m_fromIso)
        return;
    const TableKind table = tableKind(entry.entity);
    Id id = entry.entityId;
    const bool isObject = table.parentColumn.isEmpty();
    if (table.parentColumn == QLatin1String("-")) {
        id = 0; // the policy, the matrix, the settings: one object each
    } else if (!isObject) {
        const QJsonObject row = rowJson(entry);
        const QJsonValue parent = row.value(table.parentColumn);
        if (parent.isString())
            id = parent.toString().toLongLong();
        else
            id = m_parents.value(entry.entity).value(entry.entityId, 0);
    }
    const std::pair<QString, Id> key(table.kind, id);
    auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        Change change;
        change.kind = table.kind;
        change.id = id;
        change.name = m_names.value(table.kind).value(id);
        found = m_index.insert(key, m_changes.size());
        m_changes.push_back(change);
    }
    Change& change = m_changes[*found];
    ++change.rows;
    change.lastAt = std::max(change.lastAt, entry.at);
    if (!change.actors.contains(entry.actor))
        change.actors.append(entry.actor);
    if (isObject && entry.action == QLatin1String("create")) {
        change.what = change.what == Change::What::Removed ? Change::What::Changed : Change::What::Added;
    } else if (isObject && entry.action == QLatin1String("delete")) {
        // Added and removed again in the period: still worth a line, as removed.
        change.what = Change::What::Removed;
    } else {
        const QString field = entry.field.isEmpty() ? entry.entity : entry.field;
        if (!change.fields.contains(field))
            change.fields.append(field);
    }
    if (change.name.isEmpty()) {
        const QJsonObject row = rowJson(entry);
        const QString name = row.value(QStringLiteral("name")).toString();
        change.name = name.isEmpty() ? row.value(QStringLiteral("title")).toString() : name;
    }
}

std::vector<Change> ChangeSummary::result()
{
    std::vector<Change>& changes = m_changes;
    const rules::LintInput& input = m_input;
    for (Change& change : changes) {
        // An object added or removed in the period is that, not a list of the rows it came with.
        if (change.what != Change::What::Changed)
            change.fields.clear();
        if (change.name.isEmpty()) {
            if (change.kind == QLatin1String("policy"))
                change.name = input.policy.title.isEmpty() ? Tr::tr("Acceptable-use policy") : input.policy.title;
            else if (change.kind == QLatin1String("raci"))
                change.name = Tr::tr("RACI matrix");
            else if (change.kind == QLatin1String("settings"))
                change.name = Tr::tr("Inventory settings");
            else
                change.name = QStringLiteral("#%1").arg(change.id);
        }
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.lastAt > b.lastAt; });
    return std::move(m_changes);
}

} // namespace

std::vector<Change> summariseChanges(const Store& store, const QDate& since, const QString& fromIso,
                                     const rules::LintInput& input)
{
    ChangeSummary summary(fromIso, input);
    store.forEachAuditSince(since, [&summary](const AuditEntry& entry) { summary.add(entry); });
    return summary.result();
}

QDate lastForumDate(const Store& store)
{
    const std::optional<ForumMeeting> last = store.lastForumMeeting();
    return last ? last->heldOn : QDate();
}

QDate lastForumDateBefore(const Store& store, const QDate& date)
{
    QDate latest;
    for (const ForumMeeting& meeting : store.forumMeetings()) {
        if (meeting.heldOn < date && meeting.heldOn > latest)
            latest = meeting.heldOn;
    }
    return latest;
}

Figures readFiguresSince(const Store& store, const rules::LintInput& input, const QDate& today, const QDate& lastForum)
{
    Figures figures;
    figures.today = today;
    figures.sinceForum = lastForum.isValid();
    figures.since = lastForum.isValid() ? lastForum : today.addDays(-defaultSinceDays);
    figures.counts = countInventory(input, today);

    for (const rules::ReviewItem& item : rules::reviewItems(input, today)) {
        if (item.state == rules::DueState::Overdue)
            figures.overdue.push_back(item);
        else if (item.state == rules::DueState::DueSoon)
            figures.dueSoon.push_back(item);
    }
    for (const ForumRequest& request : store.requests()) {
        if (request.status == RequestStatus::Open)
            figures.openRequests.push_back(request);
    }
    std::stable_sort(figures.openRequests.begin(), figures.openRequests.end(),
                     [](const ForumRequest& a, const ForumRequest& b) { return a.requestedOn < b.requestedOn; });
    for (const Incident& incident : store.incidents()) {
        if (incident.status != IncidentStatus::Resolved)
            figures.openIncidents.push_back(incident);
        if (incident.occurredOn.isValid() && incident.occurredOn >= figures.since)
            figures.incidentsSince.push_back(incident);
    }
    std::stable_sort(
        figures.openIncidents.begin(), figures.openIncidents.end(),
        [](const Incident& a, const Incident& b) { return severityRank(a.severity) < severityRank(b.severity); });

    const QString fromIso = figures.since.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    figures.changes = summariseChanges(store, figures.since, fromIso, input);
    figures.changeCount = figures.changes.size();
    return figures;
}

Figures readFigures(const Store& store, const rules::LintInput& input, const QDate& today)
{
    return readFiguresSince(store, input, today, lastForumDate(store));
}

Figures readFigures(const Store& store, const QDate& today)
{
    return readFigures(store, rules::readLintInput(store), today);
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("connector"))
        return Tr::tr("Connector");
    if (kind == QLatin1String("workspace"))
        return Tr::tr("Workspace");
    if (kind == QLatin1String("skill"))
        return Tr::tr("Skill");
    if (kind == QLatin1String("person"))
        return Tr::tr("Person");
    if (kind == QLatin1String("policy"))
        return Tr::tr("Policy");
    if (kind == QLatin1String("raci"))
        return Tr::tr("RACI");
    if (kind == QLatin1String("governance"))
        return Tr::tr("Governance object");
    if (kind == QLatin1String("review"))
        return Tr::tr("Review");
    if (kind == QLatin1String("request"))
        return Tr::tr("Request");
    if (kind == QLatin1String("incident"))
        return Tr::tr("Incident");
    if (kind == QLatin1String("forum"))
        return Tr::tr("Forum meeting");
    return Tr::tr("Settings");
}

QString fieldsText(const QStringList& fields)
{
    QStringList names;
    for (QString field : fields) {
        if (field.endsWith(QLatin1String("_id")))
            field.chop(3);
        field.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!names.contains(field))
            names.append(field);
    }
    return names.join(QStringLiteral(", "));
}

QString whatLabel(Change::What what)
{
    switch (what) {
    case Change::What::Added:
        return Tr::tr("added");
    case Change::What::Changed:
        return Tr::tr("changed");
    case Change::What::Removed:
        return Tr::tr("removed");
    }
    return {};
}

} // namespace steward::forum
