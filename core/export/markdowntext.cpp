#include "export/markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

namespace steward::markdown {

QString inlineText(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~&#");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (QChar c : text) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // A line that starts like a block: heading, list, thematic break, setext underline, numbered
    // item (a quote's ">" is escaped above). In the replacement text a backslash before a digit
    // names a group and any other backslash is literal.
    static const QRegularExpression blockMark(QStringLiteral("^(\\s*)([#+\\-=])(?=[\\s#+\\-=]|$)"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression numberedItem(QStringLiteral("^(\\s*\\d+)([.)])(?=\\s|$)"),
                                                 QRegularExpression::MultilineOption);
    escaped.replace(blockMark, QStringLiteral("\\1\\\\2"));
    escaped.replace(numberedItem, QStringLiteral("\\1\\\\2"));
    return escaped;
}

QString cellText(const QString& text)
{
    QString cell = inlineText(text.trimmed());
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    cell.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    cell.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return cell;
}

QString proseText(const QString& text)
{
    // Indentation would make an indented code block of the text; line breaks stay.
    QStringList lines = text.trimmed().split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    for (QString& line : lines)
        line = line.trimmed();
    return inlineText(lines.join(QLatin1Char('\n')));
}

QString containedBlock(const QString& markdown)
{
    // Only blank lines go: indentation of the first line may be meaningful (a code block).
    QStringList lines = markdown.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    while (!lines.isEmpty() && lines.front().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    // A code fence left open would swallow everything after it: close it here.
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    QString open;
    for (const QString& line : std::as_const(lines)) {
        const QRegularExpressionMatch match = fence.match(line);
        if (!match.hasMatch())
            continue;
        const QString marker = match.captured(1);
        if (open.isEmpty())
            open = marker;
        else if (marker.at(0) == open.at(0) && marker.size() >= open.size() && line.trimmed() == marker)
            open.clear();
    }
    if (!open.isEmpty())
        lines.append(open);
    return lines.join(QLatin1Char('\n'));
}

} // namespace steward::markdown
