#include "people/personfilterproxy.h"

#include "people/persontablemodel.h"

#include <QLocale>

namespace steward::ui {
namespace {

QCollator makeCollator()
{
    QLocale locale;
    // The C locale collates by code point ("Zoë" before "émile"); a person who set no language
    // still expects a dictionary order, so fall back to English's.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

PersonFilterProxy::PersonFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(makeCollator())
{
    setSortRole(Qt::DisplayRole);
}

void PersonFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool PersonFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
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

bool PersonFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int order = m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    if (order != 0)
        return order < 0;
    // Equal text (two people without a team): keep a stable, repeatable order by id.
    return left.data(PersonTableModel::IdRole).toLongLong() < right.data(PersonTableModel::IdRole).toLongLong();
}

} // namespace steward::ui
