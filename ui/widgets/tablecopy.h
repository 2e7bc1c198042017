#pragma once

#include "export/tabletext.h"

class QTableView;

namespace steward::ui {

// The selected rows of `view` as it shows them: the visible columns in their on-screen order under
// their header titles, the rows in their on-screen order, each cell its display text.
tables::Table tableOfSelection(const QTableView* view);

// Puts `table` on the clipboard as HTML (text/html, for Confluence, Word and Excel) and as GFM
// Markdown (text/plain, for Notion, GitHub and plain editors).
void copyTable(const tables::Table& table);

} // namespace steward::ui
