#include "forum/requesttablemodel.h"

#include "store/store.h"

namespace steward::ui {

void RequestTableModel::reload()
{
    std::vector<ForumRequest> rows = m_store ? m_store->requests() : std::vector<ForumRequest>();
    std::vector<Id> people;
    for (const ForumRequest& request : rows)
        people.push_back(request.requestedBy);
    beginResetModel(); // one reset: the view and proxy rebuild once
    m_rows = std::move(rows);
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
    default:
        return {};
    }
}

} // namespace steward::ui
