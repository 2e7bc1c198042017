#include "workspaces/workspacetablemodel.h"

#include "store/store.h"

#include <QStringList>
#include <algorithm>

namespace steward::ui {

WorkspaceTableModel::WorkspaceTableModel(QObject* parent)
    : PagedTableModel<Workspace>(parent)
{
}

void WorkspaceTableModel::loadNames()
{
    m_people.clear();
    m_connectors.clear();
    m_skills.clear();
    if (!m_store)
        return;
    for (const NamedId& person : m_store->personNames())
        m_people.insert(person.id, person.name);
    for (const NamedId& connector : m_store->connectorNames())
        m_connectors.insert(connector.id, connector.name);
    for (const NamedId& skill : m_store->skillNames())
        m_skills.insert(skill.id, skill.name);
}

std::vector<Workspace> WorkspaceTableModel::fetchPage(Id afterId, int limit) const
{
    return m_store->workspacePage(afterId, limit);
}

int WorkspaceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkspaceTableModel::personName(Id id) const
{
    return m_people.value(id);
}

QString WorkspaceTableModel::names(const std::vector<Id>& ids, const QHash<Id, QString>& known) const
{
    QStringList result;
    for (Id id : ids)
        result << known.value(id);
    return result.join(QStringLiteral(", "));
}

QString WorkspaceTableModel::text(const Workspace& w, int column) const
{
    switch (column) {
    case Name:
        return w.name;
    case Function:
        return w.function;
    case Status:
        return label(w.status);
    case Owner:
        return personName(w.ownerId);
    case Sponsor:
        return personName(w.sponsorId);
    case Seats:
        return QString::number(w.seats);
    case DataClass:
        return label(w.dataClass);
    case ClaudeMd:
        return w.hasClaudeMd ? tr("Yes") : tr("No");
    case Tasks:
        return QString::number(w.tasks.size());
    case Connectors:
        return names(w.connectorIds, m_connectors);
    case Skills:
        return names(w.skillIds, m_skills);
    case Cadence:
        return label(w.review.cadence);
    case LastReviewed:
        return w.review.lastReviewedOn.isValid() ? w.review.lastReviewedOn.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant WorkspaceTableModel::data(const QModelIndex& index, int role) const
{
    const Workspace* w = index.isValid() ? workspaceAt(index.row()) : nullptr;
    if (!w)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(*w, index.column());
    case Qt::EditRole:
        if (index.column() == Seats)
            return w->seats;
        if (index.column() == Tasks)
            return int(w->tasks.size());
        return text(*w, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Seats || index.column() == Tasks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return w->id;
    default:
        return {};
    }
}

QVariant WorkspaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Function:
        return tr("Function");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Sponsor:
        return tr("Sponsor");
    case Seats:
        return tr("Seats");
    case DataClass:
        return tr("Data class");
    case ClaudeMd:
        return tr("CLAUDE.md");
    case Tasks:
        return tr("Tasks");
    case Connectors:
        return tr("Connectors");
    case Skills:
        return tr("Skills");
    case Cadence:
        return tr("Review cadence");
    case LastReviewed:
        return tr("Last reviewed");
    default:
        return {};
    }
}

} // namespace steward::ui
