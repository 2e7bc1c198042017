#include "widgets/collatingfilterproxy.h"

#include <QLocale>

namespace steward::ui {
namespace {

QCollator makeCollator()
{
    QLocale locale;
    // The C locale collates by code point ("Zoë" before "émile") and ignores numeric mode; a
    // person who set no language still expects a dictionary order, so fall back to English's.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

CollatingFilterProxy::CollatingFilterProxy(int idRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(makeCollator())
    , m_idRole(idRole)
{
    setSortRole(Qt::DisplayRole);
}

void CollatingFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool CollatingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool CollatingFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    if (order != 0)
        return order < 0;
    return left.data(m_idRole).toLongLong() < right.data(m_idRole).toLongLong();
}

} // namespace steward::ui
