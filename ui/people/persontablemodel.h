#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// The people directory as a table, read through the store a page at a time (keyset pagination
// on id) so a directory of 100k people opens as fast as one of ten. Read-only: edits go through
// StoreCommands and the page reloads the model afterwards.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Team, Email, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 500;

    explicit PersonTableModel(QObject* parent = nullptr);

    void setStore(Store* store);
    Store* store() const { return m_store; }
    // Re-reads the store, loading at least as many rows as were loaded before.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    // Loads every person not loaded yet, in one store read: a filter or sort must see them all.
    void fetchAll();

    // Row <-> person. rowOf() is -1 for an id not loaded (or not stored); ensureLoaded() fetches
    // pages until the id is loaded or the store has no more rows.
    const Person* personAt(int row) const;
    int rowOf(Id id) const;
    int ensureLoaded(Id id);

private:
    std::vector<Person> nextPage() const;

    Store* m_store = nullptr;
    std::vector<Person> m_rows; // in id order, as the store pages them
    bool m_atEnd = true;
};

} // namespace steward::ui
