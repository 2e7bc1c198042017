#include "reconcile/configset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace steward::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::ReconcilePage)
};

// The last `parts` components of a path: "app/.mcp.json" for parts 2.
QString tail(const QString& path, int parts)
{
    const QStringList all = QDir::fromNativeSeparators(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QDir::toNativeSeparators(all.mid(std::max<qsizetype>(0, all.size() - parts)).join(QLatin1Char('/')));
}

} // namespace

QStringList LoadedConfig::errorTexts() const
{
    QStringList texts;
    for (const reconcile::ConfigError& error : parsed.errors)
        texts.append(error.text());
    return texts;
}

void ConfigSet::add(const QStringList& paths)
{
    for (const QString& given : paths) {
        const QString path = QFileInfo(given).absoluteFilePath();
        const auto listed =
            std::find_if(m_files.begin(), m_files.end(), [&](const LoadedConfig& file) { return file.path == path; });
        if (listed != m_files.end()) {
            read(*listed);
            continue;
        }
        LoadedConfig file;
        file.path = path;
        file.shownName = QFileInfo(path).fileName();
        read(file);
        m_files.push_back(std::move(file));
    }
    rename();
}

void ConfigSet::remove(const std::vector<int>& indexes)
{
    std::vector<int> sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int index : sorted) {
        if (index >= 0 && std::size_t(index) < m_files.size())
            m_files.erase(m_files.begin() + index);
    }
    rename();
}

void ConfigSet::clear()
{
    m_files.clear();
}

void ConfigSet::reloadAll()
{
    for (LoadedConfig& file : m_files)
        read(file);
}

std::vector<reconcile::ConfigFile> ConfigSet::comparable() const
{
    std::vector<reconcile::ConfigFile> configs;
    for (const LoadedConfig& file : m_files) {
        if (file.ok())
            configs.push_back(file.parsed.config);
    }
    return configs;
}

int ConfigSet::unreadableCount() const
{
    return int(std::count_if(m_files.begin(), m_files.end(), [](const LoadedConfig& file) { return !file.ok(); }));
}

// As reconcile::readConfig reads a file, but naming it by its shown name in every message.
void ConfigSet::read(LoadedConfig& file)
{
    file.bytes.clear();
    file.readError.clear();
    QFile input(file.path);
    if (QFileInfo(file.path).isDir()) {
        file.readError = Tr::tr("is a folder, not a configuration file");
    } else if (!input.open(QIODevice::ReadOnly)) {
        file.readError = Tr::tr("cannot read it: %1").arg(input.errorString());
    } else {
        // One byte more than allowed tells a file that is too large, without reading all of it.
        file.bytes = input.read(reconcile::maxConfigBytes + 1);
        if (input.error() != QFileDevice::NoError) {
            file.readError = Tr::tr("cannot read it: %1").arg(input.errorString());
            file.bytes.clear();
        }
    }
    if (file.readError.isEmpty()) {
        file.parsed = reconcile::parseConfig(file.shownName, file.bytes);
    } else {
        reconcile::ConfigError error;
        error.place.file = file.shownName;
        error.message = file.readError;
        file.parsed = {{}, {error}};
    }
}

// Each file by its name; where names repeat, by as much of the path as tells them apart.
void ConfigSet::rename()
{
    for (LoadedConfig& file : m_files) {
        QString name;
        for (int parts = 1; parts <= 256; ++parts) {
            name = tail(file.path, parts);
            const bool clash = std::any_of(m_files.begin(), m_files.end(), [&](const LoadedConfig& other) {
                return &other != &file && tail(other.path, parts) == name;
            });
            if (!clash)
                break;
        }
        if (file.shownName == name)
            continue;
        file.shownName = name;
        read(file); // its messages name it: read it again under the new name
    }
}

QString shapeText(reconcile::ConfigKind kind)
{
    switch (kind) {
    case reconcile::ConfigKind::McpJson:
        return Tr::tr(".mcp.json (a project's servers)");
    case reconcile::ConfigKind::ManagedMcp:
        return Tr::tr("managed-mcp.json (the managed servers)");
    case reconcile::ConfigKind::ClaudeDesktop:
        return Tr::tr("claude_desktop_config.json (Claude Desktop)");
    case reconcile::ConfigKind::ManagedSettings:
        return Tr::tr("managed-settings.json (allow- and deny-lists)");
    }
    return {};
}

QString contentsText(const reconcile::ConfigFile& config)
{
    QStringList parts;
    if (config.hasServers) {
        QStringList names;
        for (const reconcile::DeployedServer& server : config.servers)
            names.append(server.name);
        const int count = int(names.size());
        constexpr int shown = 4;
        if (names.size() > shown) {
            names = names.mid(0, shown);
            names.append(Tr::tr("…"));
        }
        parts.append(count == 0 ? Tr::tr("no servers")
                                : Tr::tr("%n server(s): %1", "", count).arg(names.join(QStringLiteral(", "))));
    }
    if (config.hasAllowList)
        parts.append(Tr::tr("allows %n entry(ies)", "", int(config.allowed.size())));
    if (!config.denied.empty())
        parts.append(Tr::tr("denies %n entry(ies)", "", int(config.denied.size())));
    if (config.managedOnly.value_or(false))
        parts.append(Tr::tr("managed servers only"));
    if (parts.isEmpty())
        return Tr::tr("no MCP servers and no lists");
    return parts.join(QStringLiteral(" · "));
}

} // namespace steward::ui
