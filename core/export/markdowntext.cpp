#include "export/markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

namespace steward::markdown {

QString inlineText(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
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
    cell.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return cell;
}

} // namespace steward::markdown
