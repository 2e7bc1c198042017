#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// The workspaces of a store as a table, loaded a page at a time (keyset pagination on id) so that
// a large inventory opens at once: the view asks for more through canFetchMore/fetchMore.
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Function,
        Status,
        Owner,
        Sponsor,
        Seats,
        DataClass,
        ClaudeMd,
        Tasks,
        Connectors,
        Skills,
        Cadence,
        LastReviewed,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 500;

    explicit WorkspaceTableModel(QObject* parent = nullptr);

    void setStore(const Store* store);
    // Re-reads the store, keeping at least as many rows loaded as before.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const Workspace* workspaceAt(int row) const;
    int rowOf(Id id) const; // -1 when not loaded
    QString personName(Id id) const;

private:
    void loadNames();
    std::vector<Workspace> fetchPage(Id afterId) const;
    QString text(const Workspace& workspace, int column) const;
    QString names(const std::vector<Id>& ids, const QHash<Id, QString>& known) const;

    const Store* m_store = nullptr;
    std::vector<Workspace> m_rows;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_connectors;
    QHash<Id, QString> m_skills;
    bool m_atEnd = true;
};

} // namespace steward::ui
