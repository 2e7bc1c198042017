#pragma once

#include "forum/forumtablemodel.h"

#include <QHash>
#include <vector>

namespace steward::ui {

// The forum's request queue as a table, every row read at once (see ForumTableModel). Read-only:
// edits go through StoreCommands and the page reloads the model afterwards.
class RequestTableModel : public ForumTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Status, RequestedBy, RequestedOn, DecidedOn, Concerns, ColumnCount };

    using ForumTableModel::ForumTableModel;

    void reload() override;
    Id idAt(int row) const override;
    const ForumRequest* requestAt(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int size() const override { return int(m_rows.size()); }

private:
    std::vector<ForumRequest> m_rows;
    QHash<Id, QString> m_connectorNames;
    QHash<Id, QString> m_skillNames;
};

} // namespace steward::ui
