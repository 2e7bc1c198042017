#include "export/tabletext.h"

#include "export/markdowntext.h"

namespace steward::tables {
namespace {

QStringList fitted(const QStringList& row, qsizetype columns)
{
    QStringList cells = row.mid(0, columns);
    while (cells.size() < columns)
        cells.append(QString());
    return cells;
}

QString markdownRow(const QStringList& cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& cell : cells)
        escaped.append(markdown::cellText(cell));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

} // namespace

QString markdown(const Table& table)
{
    const qsizetype columns = table.headers.size();
    if (columns == 0)
        return {};
    QString text = markdownRow(table.headers);
    QStringList rule;
    for (qsizetype i = 0; i < columns; ++i)
        rule.append(QStringLiteral("---"));
    text += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList& row : table.rows)
        text += markdownRow(fitted(row, columns));
    return text;
}

QString htmlCell(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString html(const Table& table)
{
    const qsizetype columns = table.headers.size();
    QString text = QStringLiteral("<table>\n<thead>\n<tr>");
    for (const QString& header : table.headers)
        text += QStringLiteral("<th>") + htmlCell(header) + QStringLiteral("</th>");
    text += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (const QStringList& row : table.rows) {
        text += QStringLiteral("<tr>");
        for (const QString& cell : fitted(row, columns))
            text += QStringLiteral("<td>") + htmlCell(cell) + QStringLiteral("</td>");
        text += QStringLiteral("</tr>\n");
    }
    text += QStringLiteral("</tbody>\n</table>\n");
    return text;
}

} // namespace steward::tables
