#pragma once

#include "domain/types.h"
#include "pages/pagedtablemodel.h"

#include <QHash>
#include <optional>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// The connectors of a store as a table, loaded a page at a time (keyset pagination on id) so that
// an inventory of 100k rows opens at once: the view asks for more through canFetchMore/fetchMore.
class ConnectorTableModel : public PagedTableModel<Connector>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        System,
        Access,
        Scopes,
        Sensitivity,
        External,
        Tier,
        Status,
        Owner,
        ApprovedBy,
        ApprovedOn,
        LastReviewed,
        ColumnCount
    };

    explicit ConnectorTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Connector* connectorAt(int row) const { return rowAt(row); }
    QString personName(Id id) const;

private:
    void loadNames() override;
    std::vector<Connector> fetchPage(Id afterId, int limit) const override;
    QString text(const Connector& connector, int column) const;

    QHash<Id, QString> m_people;
};

} // namespace steward::ui
