#include "forum/incidenttablemodel.h"

#include "store/store.h"

namespace steward::ui {
namespace {

// The names of several linked rows in one cell, as the table shows them.
QString namesOf(const QHash<Id, QString>& names, const std::vector<Id>& ids)
{
    QStringList list;
    for (Id id : ids)
        list.append(names.value(id));
    return list.join(QStringLiteral(", "));
}

} // namespace

void IncidentTableModel::reload()
{
    std::vector<Incident> rows = m_store ? m_store->incidents() : std::vector<Incident>();
    std::vector<Id> people;
    QHash<Id, QString> connectors;
    QHash<Id, QString> workspaces;
    // Only the connectors and workspaces incidents name, one by one, while they are few; past
    // that, one read of each table is far cheaper than a read per row (a large inventory has
    // thousands of incidents).
    const bool readAll = rows.size() > LookupLimit;
    if (readAll) {
        for (const NamedId& connector : m_store->connectorNames())
            connectors.insert(connector.id, connector.name);
        for (const NamedId& workspace : m_store->workspaceNames())
            workspaces.insert(workspace.id, workspace.name);
    }
    for (const Incident& incident : rows) {
        people.push_back(incident.reportedBy);
        if (readAll)
            continue;
        for (Id id : incident.connectorIds) {
            if (!connectors.contains(id)) {
                const std::optional<steward::Connector> connector = m_store->connector(id);
                connectors.insert(id, connector ? connector->name : QString());
            }
        }
        for (Id id : incident.workspaceIds) {
            if (!workspaces.contains(id)) {
                const std::optional<steward::Workspace> workspace = m_store->workspace(id);
                workspaces.insert(id, workspace ? workspace->name : QString());
            }
        }
    }
    beginResetModel(); // one reset: the view and proxy rebuild once
    m_rows = std::move(rows);
    m_connectorNames = std::move(connectors);
    m_workspaceNames = std::move(workspaces);
    readPersonNames(people);
    endResetModel();
}

Id IncidentTableModel::idAt(int row) const
{
    const Incident* incident = incidentAt(row);
    return incident ? incident->id : 0;
}

const Incident* IncidentTableModel::incidentAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    const Incident* incident = index.isValid() ? incidentAt(index.row()) : nullptr;
    if (!incident)
        return {};
    if (role == IdRole)
        return incident->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return incident->title;
    case Severity:
        return label(incident->severity);
    case Status:
        return label(incident->status);
    case OccurredOn:
        return dateText(incident->occurredOn);
    case ReportedBy:
        return personName(incident->reportedBy);
    case Connector:
        return namesOf(m_connectorNames, incident->connectorIds);
    case Workspace:
        return namesOf(m_workspaceNames, incident->workspaceIds);
    case ResolvedOn:
        return dateText(incident->resolvedOn);
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case OccurredOn:
        return tr("Occurred on");
    case ReportedBy:
        return tr("Reported by");
    case Connector:
        return tr("Connectors");
    case Workspace:
        return tr("Workspaces");
    case ResolvedOn:
        return tr("Resolved on");
    default:
        return {};
    }
}

} // namespace steward::ui
