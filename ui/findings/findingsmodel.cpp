#include "findings/findingsmodel.h"

#include <QApplication>
#include <QStyle>

namespace steward::ui {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    // Made once: a style icon per cell of 35k rows would be made again on every paint.
    for (FindingSeverity severity : {FindingSeverity::Error, FindingSeverity::Warning, FindingSeverity::Info})
        m_icons[std::size_t(severity)] = severityIcon(severity);
}

void FindingsModel::setFindings(std::vector<rules::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_findings.size()))
        return {};
    const rules::Finding& f = m_findings[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return label(f.severity);
        case RuleColumn:
            return f.ruleId;
        case ObjectColumn:
            return tr("%1 · %2").arg(kindLabel(f.subjectType), f.subject);
        case MessageColumn:
            return f.message;
        case FixColumn:
            return f.fix;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == FixColumn)
            return index.data(Qt::DisplayRole);
        if (index.column() == ObjectColumn)
            return tr("Double-click or press Enter to go to it");
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(m_icons[std::size_t(f.severity)]) : QVariant();
    case SeverityRole:
        return int(f.severity);
    case KindRole:
        return f.subjectType;
    case SubjectIdRole:
        return f.subjectId;
    case RowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ObjectColumn:
        return tr("Object");
    case MessageColumn:
        return tr("Finding");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

QString FindingsModel::kindLabel(const QString& subjectType)
{
    if (subjectType == QLatin1String("policy"))
        return tr("Policy");
    if (subjectType == QLatin1String("governance"))
        return tr("Governance object");
    if (subjectType == QLatin1String("workspace"))
        return tr("Workspace");
    if (subjectType == QLatin1String("connector"))
        return tr("Connector");
    if (subjectType == QLatin1String("skill"))
        return tr("Skill");
    if (subjectType == QLatin1String("raci"))
        return tr("RACI");
    return subjectType;
}

QStringList FindingsModel::kinds()
{
    return {QStringLiteral("policy"),    QStringLiteral("governance"), QStringLiteral("workspace"),
            QStringLiteral("connector"), QStringLiteral("skill"),      QStringLiteral("raci")};
}

QIcon FindingsModel::severityIcon(FindingSeverity severity)
{
    const QStyle* style = QApplication::style();
    switch (severity) {
    case FindingSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case FindingSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    default:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
}

FindingsFilterProxy::FindingsFilterProxy(QObject* parent)
    : CollatingFilterProxy(FindingsModel::RowRole, parent)
{
}

void FindingsFilterProxy::setSeverityShown(FindingSeverity severity, bool shown)
{
    bool& current = m_shown[std::size_t(severity)];
    if (current == shown)
        return;
    current = shown;
    invalidate(); // one layout change, as for the text filter (see CollatingFilterProxy)
}

bool FindingsFilterProxy::isSeverityShown(FindingSeverity severity) const
{
    return m_shown[std::size_t(severity)];
}

void FindingsFilterProxy::setKind(const QString& subjectType)
{
    if (subjectType == m_kind)
        return;
    m_kind = subjectType;
    invalidate();
}

const FindingsModel* FindingsFilterProxy::findingsModel() const
{
    return qobject_cast<const FindingsModel*>(sourceModel());
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // Straight from the findings rather than through data(): this runs for every row on each change.
    if (const FindingsModel* model = findingsModel(); model && !sourceParent.isValid()) {
        const rules::Finding& f = model->finding(sourceRow);
        if (!m_shown[std::size_t(f.severity)] || (!m_kind.isEmpty() && f.subjectType != m_kind))
            return false;
    }
    return CollatingFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

bool FindingsFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == FindingsModel::SeverityColumn) {
        const int a = left.data(FindingsModel::SeverityRole).toInt();
        const int b = right.data(FindingsModel::SeverityRole).toInt();
        if (a != b)
            return a < b;
        return left.data(FindingsModel::RowRole).toInt() < right.data(FindingsModel::RowRole).toInt();
    }
    return CollatingFilterProxy::lessThan(left, right);
}

} // namespace steward::ui
