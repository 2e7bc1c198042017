#include "forum/requesttablemodel.h"

#include "store/store.h"

namespace steward::ui {

void RequestTableModel::reload()
{
    std::vector<ForumRequest> rows = m_store ? m_store->requests() : std::vector<ForumRequest>();
    std::vector<Id> people;
    // Requests are few (a handful a month): the connector or skill each names is read by id.
    QHash<Id, QString> connectors;
    QHash<Id, QString> skills;
    for (const ForumRequest& request : rows) {
        people.push_back(request.requestedBy);
        if (request.connectorId != 0 && !connectors.contains(request.connectorId)) {
            const std::optional<steward::Connector> connector = m_store->connector(request.connectorId);
            connectors.insert(request.connectorId, connector ? connector->name : QString());
        }
        if (request.skillId != 0 && !skills.contains(request.skillId)) {
            const std::optional<steward::Skill> skill = m_store->skill(request.skillId);
            skills.insert(request.skillId, skill ? skill->name : QString());
        }
    }
    beginResetModel(); // one reset: the view and proxy rebuild once
    m_rows = std::move(rows);
    m_connectorNames = std::move(connectors);
    m_skillNames = std::move(skills);
    readPersonNames(people);
    endResetModel();
}

Id RequestTableModel::idAt(int row) const
{
    const ForumRequest* request = requestAt(row);
    return request ? request->id : 0;
}

const ForumRequest* RequestTableModel::requestAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    const ForumRequest* request = index.isValid() ? requestAt(index.row()) : nullptr;
    if (!request)
        return {};
    if (role == IdRole)
        return request->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return request->title;
    case Kind:
        return label(request->kind);
    case Status:
        return label(request->status);
    case RequestedBy:
        return personName(request->requestedBy);
    case RequestedOn:
        return dateText(request->requestedOn);
    case DecidedOn:
        return dateText(request->decidedOn);
    case Concerns:
        return request->connectorId != 0 ? m_connectorNames.value(request->connectorId)
                                         : m_skillNames.value(request->skillId);
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case RequestedBy:
        return tr("Requested by");
    case RequestedOn:
        return tr("Requested on");
    case DecidedOn:
        return tr("Decided on");
    case Concerns:
        return tr("Concerns");
    default:
        return {};
    }
}

} // namespace steward::ui
