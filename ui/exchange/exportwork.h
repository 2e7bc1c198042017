#pragma once

#include "export/inventoryobject.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace steward {
class Store;
}

// What File › Export… writes, as `steward export` does (core/cli/exportcommand.cpp): CSV holds one
// object, Markdown and HTML one or every object, JSON, the policy config and the calendar the whole
// inventory; the two Claude Code files the approved connectors.
namespace steward::ui {

enum class ExportFormat { Json, PolicyJson, Markdown, Html, Csv, Ics, ClaudeManagedSettings, ClaudeManagedMcp };

struct ExportChoice
{
    ExportFormat format = ExportFormat::Json;
    std::optional<InventoryObject> object; // CSV: required; Markdown, HTML: nullopt for every object
    bool excel = false;                    // CSV: with the byte-order mark Excel needs
    bool managedOnly = false;              // managed settings: allowManagedMcpServersOnly (--managed-only)
};

// "CSV (one object, for spreadsheets)", as the format list shows it.
QString exportFormatTitle(ExportFormat format);
// The file name suffix without the dot: "csv", "md".
QString exportSuffix(ExportFormat format);
bool exportsOneObject(ExportFormat format); // CSV: an object must be chosen
bool exportsAnyObject(ExportFormat format); // Markdown, HTML: one object or all of them
bool isClaudeFormat(ExportFormat format);   // managed-settings.json, managed-mcp.json
// What the choice names in messages: "connectors as CSV", "the inventory as Markdown".
QString exportDescription(const ExportChoice& choice);

// The file name the export suggests beside the inventory: fernhill.json, fernhill-connectors.csv,
// fernhill.md (every object), fernhill-policy-config.json, fernhill-reviews.ics; the Claude files
// under the names Claude Code reads them by (managed-settings.json, managed-mcp.json).
QString defaultExportName(const QString& inventoryPath, const ExportChoice& choice);

// What the core exporter gives for the choice: the bytes and, for the Claude files, what to know
// before deploying them. `inventoryPath` names the document and the calendar, `today` dates the calendar.
struct ExportContent
{
    QByteArray bytes;
    QStringList notes;
    int servers = 0; // the Claude files: allow-list entries, or servers in the map
};
ExportContent exportContent(const Store& store, const QString& inventoryPath, const ExportChoice& choice,
                            const QDate& today);
QByteArray exportBytes(const Store& store, const QString& inventoryPath, const ExportChoice& choice,
                       const QDate& today);
// Where Claude Code reads the managed files from, for the report after writing one.
QString claudeDeploymentNote(ExportFormat format);

// Whether `destination` is the inventory file itself (which an export must never replace).
bool isInventoryFile(const QString& destination, const QString& inventoryPath);

// The result of a run on a worker: the error that stopped it ("" when none), the bytes written.
struct ExportOutcome
{
    QString error;
    qint64 written = 0;
    bool cancelled = false;
    QStringList notes; // the Claude files: what to know before deploying
    int servers = 0;
};

// On a worker: opens the inventory read-only (the window keeps writing through its own store),
// exports, and replaces `destination` whole or not at all. Nothing is written once cancel was asked.
ExportOutcome runExport(const QString& inventoryPath, const ExportChoice& choice, const QString& destination,
                        const QDate& today, const std::atomic_bool& cancelRequested);

} // namespace steward::ui
