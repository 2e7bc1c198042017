#include "export/csvvalues.h"

#include "domain/isodate.h"

#include <QProcess>
#include <QRegularExpression>

namespace steward::csvvalues {
namespace {

QString quotedArgument(const QString& arg)
{
    bool plain = !arg.isEmpty();
    for (QChar c : arg) {
        if (c.isSpace() || c == QLatin1Char('"')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return arg;
    // splitCommand reads three quotes in a row as one literal quote.
    return QLatin1Char('"') + QString(arg).replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) + QLatin1Char('"');
}

QString escapedPart(const QString& part)
{
    QString escaped;
    escaped.reserve(part.size());
    for (QChar c : part) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('|'))
            escaped += QStringLiteral("\\|");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            escaped += c;
    }
    return escaped;
}

bool looksLikeUrl(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

} // namespace

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("yes") || word == QLatin1String("true"))
        return true;
    if (word == QLatin1String("no") || word == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QString date(const QDate& day)
{
    return isoDate(day);
}

QString cadence(const ReviewState& review)
{
    if (review.cadence == Cadence::Custom)
        return QStringLiteral("every %1 days").arg(review.cadenceDays);
    return key(review.cadence);
}

bool parseCadence(const QString& text, Cadence* cadence, int* days)
{
    const QString word = text.trimmed().toLower();
    static const QRegularExpression every(QStringLiteral("^every\\s+(\\d{1,5})\\s+days?$"));
    if (const QRegularExpressionMatch match = every.match(word); match.hasMatch()) {
        const int n = match.captured(1).toInt();
        if (n < 1 || n > 3660)
            return false;
        *cadence = Cadence::Custom;
        *days = n;
        return true;
    }
    const auto parsed = parse<Cadence>(word);
    if (!parsed || *parsed == Cadence::Custom)
        return false;
    *cadence = *parsed;
    *days = 0;
    return true;
}

QString commandLine(const QString& command, const QStringList& args)
{
    if (command.isEmpty() && args.isEmpty())
        return {};
    QStringList parts{quotedArgument(command)};
    for (const QString& arg : args)
        parts.append(quotedArgument(arg));
    return parts.join(QLatin1Char(' '));
}

QString endpoint(const McpServer& server)
{
    switch (server.transport) {
    case Transport::Stdio:
        return commandLine(server.command, server.args);
    case Transport::Http:
    case Transport::Sse:
        return server.url;
    case Transport::Unknown:
        break;
    }
    return server.url.isEmpty() ? commandLine(server.command, server.args) : server.url;
}

void setEndpoint(McpServer& server, const QString& text)
{
    const auto setCommand = [&server](const QString& line) {
        const QStringList parts = QProcess::splitCommand(line);
        server.command = parts.value(0);
        server.args = parts.mid(1);
    };
    switch (server.transport) {
    case Transport::Stdio:
        setCommand(text);
        return;
    case Transport::Http:
    case Transport::Sse:
        server.url = text.trimmed();
        return;
    case Transport::Unknown:
        break;
    }
    if (text.trimmed().isEmpty()) {
        server.url.clear();
        setCommand(QString());
    } else if (looksLikeUrl(text.trimmed())) {
        server.url = text.trimmed();
    } else {
        setCommand(text);
    }
}

QString lines(const QStringList& items)
{
    return items.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString& text)
{
    QStringList items;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

QStringList splitScopes(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

QString taskLine(const QString& name, const QString& schedule, const QString& owner, bool active)
{
    return QStringList{escapedPart(name), escapedPart(schedule), escapedPart(owner), yesNo(active)}.join(
        QStringLiteral(" | "));
}

std::optional<TaskParts> parseTaskLine(const QString& line)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            const QChar next = line.at(i + 1);
            if (next == QLatin1Char('\\') || next == QLatin1Char('|')) {
                parts.back() += next;
                ++i;
                continue;
            }
            if (next == QLatin1Char('n')) {
                parts.back() += QLatin1Char('\n');
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('|'))
            parts.append(QString());
        else
            parts.back() += c;
    }
    if (parts.size() > 4)
        return std::nullopt;
    for (QString& part : parts)
        part = part.trimmed();
    return TaskParts{parts.value(0), parts.value(1), parts.value(2), parts.value(3)};
}

} // namespace steward::csvvalues
