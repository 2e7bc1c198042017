#pragma once

#include "export/tabletext.h"

#include <QAbstractTableModel>

namespace steward::ui {

// A table of text (tables::Table) for a read-only view: one model over the rows, where a
// QTableWidget made an item per cell — an agenda slide of a 100k-row inventory holds tens of
// thousands of rows.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(tables::Table table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    tables::Table m_table;
};

} // namespace steward::ui
