#pragma once

#include <QString>
#include <QStringList>
#include <vector>

// A table of plain-text cells written out for people: as a GitHub-flavoured Markdown table (pastes
// into Notion, renders on GitHub) and as an HTML table (pastes into Confluence, Word, Excel). Every
// cell is escaped, so its text shows exactly as it is, never as markup.
namespace steward::tables {

struct Table
{
    QStringList headers;
    std::vector<QStringList> rows; // each as long as headers; shorter rows are padded, longer cut
};

// Header row, delimiter row, one line per row; pipes, line breaks and Markdown syntax escaped.
QString markdown(const Table& table);
// <table> with <thead> and <tbody>; HTML special characters escaped, line breaks as <br>.
QString html(const Table& table);
// One cell as HTML text (escaped, line breaks as <br>), for callers that build their own markup.
QString htmlCell(const QString& text);

} // namespace steward::tables
