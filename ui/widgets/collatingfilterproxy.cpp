#include "widgets/collatingfilterproxy.h"

#include <QLocale>
#include <algorithm>

namespace steward::ui {

QCollator displayCollator()
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

namespace {

template <typename T> void insertEmpty(std::vector<T>& cache, int first, int count)
{
    if (first <= int(cache.size()))
        cache.insert(cache.begin() + first, std::size_t(count), T());
}

template <typename T> void erase(std::vector<T>& cache, int first, int last)
{
    if (first < int(cache.size()))
        cache.erase(cache.begin() + first, cache.begin() + std::min(last + 1, int(cache.size())));
}

} // namespace

CollatingFilterProxy::CollatingFilterProxy(int idRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(displayCollator())
    , m_idRole(idRole)
{
    setSortRole(Qt::DisplayRole);
}

void CollatingFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetRows();
    // Connected before the base class connects its own handlers, so the caches follow a change
    // before the base class filters and sorts the changed rows.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &CollatingFilterProxy::onSourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CollatingFilterProxy::onSourceRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &CollatingFilterProxy::onSourceDataChanged);
        auto forgetAll = [this] {
            forgetRows();
        };
        connect(model, &QAbstractItemModel::modelReset, this, forgetAll);
        connect(model, &QAbstractItemModel::layoutChanged, this, forgetAll);
        connect(model, &QAbstractItemModel::rowsMoved, this, forgetAll);
        connect(model, &QAbstractItemModel::columnsInserted, this, forgetAll);
        connect(model, &QAbstractItemModel::columnsRemoved, this, forgetAll);
        connect(model, &QAbstractItemModel::columnsMoved, this, forgetAll);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void CollatingFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    m_foldedFilter = trimmed.toCaseFolded();
    if (!m_filterText.isEmpty())
        Q_EMIT allRowsNeeded();
    // One re-filter and re-sort with a single layout change: the incremental invalidateFilter()
    // removes or inserts the rows interval by interval, which took 15-35 ms when a keystroke
    // narrowed thousands of interleaved rows.
    invalidate();
}

void CollatingFilterProxy::prepareRows(int first, int last)
{
    if (!sourceModel())
        return;
    for (int row = std::max(first, 0); row <= last && row < sourceModel()->rowCount(); ++row)
        haystack(row);
}

void CollatingFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= 0)
        Q_EMIT allRowsNeeded();
    QSortFilterProxyModel::sort(column, order);
}

bool CollatingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    // Lines never join: the filter text cannot hold a line break (it is trimmed, and typed).
    if (!sourceParent.isValid() && !m_foldedFilter.contains(QLatin1Char('\n')))
        return haystack(sourceRow).contains(m_foldedFilter);
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
    int order = 0;
    if (left.parent().isValid()) {
        order = m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    } else {
        const QCollatorSortKey leftKey = sortKey(left); // shared, cheap to copy; the cache may grow
        order = leftKey.compare(sortKey(right));
    }
    if (order != 0)
        return order < 0;
    return left.data(m_idRole).toLongLong() < right.data(m_idRole).toLongLong();
}

const QString& CollatingFilterProxy::haystack(int sourceRow) const
{
    if (sourceRow >= int(m_haystacks.size()))
        m_haystacks.resize(std::size_t(sourceModel()->rowCount()));
    QString& text = m_haystacks[std::size_t(sourceRow)];
    if (text.isNull()) {
        const QAbstractItemModel* model = sourceModel();
        text = QStringLiteral(""); // not null, even for a row with nothing to show
        for (int column = 0; column < model->columnCount(); ++column) {
            if (column > 0)
                text += QLatin1Char('\n');
            text += model->index(sourceRow, column).data(Qt::DisplayRole).toString();
        }
        text = std::move(text).toCaseFolded();
    }
    return text;
}

const QCollatorSortKey& CollatingFilterProxy::sortKey(const QModelIndex& sourceIndex) const
{
    if (sourceIndex.column() != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_sortKeyColumn = sourceIndex.column();
    }
    const int row = sourceIndex.row();
    if (row >= int(m_sortKeys.size()))
        m_sortKeys.resize(std::size_t(sourceModel()->rowCount()));
    std::optional<QCollatorSortKey>& key = m_sortKeys[std::size_t(row)];
    if (!key)
        key = m_collator.sortKey(sourceIndex.data(sortRole()).toString());
    return *key;
}

void CollatingFilterProxy::forgetRows()
{
    m_haystacks.clear();
    m_sortKeys.clear();
}

void CollatingFilterProxy::forgetRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        if (row < int(m_haystacks.size()))
            m_haystacks[std::size_t(row)] = QString();
        if (row < int(m_sortKeys.size()))
            m_sortKeys[std::size_t(row)].reset();
    }
}

void CollatingFilterProxy::onSourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    insertEmpty(m_haystacks, first, last - first + 1);
    insertEmpty(m_sortKeys, first, last - first + 1);
}

void CollatingFilterProxy::onSourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    erase(m_haystacks, first, last);
    erase(m_sortKeys, first, last);
}

void CollatingFilterProxy::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!topLeft.parent().isValid())
        forgetRows(topLeft.row(), bottomRight.row());
}

} // namespace steward::ui
