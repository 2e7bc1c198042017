#include "export/inventorytables.h"

#include "export/exportnames.h"
#include "rules/cadence.h"
#include "rules/reviewitems.h"
#include "store/store.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::exports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Export)
};

QString day(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString lines(const QStringList& items)
{
    return items.join(QLatin1Char('\n'));
}

// "Quarterly · last 2026-03-02 by Fatima Al-Sayed · next due 2026-06-02", or "… · never reviewed".
QString reviewText(const ReviewState& review, const Names& people)
{
    QStringList parts{rules::cadenceText(review)};
    if (!review.lastReviewedOn.isValid()) {
        parts.append(Tr::tr("never reviewed"));
    } else {
        const QString by = people.name(review.lastReviewedBy);
        parts.append(by.isEmpty() ? Tr::tr("last %1").arg(day(review.lastReviewedOn))
                                  : Tr::tr("last %1 by %2").arg(day(review.lastReviewedOn), by));
        parts.append(Tr::tr("next due %1").arg(day(rules::nextDue(review, review.lastReviewedOn))));
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString linkText(bool present, const QString& url)
{
    if (!present)
        return Tr::tr("No");
    return url.isEmpty() ? Tr::tr("Yes") : Tr::tr("Yes") + QLatin1Char('\n') + url;
}

ObjectSection workspaces(const Store& store, const Names& people)
{
    const Names connectors(store.connectorNames());
    const Names skills(store.skillNames());
    ObjectSection section;
    tables::Table table{{Tr::tr("Name"), Tr::tr("Purpose"), Tr::tr("Owner"), Tr::tr("Sponsor"), Tr::tr("Function"),
                         Tr::tr("Status"), Tr::tr("Seats"), Tr::tr("Data"), Tr::tr("CLAUDE.md"), Tr::tr("Connectors"),
                         Tr::tr("Skills"), Tr::tr("Scheduled tasks"), Tr::tr("Memory checked"), Tr::tr("Review"),
                         Tr::tr("Notes")},
                        {}};
    for (const Workspace& w : store.workspaces()) {
        QString status = label(w.status);
        if (w.status == WorkspaceStatus::Pilot && w.pilotStartedOn.isValid())
            status = Tr::tr("%1 since %2").arg(status, day(w.pilotStartedOn));
        const QString data = w.dataDescription.trimmed().isEmpty()
                                 ? label(w.dataClass)
                                 : label(w.dataClass) + QStringLiteral(": ") + w.dataDescription;
        QStringList tasks;
        for (const ScheduledTask& task : w.tasks) {
            QStringList details;
            if (!task.schedule.isEmpty())
                details.append(task.schedule);
            if (task.ownerId)
                details.append(people.name(task.ownerId));
            if (!task.active)
                details.append(Tr::tr("paused"));
            tasks.append(details.isEmpty()
                             ? task.name
                             : QStringLiteral("%1 (%2)").arg(task.name, details.join(QStringLiteral(", "))));
        }
        table.rows.push_back({w.name, w.purpose, people.name(w.ownerId), people.name(w.sponsorId), w.function, status,
                              QString::number(w.seats), data, linkText(w.hasClaudeMd, w.claudeMdUrl),
                              lines(connectors.names(w.connectorIds)), lines(skills.names(w.skillIds)), lines(tasks),
                              day(w.memoryCheckedOn), reviewText(w.review, people), w.notes});
    }
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("No workspaces yet.");
    return section;
}

QString serverText(const McpServer& server)
{
    QString endpoint = server.url;
    if (server.transport == Transport::Stdio || (server.transport == Transport::Unknown && endpoint.isEmpty())) {
        QStringList parts{server.command};
        parts += server.args;
        endpoint = parts.join(QLatin1Char(' ')).trimmed();
    }
    if (server.transport == Transport::Unknown)
        return endpoint;
    return endpoint.isEmpty() ? label(server.transport)
                              : QStringLiteral("%1: %2").arg(label(server.transport), endpoint);
}

ObjectSection connectors(const Store& store, const Names& people)
{
    ObjectSection section;
    tables::Table table{{Tr::tr("Name"), Tr::tr("System"), Tr::tr("Access"), Tr::tr("OAuth scopes"),
                         Tr::tr("Sensitivity"), Tr::tr("Leaves the organisation"), Tr::tr("Tier"), Tr::tr("Owner"),
                         Tr::tr("Status"), Tr::tr("Approved by"), Tr::tr("Approved on"), Tr::tr("MCP server"),
                         Tr::tr("Review"), Tr::tr("Notes")},
                        {}};
    for (const Connector& c : store.connectors()) {
        QStringList scopes;
        for (const OAuthScope& scope : c.scopes) {
            const QString head = QStringLiteral("%1 (%2)").arg(scope.scope, inSentence(label(scope.mode)));
            scopes.append(scope.justification.trimmed().isEmpty()
                              ? head
                              : QStringLiteral("%1: %2").arg(head, scope.justification.trimmed()));
        }
        QString status = label(c.status);
        if (c.status == ApprovalStatus::PendingReapproval && c.widenedOn.isValid()) {
            const QString by = people.name(c.widenedBy);
            status += QLatin1Char('\n') + (by.isEmpty() ? Tr::tr("widened on %1").arg(day(c.widenedOn))
                                                        : Tr::tr("widened by %1 on %2").arg(by, day(c.widenedOn)));
        }
        table.rows.push_back({c.name, c.system, label(c.access), lines(scopes), label(c.sensitivity), yesNo(c.external),
                              QString::number(c.tier), people.name(c.ownerId), status, people.name(c.approvedBy),
                              day(c.approvedOn), serverText(c.server), reviewText(c.review, people), c.notes});
    }
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("No connectors yet.");
    return section;
}

ObjectSection skills(const Store& store, const Names& people)
{
    const Names connectors(store.connectorNames());
    ObjectSection section;
    tables::Table table{{Tr::tr("Name"), Tr::tr("Intended use"), Tr::tr("Inputs"), Tr::tr("Outputs"), Tr::tr("Owner"),
                         Tr::tr("Version"), Tr::tr("Status"), Tr::tr("Connectors"), Tr::tr("SKILL.md"),
                         Tr::tr("Verified after a model update"), Tr::tr("Review"), Tr::tr("Notes")},
                        {}};
    for (const Skill& s : store.skills())
        table.rows.push_back({s.name, s.intendedUse, s.inputs, s.outputs, people.name(s.ownerId), s.version,
                              label(s.status), lines(connectors.names(s.connectorIds)),
                              linkText(s.hasSkillMd, s.skillMdUrl), day(s.verifiedOn), reviewText(s.review, people),
                              s.notes});
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("No skills yet.");
    return section;
}

ObjectSection peopleSection(const Store& store)
{
    ObjectSection section;
    tables::Table table{{Tr::tr("Name"), Tr::tr("E-mail"), Tr::tr("Title"), Tr::tr("Team"), Tr::tr("Notes")}, {}};
    for (const Person& p : store.people())
        table.rows.push_back({p.name, p.email, p.title, p.team, p.notes});
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("Nobody in the directory yet.");
    return section;
}

ObjectSection raci(const Store& store, const Names& people)
{
    const Raci matrix = store.raci();
    ObjectSection section;
    section.empty = Tr::tr("No RACI matrix yet.");
    if (matrix.roles.empty() && matrix.activities.empty())
        return section;
    tables::Table grid{{Tr::tr("Activity")}, {}};
    tables::Table holders{{Tr::tr("Role"), Tr::tr("Held by")}, {}};
    for (const RaciRole& role : matrix.roles) {
        grid.headers.append(role.name);
        holders.rows.push_back({role.name, lines(people.names(role.people))});
    }
    for (const RaciActivity& activity : matrix.activities)
        grid.rows.push_back(QStringList{activity.name} + QStringList(qsizetype(matrix.roles.size())));
    for (const RaciCell& cell : matrix.cells) {
        if (cell.activity >= 0 && std::size_t(cell.activity) < grid.rows.size() && cell.role >= 0 &&
            std::size_t(cell.role) < matrix.roles.size())
            grid.rows[std::size_t(cell.activity)][cell.role + 1] = cell.letters;
    }
    section.tables.push_back(grid);
    // Who holds the roles, when anyone is named: a table of empty cells says nothing.
    if (std::any_of(matrix.roles.begin(), matrix.roles.end(), [](const RaciRole& r) { return !r.people.empty(); }))
        section.tables.push_back(holders);
    return section;
}

ObjectSection requests(const Store& store, const Names& people)
{
    const Names connectors(store.connectorNames());
    const Names skills(store.skillNames());
    ObjectSection section;
    tables::Table table{{Tr::tr("Title"), Tr::tr("Kind"), Tr::tr("Concerns"), Tr::tr("Requested by"),
                         Tr::tr("Requested on"), Tr::tr("Status"), Tr::tr("Deciders"), Tr::tr("Decided on"),
                         Tr::tr("Decision"), Tr::tr("Description")},
                        {}};
    for (const ForumRequest& r : store.requests()) {
        QStringList concerned;
        for (const QString& name : {connectors.name(r.connectorId), skills.name(r.skillId)}) {
            if (!name.isEmpty())
                concerned.append(name);
        }
        table.rows.push_back({r.title, label(r.kind), lines(concerned), people.name(r.requestedBy), day(r.requestedOn),
                              label(r.status), lines(people.names(r.deciders)), day(r.decidedOn), r.decision,
                              r.description});
    }
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("No requests yet.");
    return section;
}

ObjectSection incidents(const Store& store, const Names& people)
{
    const Names connectors(store.connectorNames());
    const Names workspaces(store.workspaceNames());
    ObjectSection section;
    tables::Table table{{Tr::tr("Title"), Tr::tr("Occurred on"), Tr::tr("Reported by"), Tr::tr("Severity"),
                         Tr::tr("Status"), Tr::tr("Connectors"), Tr::tr("Workspaces"), Tr::tr("Resolved on"),
                         Tr::tr("Description"), Tr::tr("Follow-ups")},
                        {}};
    for (const Incident& i : store.incidents())
        table.rows.push_back({i.title, day(i.occurredOn), people.name(i.reportedBy), label(i.severity), label(i.status),
                              lines(connectors.names(i.connectorIds)), lines(workspaces.names(i.workspaceIds)),
                              day(i.resolvedOn), i.description, lines(i.followUps)});
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("No incidents recorded.");
    return section;
}

ObjectSection reviews(const Store& store, const Names& people)
{
    std::vector<NamedId> kinds;
    for (const GovernanceObject& g : store.governanceObjects())
        kinds.push_back({g.id, label(g.kind)});
    const Names governance(kinds);
    const Names connectors(store.connectorNames());
    const Names skills(store.skillNames());
    const Names workspaces(store.workspaceNames());
    ObjectSection section;
    tables::Table table{{Tr::tr("Reviewed on"), Tr::tr("Subject"), Tr::tr("Reviewer"), Tr::tr("Notes")}, {}};
    for (const Review& r : store.reviews()) {
        const Names* subjects = r.subjectType == QLatin1String("connector")    ? &connectors
                                : r.subjectType == QLatin1String("skill")      ? &skills
                                : r.subjectType == QLatin1String("workspace")  ? &workspaces
                                : r.subjectType == QLatin1String("governance") ? &governance
                                                                               : nullptr;
        if (!subjects || !subjects->contains(r.subjectId))
            continue;
        const QString subject =
            r.subjectType == QLatin1String("governance")
                ? subjects->name(r.subjectId)
                : QStringLiteral("%1: %2").arg(rules::subjectLabel(r.subjectType), subjects->name(r.subjectId));
        table.rows.push_back({day(r.reviewedOn), subject, people.name(r.reviewerId), r.notes});
    }
    if (!table.rows.empty())
        section.tables.push_back(table);
    section.empty = Tr::tr("No reviews recorded yet.");
    return section;
}

} // namespace

QString governanceSummary(const Store& store, GovernanceKind kind)
{
    const Names people(store.personNames());
    const GovernanceObject object = store.governanceObject(kind);
    const QString owner = people.name(object.ownerId);
    QStringList parts{owner.isEmpty() ? Tr::tr("Owner: nobody yet") : Tr::tr("Owner: %1").arg(owner),
                      Tr::tr("Review: %1").arg(reviewText(object.review, people))};
    if (!object.location.trimmed().isEmpty())
        parts.append(Tr::tr("Page: %1").arg(object.location.trimmed()));
    return parts.join(QStringLiteral(" \u00b7 "));
}

ObjectSection objectSection(const Store& store, InventoryObject object)
{
    const Names people(store.personNames());
    ObjectSection section;
    switch (object) {
    case InventoryObject::Workspaces:
        section = workspaces(store, people);
        section.summary = governanceSummary(store, GovernanceKind::Workspaces);
        break;
    case InventoryObject::Connectors:
        section = connectors(store, people);
        section.summary = governanceSummary(store, GovernanceKind::Connectors);
        break;
    case InventoryObject::Skills:
        section = skills(store, people);
        section.summary = governanceSummary(store, GovernanceKind::Skills);
        break;
    case InventoryObject::People:
        section = peopleSection(store);
        break;
    case InventoryObject::Raci:
        section = raci(store, people);
        break;
    case InventoryObject::Requests:
        section = requests(store, people);
        break;
    case InventoryObject::Incidents:
        section = incidents(store, people);
        break;
    case InventoryObject::Reviews:
        section = reviews(store, people);
        break;
    case InventoryObject::Policy:
    case InventoryObject::Audit:
        break;
    }
    section.title = objectTitle(object);
    return section;
}

} // namespace steward::exports
