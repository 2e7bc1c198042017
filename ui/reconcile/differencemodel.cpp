#include "reconcile/differencemodel.h"

#include "findings/findingsmodel.h"

namespace steward::ui {
namespace {

const QString UnknownServerRule = QStringLiteral("reconcile.unknown-server");

QString ruleTitle(const QString& ruleId)
{
    for (const rules::RuleInfo& rule : reconcile::reconcileRules()) {
        if (rule.id == ruleId)
            return rule.title;
    }
    return {};
}

} // namespace

DifferenceModel::DifferenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (FindingSeverity severity : {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Info})
        m_icons[std::size_t(severity)] = FindingsModel::severityIcon(severity);
}

void DifferenceModel::setDifferences(std::vector<reconcile::Difference> differences)
{
    beginResetModel();
    m_differences = std::move(differences);
    endResetModel();
}

int DifferenceModel::count(FindingSeverity severity) const
{
    return int(std::count_if(m_differences.begin(), m_differences.end(),
                             [severity](const reconcile::Difference& d) { return d.finding.severity == severity; }));
}

int DifferenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int DifferenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DifferenceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_differences.size()))
        return {};
    const reconcile::Difference& d = m_differences[std::size_t(index.row())];
    const rules::Finding& f = d.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return label(f.severity);
        case KindColumn:
            return kindLabel(f.ruleId);
        case ServerColumn:
            if (d.server)
                return d.server->name;
            return d.entry ? reconcile::entryText(*d.entry) : QString();
        case ConnectorColumn:
            return connectorId(d) != 0 ? f.subject : QString();
        case PlaceColumn:
            return d.place ? d.place->text() : tr("the inventory");
        case MessageColumn:
            return f.message;
        case FixColumn:
            return f.fix;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return tr("%1: %2").arg(f.ruleId, ruleTitle(f.ruleId));
        case ServerColumn:
            return d.server ? reconcile::serverText(d.server->server) : QVariant();
        case ConnectorColumn:
            return connectorId(d) != 0 ? tr("Double-click or press Enter to show it on the Connectors page")
                                       : QVariant();
        case PlaceColumn:
            return d.place && !d.place->path.isEmpty() ? d.place->path : QVariant();
        case MessageColumn:
        case FixColumn:
            return index.data(Qt::DisplayRole);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(m_icons[std::size_t(f.severity)]) : QVariant();
    case SeverityRole:
        return int(f.severity);
    case ConnectorIdRole:
        return connectorId(d);
    case RowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant DifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Difference");
    case ServerColumn:
        return tr("Deployed server");
    case ConnectorColumn:
        return tr("Connector");
    case PlaceColumn:
        return tr("Where");
    case MessageColumn:
        return tr("What differs");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

QString DifferenceModel::kindLabel(const QString& ruleId)
{
    if (ruleId == UnknownServerRule)
        return tr("Not in the inventory");
    if (ruleId == QLatin1String("reconcile.unapproved-deployed"))
        return tr("Deployed, not approved");
    if (ruleId == QLatin1String("reconcile.server-differs"))
        return tr("Runs another server");
    if (ruleId == QLatin1String("reconcile.approved-blocked"))
        return tr("Approved, blocked");
    if (ruleId == QLatin1String("reconcile.allow-entry-unmatched"))
        return tr("Allows an unknown server");
    if (ruleId == QLatin1String("reconcile.approved-not-deployed"))
        return tr("Approved, not deployed");
    return ruleId;
}

bool DifferenceModel::isUnknownServer(const reconcile::Difference& difference)
{
    return difference.finding.ruleId == UnknownServerRule && difference.server.has_value();
}

Id DifferenceModel::connectorId(const reconcile::Difference& difference)
{
    return difference.finding.subjectType == QLatin1String("connector") ? difference.finding.subjectId : 0;
}

DifferenceFilterProxy::DifferenceFilterProxy(QObject* parent)
    : CollatingFilterProxy(DifferenceModel::RowRole, parent)
{
}

void DifferenceFilterProxy::setSeverityShown(FindingSeverity severity, bool shown)
{
    bool& current = m_shown[std::size_t(severity)];
    if (current == shown)
        return;
    current = shown;
    invalidate();
}

bool DifferenceFilterProxy::isSeverityShown(FindingSeverity severity) const
{
    return m_shown[std::size_t(severity)];
}

bool DifferenceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (const auto* model = qobject_cast<const DifferenceModel*>(sourceModel()); model && !sourceParent.isValid()) {
        if (!m_shown[std::size_t(model->difference(sourceRow).finding.severity)])
            return false;
    }
    return CollatingFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

bool DifferenceFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == DifferenceModel::SeverityColumn) {
        const int a = left.data(DifferenceModel::SeverityRole).toInt();
        const int b = right.data(DifferenceModel::SeverityRole).toInt();
        if (a != b)
            return a < b;
        return left.data(DifferenceModel::RowRole).toInt() < right.data(DifferenceModel::RowRole).toInt();
    }
    return CollatingFilterProxy::lessThan(left, right);
}

} // namespace steward::ui
