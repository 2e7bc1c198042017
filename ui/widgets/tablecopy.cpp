#include "widgets/tablecopy.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMimeData>
#include <QTableView>
#include <algorithm>

namespace steward::ui {

tables::Table tableOfSelection(const QTableView* view)
{
    tables::Table table;
    const QAbstractItemModel* model = view->model();
    const QHeaderView* header = view->horizontalHeader();
    if (!model || !view->selectionModel())
        return table;
    std::vector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (columns.empty() || rows.isEmpty())
        return table;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (int column : columns)
        table.headers.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int column : columns)
            cells.append(model->index(row.row(), column).data(Qt::DisplayRole).toString());
        table.rows.push_back(cells);
    }
    return table;
}

void copyTable(const tables::Table& table)
{
    auto* data = new QMimeData;
    // A fragment with its character set, which Confluence and LibreOffice read as a real table.
    data->setHtml(QStringLiteral("<meta charset=\"utf-8\">") + tables::html(table));
    data->setText(tables::markdown(table));
    QApplication::clipboard()->setMimeData(data);
}

} // namespace steward::ui
