#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// What the Requests and Incidents tables share: the id role the proxy breaks ties with, the
// store, and finding a row by id. The forum's tables hold tens to hundreds of rows and the store
// has no paging API for them, so the models read every row at once and look rows up linearly.
class ForumTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setStore(Store* store);
    Store* store() const { return m_store; }
    // Re-reads every row; reads first and resets after, so a store error leaves the model as it was.
    virtual void reload() = 0;
    virtual Id idAt(int row) const = 0;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    // How many rows a model looks up one by one before it reads the whole table instead.
    static constexpr std::size_t LookupLimit = 64;

    virtual int size() const = 0;
    static QString dateText(const QDate& date);
    // People's names for the ids the rows refer to, read once per reload rather than once per cell.
    void readPersonNames(const std::vector<Id>& ids);
    QString personName(Id id) const { return m_personNames.value(id); }

    Store* m_store = nullptr;
    QHash<Id, QString> m_personNames;
};

} // namespace steward::ui
