#include "reconcile/claudeconfig.h"

#include "import/jsoninput.h"
#include "import/jsonscanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <map>
#include <set>

namespace steward::reconcile {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Reconcile)
};

using imports::Json;
using imports::JsonDocument;
using imports::JsonPath;

// Values a configuration of maxConfigBytes could hold many times over; the bound keeps text of tiny
// values from taking gigabytes as a document.
constexpr qint64 maxConfigValues = 4'000'000;

// Line and column (1-based, the column in characters) of a byte offset: jsoninput keeps its own
// private, and a deployed server's place is no error for it to locate.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// A parser message fit for a terminal or a CI log: nlohmann quotes the text it stopped at ("last
// read: '…'"), which in these files may be an API key in an env value. The bounds' messages speak of
// inventories, which these files are not.
QString safeMessage(QString message)
{
    const QString lastRead = QStringLiteral("; last read: '");
    const qsizetype start = message.indexOf(lastRead);
    if (start >= 0) {
        const qsizetype expected = message.lastIndexOf(QStringLiteral("'; expected "));
        if (expected > start)
            message.remove(start, expected + 1 - start);
        else
            message.truncate(start);
    }
    message.replace(QStringLiteral("any inventory"), QStringLiteral("any Claude configuration"));
    return message;
}

std::optional<ConfigKind> kindFromName(const QString& file)
{
    const QString name = QFileInfo(file).fileName().toLower();
    if (name == QLatin1String("managed-mcp.json"))
        return ConfigKind::ManagedMcp;
    if (name == QLatin1String(".mcp.json"))
        return ConfigKind::McpJson;
    if (name == QLatin1String("claude_desktop_config.json"))
        return ConfigKind::ClaudeDesktop;
    if (name == QLatin1String("managed-settings.json"))
        return ConfigKind::ManagedSettings;
    return std::nullopt;
}

QString text(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

// Walks one parsed file, reporting every wrong shape at its place through the document.
class ConfigReader
{
public:
    ConfigReader(JsonDocument& document, ConfigFile& config)
        : m_document(document)
        , m_config(config)
    {
    }

    void read();
    // Where each server and entry read is, by its pointer, for the places the caller fills in.
    const std::vector<std::string>& pointers() const { return m_pointers; }

private:
    void error(const JsonPath& at, const QString& message) { m_document.error(at, {}, at.text(), message); }
    std::optional<QString> string(const Json& object, const JsonPath& at, const char* key, bool required);
    std::optional<QStringList> strings(const Json& value, const JsonPath& at);
    QStringList names(const Json& object, const JsonPath& at, const char* key);
    void readServers(const Json& servers, const JsonPath& at);
    void readServer(const std::string& name, const Json& value, const JsonPath& at);
    void readList(const Json& list, const JsonPath& at, std::vector<ListedEntry>& into);

    JsonDocument& m_document;
    ConfigFile& m_config;
    std::vector<std::string> m_pointers;
};

void ConfigReader::read()
{
    const Json& root = m_document.root();
    const JsonPath at;
    if (!root.is_object()) {
        error(at, Tr::tr("a Claude configuration is a JSON object, not %1").arg(imports::jsonTypeName(root)));
        return;
    }
    const bool servers = root.contains("mcpServers");
    const bool lists = root.contains("allowedMcpServers") || root.contains("deniedMcpServers") ||
                       root.contains("allowManagedMcpServersOnly");
    const std::optional<ConfigKind> named = kindFromName(m_config.file);
    if (named) {
        m_config.kind = *named;
    } else if (servers || lists) {
        m_config.kind = servers ? ConfigKind::McpJson : ConfigKind::ManagedSettings;
    } else {
        error(at, Tr::tr("this is no Claude configuration: it has neither an mcpServers map (.mcp.json, "
                         "managed-mcp.json, claude_desktop_config.json) nor allowedMcpServers or deniedMcpServers "
                         "(managed-settings.json)"));
        return;
    }
    // Claude Desktop and the settings have other uses: without these members they simply deploy or
    // restrict nothing. A server file without its server map is not one.
    if (!servers && (m_config.kind == ConfigKind::McpJson || m_config.kind == ConfigKind::ManagedMcp))
        error(at, Tr::tr("%1 has no mcpServers map").arg(QFileInfo(m_config.file).fileName()));
    if (servers)
        readServers(root["mcpServers"], at.key("mcpServers"));
    if (root.contains("allowedMcpServers")) {
        m_config.hasAllowList = true;
        m_pointers.push_back(at.key("allowedMcpServers").pointer());
        m_config.allowListPlace.path = QStringLiteral("allowedMcpServers");
        readList(root["allowedMcpServers"], at.key("allowedMcpServers"), m_config.allowed);
    }
    if (root.contains("deniedMcpServers"))
        readList(root["deniedMcpServers"], at.key("deniedMcpServers"), m_config.denied);
    if (root.contains("allowManagedMcpServersOnly")) {
        const Json& only = root["allowManagedMcpServersOnly"];
        if (only.is_boolean())
            m_config.managedOnly = only.get<bool>();
        else
            error(at.key("allowManagedMcpServersOnly"),
                  Tr::tr("expected true or false, not %1").arg(imports::jsonTypeName(only)));
    }
}

std::optional<QString> ConfigReader::string(const Json& object, const JsonPath& at, const char* key, bool required)
{
    if (!object.contains(key)) {
        if (required)
            error(at.key(key), Tr::tr("is missing"));
        return std::nullopt;
    }
    const Json& value = object[key];
    if (!value.is_string()) {
        error(at.key(key), Tr::tr("expected text, not %1").arg(imports::jsonTypeName(value)));
        return std::nullopt;
    }
    if (value.get<std::string>().empty()) {
        error(at.key(key), Tr::tr("must not be empty"));
        return std::nullopt;
    }
    return text(value);
}

std::optional<QStringList> ConfigReader::strings(const Json& value, const JsonPath& at)
{
    if (!value.is_array()) {
        error(at, Tr::tr("expected a list of text, not %1").arg(imports::jsonTypeName(value)));
        return std::nullopt;
    }
    QStringList result;
    bool ok = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i].is_string()) {
            result.append(withoutSecrets(text(value[i])));
        } else {
            error(at.index(i), Tr::tr("expected text, not %1").arg(imports::jsonTypeName(value[i])));
            ok = false;
        }
    }
    return ok ? std::optional(result) : std::nullopt;
}

// The names of an env or headers object; the values are checked for their type, never kept.
QStringList ConfigReader::names(const Json& object, const JsonPath& at, const char* key)
{
    if (!object.contains(key))
        return {};
    const Json& value = object[key];
    if (!value.is_object()) {
        error(at.key(key), Tr::tr("expected an object of names and text, not %1").arg(imports::jsonTypeName(value)));
        return {};
    }
    QStringList result;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it.value().is_string())
            error(at.key(key).key(it.key()), Tr::tr("expected text, not %1").arg(imports::jsonTypeName(it.value())));
        result.append(QString::fromStdString(it.key()));
    }
    return result;
}

void ConfigReader::readServers(const Json& servers, const JsonPath& at)
{
    m_config.hasServers = true;
    if (!servers.is_object()) {
        error(at, Tr::tr("expected an object of servers by name, not %1").arg(imports::jsonTypeName(servers)));
        return;
    }
    for (auto it = servers.begin(); it != servers.end(); ++it)
        readServer(it.key(), it.value(), at.key(it.key()));
}

void ConfigReader::readServer(const std::string& name, const Json& value, const JsonPath& at)
{
    if (!value.is_object()) {
        error(at, Tr::tr("a server is an object (command and args, or type and url), not %1")
                      .arg(imports::jsonTypeName(value)));
        return;
    }
    DeployedServer deployed;
    deployed.name = QString::fromStdString(name);
    deployed.kind = m_config.kind;
    McpServer& server = deployed.server;
    const std::optional<QString> type = string(value, at, "type", false);
    if (type) {
        const std::optional<Transport> transport = parse<Transport>(*type);
        if (!transport || *transport == Transport::Unknown) {
            error(at.key("type"), Tr::tr("type is stdio, http or sse, not \u201c%1\u201d").arg(*type));
            return;
        }
        server.transport = *transport;
    } else if (value.contains("type")) {
        return; // reported by string()
    } else if (value.contains("command") && value.contains("url")) {
        error(at, Tr::tr("has both command and url; type says which it is"));
        return;
    } else if (value.contains("url")) {
        server.transport = Transport::Http;
    } else {
        server.transport = Transport::Stdio;
    }
    bool ok = true;
    if (server.transport == Transport::Stdio) {
        const std::optional<QString> command = string(value, at, "command", true);
        ok = command.has_value();
        server.command = command ? withoutSecrets(*command) : QString();
        if (value.contains("args")) {
            const std::optional<QStringList> args = strings(value["args"], at.key("args"));
            ok = ok && args.has_value();
            server.args = args.value_or(QStringList());
        }
        deployed.envNames = names(value, at, "env");
    } else {
        const std::optional<QString> url = string(value, at, "url", true);
        ok = url.has_value();
        server.url = url ? withoutSecrets(*url) : QString();
        deployed.headerNames = names(value, at, "headers");
    }
    if (!ok)
        return;
    deployed.place.path = at.text();
    m_pointers.push_back(at.pointer());
    m_config.servers.push_back(deployed);
}

void ConfigReader::readList(const Json& list, const JsonPath& at, std::vector<ListedEntry>& into)
{
    if (!list.is_array()) {
        error(at, Tr::tr("expected a list of entries ({\"serverName\": …}, {\"serverCommand\": […]} or "
                         "{\"serverUrl\": …}), not %1")
                      .arg(imports::jsonTypeName(list)));
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& value = list[i];
        const JsonPath here = at.index(i);
        const int ways = int(value.is_object() && value.contains("serverName")) +
                         int(value.is_object() && value.contains("serverCommand")) +
                         int(value.is_object() && value.contains("serverUrl"));
        if (!value.is_object() || ways != 1) {
            error(here, Tr::tr("an entry names its server in exactly one way: serverName, serverCommand or "
                               "serverUrl"));
            continue;
        }
        ListedEntry listed;
        ServerEntry& entry = listed.entry;
        if (value.contains("serverName")) {
            const std::optional<QString> name = string(value, here, "serverName", true);
            if (!name)
                continue;
            entry.by = ServerEntry::By::Name;
            entry.name = *name;
        } else if (value.contains("serverUrl")) {
            const std::optional<QString> url = string(value, here, "serverUrl", true);
            if (!url)
                continue;
            entry.by = ServerEntry::By::Url;
            entry.url = withoutSecrets(*url);
        } else {
            const std::optional<QStringList> command = strings(value["serverCommand"], here.key("serverCommand"));
            if (!command)
                continue;
            if (command->isEmpty() || command->front().isEmpty()) {
                error(here.key("serverCommand"), Tr::tr("must start with the command"));
                continue;
            }
            entry.by = ServerEntry::By::Command;
            entry.command = *command;
        }
        listed.place.path = here.text();
        m_pointers.push_back(here.pointer());
        into.push_back(listed);
    }
}

// Fills in the line and column of every place read, in one scan of the text.
void locate(ConfigFile& config, const QByteArray& text, const std::vector<std::string>& pointers)
{
    const std::set<std::string> wanted(pointers.begin(), pointers.end());
    const imports::ScanResult scan = imports::scanJson(text, wanted, true, imports::maxJsonDepth + 1);
    auto fill = [&](ConfigPlace& place, const std::string& pointer) {
        place.file = config.file;
        const auto found = scan.found.find(pointer);
        if (found != scan.found.end())
            std::tie(place.line, place.column) = lineAndColumn(text, found->second);
    };
    // The pointers were recorded in the order read: servers, the allow-list itself, its entries, the deny entries.
    std::size_t next = 0;
    for (DeployedServer& server : config.servers)
        fill(server.place, pointers[next++]);
    if (config.hasAllowList)
        fill(config.allowListPlace, pointers[next++]);
    for (ListedEntry& entry : config.allowed)
        fill(entry.place, pointers[next++]);
    for (ListedEntry& entry : config.denied)
        fill(entry.place, pointers[next++]);
    // nlohmann keeps an object's members sorted; people read them in the order of the file.
    std::stable_sort(config.servers.begin(), config.servers.end(),
                     [](const DeployedServer& a, const DeployedServer& b) {
                         return std::pair(a.place.line, a.place.column) < std::pair(b.place.line, b.place.column);
                     });
}

ConfigError errorAt(const QString& file, const QString& message, int line = 0, int column = 0)
{
    return {{file, line, column, {}}, message};
}

} // namespace

QString key(ConfigKind kind)
{
    switch (kind) {
    case ConfigKind::McpJson:
        return QStringLiteral("mcp-json");
    case ConfigKind::ManagedMcp:
        return QStringLiteral("managed-mcp");
    case ConfigKind::ClaudeDesktop:
        return QStringLiteral("claude-desktop");
    case ConfigKind::ManagedSettings:
        return QStringLiteral("managed-settings");
    }
    return {};
}

QString label(ConfigKind kind)
{
    switch (kind) {
    case ConfigKind::McpJson:
        return Tr::tr("MCP server file");
    case ConfigKind::ManagedMcp:
        return Tr::tr("managed MCP servers");
    case ConfigKind::ClaudeDesktop:
        return Tr::tr("Claude Desktop configuration");
    case ConfigKind::ManagedSettings:
        return Tr::tr("managed settings");
    }
    return {};
}

QString ConfigPlace::text() const
{
    if (line > 0 && column > 0)
        return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
    return file;
}

std::vector<ServerEntry> ConfigFile::allowedEntries() const
{
    std::vector<ServerEntry> entries;
    for (const ListedEntry& listed : allowed)
        entries.push_back(listed.entry);
    return entries;
}

std::vector<ServerEntry> ConfigFile::deniedEntries() const
{
    std::vector<ServerEntry> entries;
    for (const ListedEntry& listed : denied)
        entries.push_back(listed.entry);
    return entries;
}

QString ConfigError::text() const
{
    return QStringLiteral("%1: %2").arg(place.text(), message);
}

ParsedConfig parseConfig(const QString& file, const QByteArray& text)
{
    ParsedConfig result;
    result.config.file = file;
    if (text.size() > maxConfigBytes) {
        result.errors.push_back(
            errorAt(file, Tr::tr("is larger than %1 MiB, more than any Claude configuration; it was not read")
                              .arg(maxConfigBytes >> 20)));
        return result;
    }
    imports::ImportReport report;
    JsonDocument document(text, report, {maxConfigBytes, imports::maxJsonDepth, maxConfigValues});
    ConfigReader reader(document, result.config);
    if (document.ok()) {
        reader.read();
        document.locateIssues();
    }
    for (const imports::ImportIssue& issue : report.errors()) {
        const QString message = safeMessage(issue.message);
        result.errors.push_back(errorAt(file,
                                        issue.field.isEmpty() ? message : issue.field + QStringLiteral(": ") + message,
                                        issue.line, issue.column));
    }
    if (report.errorCount() > int(report.errors().size()))
        result.errors.push_back(errorAt(file, Tr::tr("%1 problems in all; the first %2 are listed")
                                                  .arg(report.errorCount())
                                                  .arg(report.errors().size())));
    if (!result.ok()) {
        result.config = ConfigFile();
        result.config.file = file;
        return result;
    }
    locate(result.config, text, reader.pointers());
    return result;
}

ParsedConfig readConfig(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return {{}, {errorAt(path, Tr::tr("is a folder, not a configuration file"))}};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {errorAt(path, Tr::tr("cannot read it: %1").arg(file.errorString()))}};
    // One byte more than allowed tells a file that is too large, without reading all of it.
    const QByteArray bytes = file.read(maxConfigBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {{}, {errorAt(path, Tr::tr("cannot read it: %1").arg(file.errorString()))}};
    return parseConfig(path, bytes);
}

} // namespace steward::reconcile
