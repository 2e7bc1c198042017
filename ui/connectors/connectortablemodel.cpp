#include "connectors/connectortablemodel.h"

#include "store/store.h"

#include <QStringList>

namespace steward::ui {

ConnectorTableModel::ConnectorTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConnectorTableModel::setStore(const Store* store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_atEnd = store == nullptr;
    loadPeople();
    if (m_store) {
        m_rows = fetchPage(0);
        m_atEnd = int(m_rows.size()) < PageSize;
    }
    endResetModel();
}

void ConnectorTableModel::reload()
{
    const std::size_t wanted = std::max<std::size_t>(m_rows.size(), PageSize);
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_store == nullptr;
    loadPeople();
    while (m_store && !m_atEnd && m_rows.size() < wanted) {
        std::vector<Connector> page = fetchPage(m_rows.empty() ? 0 : m_rows.back().id);
        m_atEnd = int(page.size()) < PageSize;
        std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    }
    endResetModel();
}

void ConnectorTableModel::loadPeople()
{
    m_people.clear();
    if (!m_store)
        return;
    for (const Person& person : m_store->people())
        m_people.insert(person.id, person.name);
}

std::vector<Connector> ConnectorTableModel::fetchPage(Id afterId) const
{
    return m_store->connectorPage(afterId, PageSize);
}

int ConnectorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConnectorTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConnectorTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::vector<Connector> page = fetchPage(m_rows.empty() ? 0 : m_rows.back().id);
    m_atEnd = int(page.size()) < PageSize;
    if (page.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

const Connector* ConnectorTableModel::connectorAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ConnectorTableModel::rowOf(Id id) const
{
    // Rows are in id order (keyset pages), so a binary search finds the row.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const Connector& connector, Id value) { return connector.id < value; });
    return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
}

QString ConnectorTableModel::personName(Id id) const
{
    return m_people.value(id);
}

QString ConnectorTableModel::text(const Connector& c, int column) const
{
    switch (column) {
    case Name:
        return c.name;
    case System:
        return c.system;
    case Access:
        return label(c.access);
    case Scopes: {
        QStringList scopes;
        for (const OAuthScope& scope : c.scopes)
            scopes << scope.scope;
        return scopes.join(QLatin1Char(' '));
    }
    case Sensitivity:
        return label(c.sensitivity);
    case External:
        return c.external ? tr("Yes") : tr("No");
    case Tier:
        return QString::number(c.tier);
    case Status:
        return label(c.status);
    case Owner:
        return personName(c.ownerId);
    case ApprovedBy:
        return personName(c.approvedBy);
    case ApprovedOn:
        return c.approvedOn.isValid() ? c.approvedOn.toString(Qt::ISODate) : QString();
    case LastReviewed:
        return c.review.lastReviewedOn.isValid() ? c.review.lastReviewedOn.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant ConnectorTableModel::data(const QModelIndex& index, int role) const
{
    const Connector* c = index.isValid() ? connectorAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(*c, index.column());
    case Qt::EditRole:
        if (index.column() == Tier)
            return c->tier;
        return text(*c, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Tier)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return c->id;
    default:
        return {};
    }
}

QVariant ConnectorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case System:
        return tr("System");
    case Access:
        return tr("Access");
    case Scopes:
        return tr("OAuth scopes");
    case Sensitivity:
        return tr("Sensitivity");
    case External:
        return tr("External");
    case Tier:
        return tr("Tier");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case ApprovedBy:
        return tr("Approved by");
    case ApprovedOn:
        return tr("Approved on");
    case LastReviewed:
        return tr("Last reviewed");
    default:
        return {};
    }
}

} // namespace steward::ui
