#pragma once

#include "reconcile/reconcile.h"
#include "widgets/collatingfilterproxy.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <array>
#include <vector>

namespace steward::ui {

// The differences of one comparison as a table, in the comparison's order (errors, then warnings,
// then infos; file order within each), which RowRole gives back for sort ties.
class DifferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        KindColumn,
        ServerColumn,
        ConnectorColumn,
        PlaceColumn,
        MessageColumn,
        FixColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(FindingSeverity)
        ConnectorIdRole,                 // the inventory connector it is about; 0 for none
        RowRole,
    };

    explicit DifferenceModel(QObject* parent = nullptr);

    void setDifferences(std::vector<reconcile::Difference> differences);
    const std::vector<reconcile::Difference>& differences() const { return m_differences; }
    const reconcile::Difference& difference(int row) const { return m_differences[std::size_t(row)]; }
    int count(FindingSeverity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a rule's difference is called in the Kind column: "Not in the inventory"…
    static QString kindLabel(const QString& ruleId);
    // Whether the difference is a deployed server the inventory lacks, which can be added as requested.
    static bool isUnknownServer(const reconcile::Difference& difference);
    // The inventory connector it is about (its id), or 0.
    static Id connectorId(const reconcile::Difference& difference);

private:
    std::vector<reconcile::Difference> m_differences;
    std::array<QIcon, 3> m_icons;
};

// Filters the differences by severity (any of the three shown) and by text in any column; severity
// sorts by rank, not alphabetically.
class DifferenceFilterProxy : public CollatingFilterProxy
{
    Q_OBJECT

public:
    explicit DifferenceFilterProxy(QObject* parent = nullptr);

    void setSeverityShown(FindingSeverity severity, bool shown);
    bool isSeverityShown(FindingSeverity severity) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::array<bool, 3> m_shown = {true, true, true};
};

} // namespace steward::ui
