#pragma once

#include "domain/types.h"
#include "pages/pagedtablemodel.h"

#include <QHash>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// The workspaces of a store as a table, loaded a page at a time (keyset pagination on id) so that
// a large inventory opens at once: the view asks for more through canFetchMore/fetchMore.
class WorkspaceTableModel : public PagedTableModel<Workspace>
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

    explicit WorkspaceTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Workspace* workspaceAt(int row) const { return rowAt(row); }
    QString personName(Id id) const;

private:
    void loadNames() override;
    std::vector<Workspace> fetchPage(Id afterId, int limit) const override;
    QString text(const Workspace& workspace, int column) const;
    QString names(const std::vector<Id>& ids, const QHash<Id, QString>& known) const;

    QHash<Id, QString> m_people;
    QHash<Id, QString> m_connectors;
    QHash<Id, QString> m_skills;
};

} // namespace steward::ui
