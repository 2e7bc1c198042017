#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <algorithm>
#include <iterator>
#include <limits>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// What an inventory page needs of its table model, whatever the row type.
class PagedTableModelBase : public QAbstractTableModel
{
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 500;

    using QAbstractTableModel::QAbstractTableModel;

    virtual void setStore(const Store* store) = 0;
    // Re-reads the store, keeping at least as many rows loaded as before.
    virtual void reload() = 0;
    virtual int rowOf(Id id) const = 0; // -1 when not loaded
    // Loads every row not loaded yet, in one store read: a filter or sort must see the whole table.
    virtual void fetchAll() = 0;
};

// The rows of one store table, loaded a page at a time (keyset pagination on id) so that a large
// inventory opens at once: the view asks for more through canFetchMore/fetchMore.
template <typename T> class PagedTableModel : public PagedTableModelBase
{
public:
    using PagedTableModelBase::PagedTableModelBase;

    void setStore(const Store* store) override
    {
        beginResetModel();
        m_store = store;
        m_rows.clear();
        m_atEnd = store == nullptr;
        loadNames();
        if (m_store) {
            m_rows = fetchPage(0, PageSize);
            m_atEnd = int(m_rows.size()) < PageSize;
        }
        endResetModel();
    }

    void reload() override
    {
        // As many rows as were loaded, in one read: every row when all were (a filter or the
        // background loading had read them), otherwise at least the first page.
        const bool all = m_store && m_atEnd;
        const int wanted = all ? std::numeric_limits<int>::max() : int(std::max<std::size_t>(m_rows.size(), PageSize));
        beginResetModel();
        m_rows.clear();
        m_atEnd = m_store == nullptr;
        loadNames();
        if (m_store) {
            m_rows = fetchPage(0, wanted);
            m_atEnd = all || int(m_rows.size()) < wanted;
        }
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && !m_atEnd; }

    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || m_atEnd)
            return;
        std::vector<T> page = fetchPage(m_rows.empty() ? 0 : m_rows.back().id, PageSize);
        m_atEnd = int(page.size()) < PageSize;
        append(std::move(page));
    }

    void fetchAll() override
    {
        if (m_atEnd)
            return;
        std::vector<T> rest = fetchPage(m_rows.empty() ? 0 : m_rows.back().id, std::numeric_limits<int>::max());
        m_atEnd = true;
        append(std::move(rest));
    }

    const T* rowAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr; }

    int rowOf(Id id) const override
    {
        // Rows are in id order (keyset pages), so a binary search finds the row.
        const auto it =
            std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const T& item, Id value) { return item.id < value; });
        return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
    }

protected:
    // Up to `limit` rows with ids above `afterId`, in id order.
    virtual std::vector<T> fetchPage(Id afterId, int limit) const = 0;
    // Called before the rows are (re)read: the lookups the columns show (people's names, …).
    virtual void loadNames() {}

    const Store* m_store = nullptr;

private:
    void append(std::vector<T> rows)
    {
        if (rows.empty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
        endInsertRows();
    }

    std::vector<T> m_rows;
    bool m_atEnd = true;
};

} // namespace steward::ui
