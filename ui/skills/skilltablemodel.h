#pragma once

#include "domain/types.h"
#include "pages/pagedtablemodel.h"

#include <QHash>
#include <vector>

namespace steward {
class Store;
}

namespace steward::ui {

// The skills of a store as a table, loaded a page at a time (keyset pagination on id) so that a
// large inventory opens at once: the view asks for more through canFetchMore/fetchMore.
class SkillTableModel : public PagedTableModel<Skill>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        IntendedUse,
        Status,
        Version,
        Owner,
        SkillMd,
        ConnectorCount,
        VerifiedOn,
        LastReviewed,
        ColumnCount
    };

    explicit SkillTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Skill* skillAt(int row) const { return rowAt(row); }
    QString personName(Id id) const;

private:
    void loadNames() override;
    std::vector<Skill> fetchPage(Id afterId, int limit) const override;
    QString text(const Skill& skill, int column) const;

    QHash<Id, QString> m_people;
};

} // namespace steward::ui
