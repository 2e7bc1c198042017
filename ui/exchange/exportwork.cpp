#include "exchange/exportwork.h"

#include "export/claudeexport.h"
#include "export/csvexport.h"
#include "export/htmlexport.h"
#include "export/icsexport.h"
#include "export/jsonexport.h"
#include "export/markdownexport.h"
#include "rules/findings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace steward::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::Export)
};

QString baseName(const QString& inventoryPath)
{
    const QString name = QFileInfo(inventoryPath).completeBaseName();
    return name.isEmpty() ? QStringLiteral("inventory") : name;
}

} // namespace

QString exportFormatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return Tr::tr("JSON — the whole inventory, to keep or import elsewhere");
    case ExportFormat::PolicyJson:
        return Tr::tr("Policy config JSON — connectors, review tiers, prohibited uses, audit fields");
    case ExportFormat::Markdown:
        return Tr::tr("Markdown — tables for Confluence, Notion, GitHub");
    case ExportFormat::Html:
        return Tr::tr("HTML — a document to print or copy tables from");
    case ExportFormat::Csv:
        return Tr::tr("CSV — one object, for spreadsheets");
    case ExportFormat::Ics:
        return Tr::tr("Calendar (ICS) — every review due date");
    case ExportFormat::ClaudeManagedSettings:
        return Tr::tr("Claude Code managed settings — allow- and deny-lists of MCP servers");
    case ExportFormat::ClaudeManagedMcp:
        return Tr::tr("Claude Code managed MCP — the fixed set of approved servers");
    }
    return {};
}

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
    case ExportFormat::PolicyJson:
    case ExportFormat::ClaudeManagedSettings:
    case ExportFormat::ClaudeManagedMcp:
        return QStringLiteral("json");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Ics:
        return QStringLiteral("ics");
    }
    return {};
}

bool exportsOneObject(ExportFormat format)
{
    return format == ExportFormat::Csv;
}

bool exportsAnyObject(ExportFormat format)
{
    return format == ExportFormat::Markdown || format == ExportFormat::Html;
}

bool isClaudeFormat(ExportFormat format)
{
    return format == ExportFormat::ClaudeManagedSettings || format == ExportFormat::ClaudeManagedMcp;
}

QString exportDescription(const ExportChoice& choice)
{
    switch (choice.format) {
    case ExportFormat::Json:
        return Tr::tr("the inventory as JSON");
    case ExportFormat::PolicyJson:
        return Tr::tr("the policy config");
    case ExportFormat::Ics:
        return Tr::tr("the review calendar");
    case ExportFormat::ClaudeManagedSettings:
        return Tr::tr("the Claude Code managed settings");
    case ExportFormat::ClaudeManagedMcp:
        return Tr::tr("the Claude Code managed MCP servers");
    case ExportFormat::Markdown:
    case ExportFormat::Html:
    case ExportFormat::Csv:
        break;
    }
    const QString format = choice.format == ExportFormat::Csv        ? Tr::tr("CSV")
                           : choice.format == ExportFormat::Markdown ? Tr::tr("Markdown")
                                                                     : Tr::tr("HTML");
    return choice.object ? Tr::tr("%1 as %2").arg(objectTitle(*choice.object), format)
                         : Tr::tr("the inventory as %1").arg(format);
}

QString defaultExportName(const QString& inventoryPath, const ExportChoice& choice)
{
    // Claude Code reads these files by name only: another name would be deployed for nothing.
    if (choice.format == ExportFormat::ClaudeManagedSettings)
        return QStringLiteral("managed-settings.json");
    if (choice.format == ExportFormat::ClaudeManagedMcp)
        return QStringLiteral("managed-mcp.json");
    QString name = baseName(inventoryPath);
    if (choice.format == ExportFormat::PolicyJson)
        name += QStringLiteral("-policy-config");
    else if (choice.format == ExportFormat::Ics)
        name += QStringLiteral("-reviews");
    else if (choice.object && (exportsOneObject(choice.format) || exportsAnyObject(choice.format)))
        name += QLatin1Char('-') + objectKey(*choice.object);
    return name + QLatin1Char('.') + exportSuffix(choice.format);
}

ExportContent exportContent(const Store& store, const QString& inventoryPath, const ExportChoice& choice,
                            const QDate& today)
{
    const exports::DocumentOptions document{QFileInfo(inventoryPath).completeBaseName()};
    switch (choice.format) {
    case ExportFormat::Json:
        return {jsonexport::inventoryJson(store), {}};
    case ExportFormat::PolicyJson:
        return {jsonexport::policyConfigJson(store), {}};
    case ExportFormat::Markdown:
        return {exports::markdownExport(store, choice.object, document), {}};
    case ExportFormat::Html:
        return {exports::htmlExport(store, choice.object, document), {}};
    case ExportFormat::Csv:
        return {exports::csvExport(store, choice.object.value_or(InventoryObject::Connectors), {choice.excel}), {}};
    case ExportFormat::Ics:
        return {ics::reviewCalendar(rules::readLintInput(store),
                                    {QFileInfo(inventoryPath).fileName(), store.inventoryId(), today}),
                {}};
    case ExportFormat::ClaudeManagedSettings: {
        exports::ClaudeExport result = exports::claudeManagedSettings(store.connectors(), {choice.managedOnly});
        return {std::move(result.bytes), std::move(result.notes), result.servers};
    }
    case ExportFormat::ClaudeManagedMcp: {
        exports::ClaudeExport result = exports::claudeManagedMcp(store.connectors());
        return {std::move(result.bytes), std::move(result.notes), result.servers};
    }
    }
    return {};
}

QByteArray exportBytes(const Store& store, const QString& inventoryPath, const ExportChoice& choice, const QDate& today)
{
    return exportContent(store, inventoryPath, choice, today).bytes;
}

QString claudeDeploymentNote(ExportFormat format)
{
    QString note = Tr::tr(
        "Deploy it in Claude Code's managed folder, where users cannot change it: /etc/claude-code/ on Linux and "
        "WSL, /Library/Application Support/ClaudeCode/ on macOS, C:\\Program Files\\ClaudeCode\\ on Windows "
        "(by MDM, a configuration-management tool or a package).");
    if (format == ExportFormat::ClaudeManagedSettings)
        note += QLatin1Char(' ') + Tr::tr("If the managed-settings.json you deploy holds other settings, merge these "
                                          "members into it rather than replacing it.");
    return note + QLatin1Char(' ') + Tr::tr("Then compare what is deployed on the Reconcile page.");
}

bool isInventoryFile(const QString& destination, const QString& inventoryPath)
{
    const QString canonical = QFileInfo(destination).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(inventoryPath).canonicalFilePath();
}

ExportOutcome runExport(const QString& inventoryPath, const ExportChoice& choice, const QString& destination,
                        const QDate& today, const std::atomic_bool& cancelRequested)
{
    ExportOutcome outcome;
    QByteArray bytes;
    try {
        const std::unique_ptr<Store> store = Store::open(inventoryPath, Store::Mode::ReadOnly);
        ExportContent content = exportContent(*store, inventoryPath, choice, today);
        bytes = std::move(content.bytes);
        outcome.notes = std::move(content.notes);
        outcome.servers = content.servers;
    } catch (const std::exception& e) {
        outcome.error = Tr::tr("Cannot read the inventory: %1").arg(QString::fromUtf8(e.what()));
        return outcome;
    }
    if (cancelRequested) {
        outcome.cancelled = true;
        return outcome;
    }
    // All or nothing: a failed or cancelled write leaves the destination as it was.
    QSaveFile save(destination);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size()) {
        outcome.error = Tr::tr("Cannot write %1: %2").arg(destination, save.errorString());
        return outcome;
    }
    if (cancelRequested) {
        save.cancelWriting();
        outcome.cancelled = true;
        return outcome;
    }
    if (!save.commit()) {
        outcome.error = Tr::tr("Cannot write %1: %2").arg(destination, save.errorString());
        return outcome;
    }
    outcome.written = bytes.size();
    return outcome;
}

} // namespace steward::ui
