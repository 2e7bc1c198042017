#pragma once

#include "reconcile/claudeconfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

// The Claude configuration files the Reconcile page compares, as they were read: each with the
// shape found in it or why it cannot be compared. A file is read once when it is added (and again on
// Reload), never written. Messages name a file by its name alone while that is unambiguous (two
// projects' .mcp.json are told apart by their folder), so they stay readable in a table.
namespace steward::ui {

struct LoadedConfig
{
    QString path;                   // absolute
    QString shownName;              // what messages and the list call it
    reconcile::ParsedConfig parsed; // its contents, or its errors
    QByteArray bytes;               // as read; empty when it could not be read
    QString readError;              // "" when it was read

    bool ok() const { return readError.isEmpty() && parsed.ok(); }
    // The errors as "FILE:LINE:COLUMN: message", in the order of the text.
    QStringList errorTexts() const;
};

class ConfigSet
{
public:
    // Reads the files and adds them; a file listed already is read again in its place.
    void add(const QStringList& paths);
    void remove(const std::vector<int>& indexes);
    void clear();
    // Reads every file again (someone edited them since).
    void reloadAll();

    const std::vector<LoadedConfig>& files() const { return m_files; }
    bool isEmpty() const { return m_files.empty(); }
    // The files that can be compared, in the order they were added.
    std::vector<reconcile::ConfigFile> comparable() const;
    int unreadableCount() const;

private:
    static void read(LoadedConfig& file);
    void rename();

    std::vector<LoadedConfig> m_files;
};

// What a file's shape is called in the list: ".mcp.json (a project's servers)".
QString shapeText(reconcile::ConfigKind kind);
// What a readable file holds: "3 servers: github, linear, slack", "allows 4 · denies 1 · managed only".
QString contentsText(const reconcile::ConfigFile& config);

} // namespace steward::ui
