#include "connectors/connectorfilterproxy.h"

namespace steward::ui {

ConnectorFilterProxy::ConnectorFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    // The C locale's collator compares code points and ignores numeric mode; English collation is
    // the neutral choice people expect there (as under LC_ALL=C.UTF-8 in scripts and tests).
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ConnectorFilterProxy::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
}

bool ConnectorFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = m_collator.compare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString());
    return order < 0;
}

bool ConnectorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QString needle = m_filter.trimmed();
    if (needle.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace steward::ui
