#include "forum/incidenttablemodel.h"

#include "store/store.h"

namespace steward::ui {

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
        if (incident.connectorId != 0 && !connectors.contains(incident.connectorId)) {
            const std::optional<steward::Connector> connector = m_store->connector(incident.connectorId);
            connectors.insert(incident.connectorId, connector ? connector->name : QString());
        }
        if (incident.workspaceId != 0 && !workspaces.contains(incident.workspaceId)) {
            const std::optional<steward::Workspace> workspace = m_store->workspace(incident.workspaceId);
            workspaces.insert(incident.workspaceId, workspace ? workspace->name : QString());
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
        return m_connectorNames.value(incident->connectorId);
    case Workspace:
        return m_workspaceNames.value(incident->workspaceId);
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
        return tr("Connector");
    case Workspace:
        return tr("Workspace");
    case ResolvedOn:
        return tr("Resolved on");
    default:
        return {};
    }
}

} // namespace steward::ui
