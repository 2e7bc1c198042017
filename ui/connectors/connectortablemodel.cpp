#include "connectors/connectortablemodel.h"

#include "store/store.h"

#include <QStringList>

namespace steward::ui {

ConnectorTableModel::ConnectorTableModel(QObject* parent)
    : PagedTableModel<Connector>(parent)
{
}

void ConnectorTableModel::loadNames()
{
    m_people.clear();
    if (!m_store)
        return;
    for (const NamedId& person : m_store->personNames())
        m_people.insert(person.id, person.name);
}

std::vector<Connector> ConnectorTableModel::fetchPage(Id afterId, int limit) const
{
    return m_store->connectorPage(afterId, limit);
}

int ConnectorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
