#include "reconcile/servermatch.h"

#include "rules/secrets.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace steward::reconcile {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Reconcile)
};

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
}

QString quoted(const QString& word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    const bool plain = std::all_of(word.begin(), word.end(), [](QChar c) {
        return c.isLetterOrNumber() || QStringLiteral("-_./:=@%+,~").contains(c);
    });
    if (plain)
        return word;
    QString text = word;
    text.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// Glob matching with '*' only, iterative (a pattern of many stars must not recurse or backtrack
// exponentially): the classic two-pointer walk that remembers the last star.
bool globMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace

bool approvalIsCurrent(const Connector& connector)
{
    return connector.status == ApprovalStatus::Approved;
}

QString serverName(const QString& connectorName)
{
    QString name;
    bool dash = false;
    for (QChar c : connectorName.toLower()) {
        if (isNameChar(c) && c != u'-') {
            if (dash && !name.isEmpty())
                name += QLatin1Char('-');
            name += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return name;
}

bool isStdio(const McpServer& server)
{
    return server.transport == Transport::Stdio;
}

bool isRemote(const McpServer& server)
{
    return server.transport == Transport::Http || server.transport == Transport::Sse;
}

bool hasIdentity(const McpServer& server)
{
    return (isStdio(server) && !server.command.trimmed().isEmpty()) ||
           (isRemote(server) && !server.url.trimmed().isEmpty());
}

ServerEntry entryFor(const Connector& connector)
{
    ServerEntry entry;
    const McpServer& server = connector.server;
    if (isStdio(server) && !server.command.trimmed().isEmpty()) {
        entry.by = ServerEntry::By::Command;
        entry.command = QStringList{server.command} + server.args;
    } else if (isRemote(server) && !server.url.trimmed().isEmpty()) {
        entry.by = ServerEntry::By::Url;
        entry.url = server.url;
    } else {
        entry.name = serverName(connector.name);
    }
    return entry;
}

bool urlMatches(const QString& pattern, const QString& url)
{
    return globMatches(pattern, url);
}

bool sameUrl(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QUrl first(a.trimmed());
    const QUrl second(b.trimmed());
    return first.isValid() && second.isValid() &&
           first.adjusted(QUrl::StripTrailingSlash) == second.adjusted(QUrl::StripTrailingSlash);
}

bool entryMatches(const ServerEntry& entry, const QString& name, const McpServer& server)
{
    switch (entry.by) {
    case ServerEntry::By::Name:
        return !entry.name.isEmpty() && serverName(entry.name) == serverName(name);
    case ServerEntry::By::Command:
        return isStdio(server) && !entry.command.isEmpty() &&
               entry.command == QStringList{server.command} + server.args;
    case ServerEntry::By::Url:
        return isRemote(server) && urlMatches(entry.url, server.url);
    }
    return false;
}

Admission admission(const QString& name, const McpServer& server, const std::vector<ServerEntry>& allowed,
                    bool hasAllowList, const std::vector<ServerEntry>& denied)
{
    for (std::size_t i = 0; i < denied.size(); ++i) {
        if (entryMatches(denied[i], name, server))
            return {Admission::Outcome::Denied, int(i)};
    }
    if (!hasAllowList)
        return {Admission::Outcome::Admitted, -1};
    const auto has = [&allowed](ServerEntry::By by) {
        return std::any_of(allowed.begin(), allowed.end(), [by](const ServerEntry& e) { return e.by == by; });
    };
    // A name is the user's own label: it counts only where no stricter entry of the server's kind exists.
    const bool namesCount =
        isRemote(server) ? !has(ServerEntry::By::Url) : (isStdio(server) ? !has(ServerEntry::By::Command) : true);
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        const ServerEntry& entry = allowed[i];
        if (entry.by == ServerEntry::By::Name && !namesCount)
            continue;
        if (entryMatches(entry, name, server))
            return {Admission::Outcome::Admitted, int(i)};
    }
    return {Admission::Outcome::NotAllowed, -1};
}

QString entryText(const ServerEntry& entry)
{
    switch (entry.by) {
    case ServerEntry::By::Name:
        return QStringLiteral("serverName \"%1\"").arg(entry.name);
    case ServerEntry::By::Command:
        return QStringLiteral("serverCommand %1").arg(commandLine(entry.command.value(0), entry.command.mid(1)));
    case ServerEntry::By::Url:
        return QStringLiteral("serverUrl \"%1\"").arg(entry.url);
    }
    return {};
}

QString commandLine(const QString& command, const QStringList& args)
{
    QStringList words{quoted(command)};
    for (const QString& arg : args)
        words.append(quoted(arg));
    return words.join(QLatin1Char(' '));
}

QString serverText(const McpServer& server)
{
    if (isStdio(server) && !server.command.isEmpty())
        return commandLine(server.command, server.args);
    if (!server.url.isEmpty())
        return server.url;
    return Tr::tr("no command or URL");
}

QString withoutSecrets(const QString& text)
{
    if (!rules::secretReason(text))
        return text;
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty()) {
        const QString bare = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
        if (!rules::secretReason(bare))
            return bare;
    }
    // Angle brackets: the credential checks read "<…>" as a placeholder, never as a secret.
    return Tr::tr("<secret removed>");
}

} // namespace steward::reconcile
