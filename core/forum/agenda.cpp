#include "forum/agenda.h"

#include "rules/cadence.h"
#include "rules/findings.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <set>

namespace steward::forum {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::forum)
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

class Names
{
public:
    explicit Names(const rules::LintInput& input)
    {
        for (const Person& p : input.people)
            m_people.insert(p.id, p.name);
        for (const Connector& c : input.connectors) {
            m_connectors.insert(c.id, c.name);
            m_tiers.insert(c.id, c.tier);
        }
        for (const Skill& s : input.skills)
            m_skills.insert(s.id, s.name);
        for (const Workspace& w : input.workspaces)
            m_workspaces.insert(w.id, w.name);
    }
    QString person(Id id) const { return m_people.value(id); }
    QString connector(Id id) const { return m_connectors.value(id); }
    QString workspace(Id id) const { return m_workspaces.value(id); }
    QString skill(Id id) const { return m_skills.value(id); }
    int tier(Id connectorId) const { return m_tiers.value(connectorId, 0); }

private:
    QHash<Id, QString> m_skills;
    QHash<Id, int> m_tiers;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_connectors;
    QHash<Id, QString> m_workspaces;
};

QString sinceText(const Figures& figures)
{
    return figures.sinceForum ? Tr::tr("Since the forum of %1").arg(dateText(figures.since))
                              : Tr::tr("No forum meeting is recorded: the last %1 days, since %2")
                                    .arg(defaultSinceDays)
                                    .arg(dateText(figures.since));
}

AgendaItem usage(const Figures& figures, const rules::LintInput& input)
{
    const InventoryCounts& c = figures.counts;
    AgendaItem item;
    item.key = QStringLiteral("usage");
    item.title = Tr::tr("Usage");
    item.figures = {
        {Tr::tr("Seats"), number(c.seats)},
        {Tr::tr("Workspaces in use"), number(c.workspacesInUse())},
        {Tr::tr("In pilot"), number(c.workspacesByStatus[std::size_t(WorkspaceStatus::Pilot)])},
        {Tr::tr("Steady state"), number(c.workspacesByStatus[std::size_t(WorkspaceStatus::Active)])},
        {Tr::tr("Active skills"), number(c.skillsByStatus[std::size_t(SkillStatus::Active)])},
        {Tr::tr("Connectors in use"), number(c.connectorsInUse())},
    };
    if (c.pilotsOverdue > 0)
        item.figures.push_back({Tr::tr("Pilots past graduation"), number(c.pilotsOverdue), true});
    item.subtitle = Tr::tr("Workspaces and seats by business function; archived workspaces left out");
    struct Row
    {
        int workspaces = 0;
        int pilots = 0;
        int seats = 0;
    };
    QMap<QString, Row> byFunction; // sorted by function
    for (const Workspace& w : input.workspaces) {
        if (w.status == WorkspaceStatus::Archived)
            continue;
        Row& row = byFunction[w.function.trimmed().isEmpty() ? Tr::tr("(no function)") : w.function.trimmed()];
        ++row.workspaces;
        row.seats += w.seats;
        if (w.status == WorkspaceStatus::Pilot)
            ++row.pilots;
    }
    item.table.headers = {Tr::tr("Function"), Tr::tr("Workspaces"), Tr::tr("In pilot"), Tr::tr("Seats")};
    for (auto it = byFunction.cbegin(); it != byFunction.cend(); ++it)
        item.table.rows.push_back({it.key(), number(it->workspaces), number(it->pilots), number(it->seats)});
    item.empty = item.table.rows.empty();
    item.emptyText = Tr::tr("No workspace is in use yet.");
    return item;
}

QString involves(const Incident& incident, const Names& names)
{
    QStringList parts;
    for (Id id : incident.connectorIds)
        parts.append(names.connector(id));
    for (Id id : incident.workspaceIds)
        parts.append(names.workspace(id));
    return parts.join(QStringLiteral(", "));
}

AgendaItem incidents(const Figures& figures, const Names& names)
{
    AgendaItem item;
    item.key = QStringLiteral("incidents");
    item.title = Tr::tr("Incidents");
    item.subtitle = sinceText(figures);
    item.figures = {{Tr::tr("Open"), number(qint64(figures.openIncidents.size())), !figures.openIncidents.empty()},
                    {Tr::tr("Since the last forum"), number(qint64(figures.incidentsSince.size()))}};
    item.table.headers = {Tr::tr("Date"), Tr::tr("Incident"), Tr::tr("Severity"), Tr::tr("Status"), Tr::tr("Involves")};
    std::set<Id> shown;
    auto add = [&](const Incident& incident) {
        if (!shown.insert(incident.id).second)
            return;
        item.table.rows.push_back({shortDateText(incident.occurredOn), incident.title, label(incident.severity),
                                   label(incident.status), involves(incident, names)});
    };
    for (const Incident& incident : figures.openIncidents)
        add(incident);
    for (const Incident& incident : figures.incidentsSince)
        add(incident);
    item.empty = item.table.rows.empty();
    item.emptyText =
        figures.sinceForum
            ? Tr::tr("No incident is open, and none occurred since the forum of %1.").arg(dateText(figures.since))
            : Tr::tr("No incident is open, and none occurred in the last %1 days.").arg(defaultSinceDays);
    return item;
}

AgendaItem requests(const Figures& figures, const Names& names, bool connectorItem)
{
    AgendaItem item;
    item.key = connectorItem ? QStringLiteral("connector-requests") : QStringLiteral("skill-requests");
    item.title = connectorItem ? Tr::tr("New connector requests") : Tr::tr("New skill and workflow requests");
    item.subtitle = connectorItem ? Tr::tr("Open requests for new connectors and wider scopes, oldest first")
                                  : Tr::tr("Open requests for new skills and high-risk workflows, oldest first");
    item.table.headers = {Tr::tr("Requested"), Tr::tr("Request"),  Tr::tr("Kind"),
                          Tr::tr("Concerns"),  Tr::tr("Asked by"), Tr::tr("Why")};
    item.detailColumn = int(item.table.headers.size()) - 1; // "Why"
    for (const ForumRequest& request : figures.openRequests) {
        if (isConnectorItemRequest(request) != connectorItem)
            continue;
        item.requestIds.push_back(request.id);
        QStringList concerns;
        if (request.connectorId) {
            const int tier = names.tier(request.connectorId);
            concerns.append(tier ? Tr::tr("%1 (tier %2)").arg(names.connector(request.connectorId)).arg(tier)
                                 : names.connector(request.connectorId));
        }
        if (request.skillId)
            concerns.append(names.skill(request.skillId));
        item.table.rows.push_back({shortDateText(request.requestedOn), request.title, label(request.kind),
                                   concerns.join(QStringLiteral(", ")), names.person(request.requestedBy),
                                   request.description});
    }
    item.figures = {{Tr::tr("Open"), number(qint64(item.table.rows.size()))}};
    item.empty = item.table.rows.empty();
    item.emptyText = connectorItem ? Tr::tr("No connector request is waiting for the forum.")
                                   : Tr::tr("No skill or workflow request is waiting for the forum.");
    return item;
}

AgendaItem posture(const QString& key, const QString& title, const QString& text, const rules::LintInput& input)
{
    AgendaItem item;
    item.key = key;
    item.title = title;
    const Policy& policy = input.policy;
    item.subtitle =
        policy.version.isEmpty()
            ? Tr::tr("As the acceptable-use policy states it (%1)").arg(label(policy.status))
            : Tr::tr("As the acceptable-use policy %1 states it (%2)").arg(policy.version, label(policy.status));
    item.text = text.trimmed();
    item.empty = item.text.isEmpty();
    item.emptyText = key == QLatin1String("training-opt-out")
                         ? Tr::tr("The policy states no training-opt-out posture yet.")
                         : Tr::tr("The policy states no retention posture yet.");
    return item;
}

AgendaItem overdueReviews(const Figures& figures, const Names& names)
{
    AgendaItem item;
    item.key = QStringLiteral("overdue-reviews");
    item.title = Tr::tr("Overdue reviews");
    item.subtitle = Tr::tr("Overdue first, then those due soon, by due date");
    item.figures = {{Tr::tr("Overdue"), number(qint64(figures.overdue.size())), !figures.overdue.empty()},
                    {Tr::tr("Due soon"), number(qint64(figures.dueSoon.size()))}};
    item.table.headers = {Tr::tr("Due"),   Tr::tr("Item"),    Tr::tr("Kind"),
                          Tr::tr("Owner"), Tr::tr("Cadence"), Tr::tr("State")};
    auto add = [&](const rules::ReviewItem& review, const QString& state) {
        item.table.rows.push_back({shortDateText(review.due), review.name, rules::subjectLabel(review.subjectType),
                                   names.person(review.ownerId), rules::cadenceText(review.review), state});
    };
    for (const rules::ReviewItem& review : figures.overdue)
        add(review, Tr::tr("Overdue"));
    for (const rules::ReviewItem& review : figures.dueSoon)
        add(review, Tr::tr("Due soon"));
    item.empty = item.table.rows.empty();
    item.emptyText = Tr::tr("Every review is up to date: nothing is overdue or due soon.");
    return item;
}

AgendaItem connectorChanges(const Figures& figures)
{
    AgendaItem item;
    item.key = QStringLiteral("connector-changes");
    item.title = Tr::tr("Connector inventory changes");
    item.subtitle = sinceText(figures);
    const std::vector<Change> changes = figures.connectorChanges();
    int counts[3] = {0, 0, 0};
    item.table.headers = {Tr::tr("When"), Tr::tr("Connector"), Tr::tr("What"), Tr::tr("Fields"), Tr::tr("By")};
    for (const Change& change : changes) {
        ++counts[int(change.what)];
        const QDateTime at = QDateTime::fromString(change.lastAt, Qt::ISODateWithMs);
        item.table.rows.push_back({shortDateText(at.date()), change.name, whatLabel(change.what),
                                   fieldsText(change.fields), change.actors.join(QStringLiteral(", "))});
    }
    const InventoryCounts& c = figures.counts;
    item.figures = {{Tr::tr("Added"), number(counts[0])},
                    {Tr::tr("Changed"), number(counts[1])},
                    {Tr::tr("Removed"), number(counts[2])},
                    {Tr::tr("In use"), number(c.connectorsInUse())},
                    {Tr::tr("Read-write"), number(c.connectorsWithAccess(Access::ReadWrite))},
                    {Tr::tr("Tier 3"), number(c.connectorsByTierAccess[2][0] + c.connectorsByTierAccess[2][1])}};
    item.empty = item.table.rows.empty();
    item.emptyText =
        figures.sinceForum
            ? Tr::tr("No connector was added, changed or removed since the forum of %1.").arg(dateText(figures.since))
            : Tr::tr("No connector was added, changed or removed in the last %1 days.").arg(defaultSinceDays);
    return item;
}

AgendaItem raci(const rules::LintInput& input)
{
    AgendaItem item;
    item.key = QStringLiteral("raci");
    item.title = Tr::tr("RACI");
    item.subtitle = Tr::tr("R responsible · A accountable · C consulted · I informed");
    const Raci& matrix = input.raci;
    item.table.headers = {Tr::tr("Activity")};
    for (const RaciRole& role : matrix.roles)
        item.table.headers.append(role.name);
    for (std::size_t a = 0; a < matrix.activities.size(); ++a) {
        QStringList row = {matrix.activities[a].name};
        for (std::size_t r = 0; r < matrix.roles.size(); ++r)
            row.append(QString());
        item.table.rows.push_back(row);
    }
    for (const RaciCell& cell : matrix.cells) {
        if (cell.activity >= 0 && std::size_t(cell.activity) < item.table.rows.size() && cell.role >= 0 &&
            std::size_t(cell.role) < matrix.roles.size())
            item.table.rows[std::size_t(cell.activity)][cell.role + 1] = cell.letters;
    }
    item.empty = item.table.rows.empty() || matrix.roles.empty();
    item.emptyText = Tr::tr("The RACI matrix is empty.");
    return item;
}

} // namespace

bool isConnectorItemRequest(const ForumRequest& request)
{
    return request.kind == RequestKind::Connector || request.kind == RequestKind::ScopeChange;
}

QString dateText(const QDate& date)
{
    //: A QDate format: d day, MMMM the month's name, yyyy the year ("3 November 2026";
    //: German "d. MMMM yyyy").
    return date.isValid() ? QLocale().toString(date, Tr::tr("d MMMM yyyy")) : QString();
}

QString shortDateText(const QDate& date)
{
    //: A QDate format with the month's short name: "3 Nov 2026" (German "d. MMM yyyy").
    return date.isValid() ? QLocale().toString(date, Tr::tr("d MMM yyyy")) : QString();
}

std::vector<AgendaItem> agenda(const Figures& figures, const rules::LintInput& input)
{
    const Names names(input);
    return {usage(figures, input),
            incidents(figures, names),
            requests(figures, names, true),
            requests(figures, names, false),
            posture(QStringLiteral("training-opt-out"), Tr::tr("Training-opt-out posture"), input.policy.trainingOptOut,
                    input),
            posture(QStringLiteral("retention"), Tr::tr("Retention posture"), input.policy.retention, input),
            overdueReviews(figures, names),
            connectorChanges(figures),
            raci(input)};
}

} // namespace steward::forum
