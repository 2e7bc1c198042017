#include "cli/exportcommand.h"

#include "cli/cli.h"
#include "cli/cliparse.h"
#include "export/claudeexport.h"
#include "export/csvexport.h"
#include "export/htmlexport.h"
#include "export/icsexport.h"
#include "export/jsonexport.h"
#include "export/markdownexport.h"
#include "rules/findings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileDevice>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QScopeGuard>

namespace steward::cli {
namespace {

// The translation context lupdate files these strings under (shared with cli.cpp).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::cli)
};

// DESIGN.md's export formats, all recognised so that a format still to come is told apart from a
// typing mistake.
const QStringList& exportFormats()
{
    static const QStringList formats{QStringLiteral("json"),
                                     QStringLiteral("policy-json"),
                                     QStringLiteral("markdown"),
                                     QStringLiteral("csv"),
                                     QStringLiteral("html"),
                                     QStringLiteral("ics"),
                                     QStringLiteral("claude-managed-settings"),
                                     QStringLiteral("claude-managed-mcp")};
    return formats;
}

// What --object names (DESIGN.md): one object of the inventory, for the formats that hold one.
const QStringList& exportObjects()
{
    static const QStringList objects = objectKeys();
    return objects;
}

// The formats that write one object (--object) or, for the documents, every object without it.
bool writesObjects(const QString& format)
{
    return format == QLatin1String("csv") || format == QLatin1String("markdown") || format == QLatin1String("html");
}

// What a format writes from the inventory (opened read-only), and what the -o message says of it.
struct Exported
{
    QByteArray bytes;
    QString written;
    QStringList notes = {}; // what to know before deploying it (claude-managed-*), printed after it
};

struct ExportInput
{
    const Store& store;
    QString file;
    QDate today;
    std::optional<InventoryObject> object;
    bool excel = false;
    bool managedOnly = false;
};

Exported icsExport(const ExportInput& in)
{
    Exported result;
    result.bytes = ics::reviewCalendar(rules::readLintInput(in.store),
                                       {QFileInfo(in.file).fileName(), in.store.inventoryId(), in.today});
    // Never fewer than the four governance objects, so the plural is always right.
    result.written = Tr::tr("%1 review events").arg(result.bytes.count("\r\nBEGIN:VEVENT\r\n"));
    return result;
}

Exported jsonExport(const ExportInput& in)
{
    return {jsonexport::inventoryJson(in.store), Tr::tr("the inventory")};
}

Exported policyJsonExport(const ExportInput& in)
{
    return {jsonexport::policyConfigJson(in.store), Tr::tr("the policy config")};
}

exports::DocumentOptions documentOptions(const ExportInput& in)
{
    return {QFileInfo(in.file).completeBaseName()};
}

QString writtenObject(const ExportInput& in, const QString& format)
{
    return in.object ? Tr::tr("%1 as %2").arg(objectKey(*in.object), format)
                     : Tr::tr("the inventory as %1").arg(format);
}

Exported markdownExport(const ExportInput& in)
{
    return {exports::markdownExport(in.store, in.object, documentOptions(in)), writtenObject(in, Tr::tr("Markdown"))};
}

Exported htmlExport(const ExportInput& in)
{
    return {exports::htmlExport(in.store, in.object, documentOptions(in)), writtenObject(in, Tr::tr("HTML"))};
}

Exported csvExport(const ExportInput& in)
{
    return {exports::csvExport(in.store, *in.object, {in.excel}), writtenObject(in, Tr::tr("CSV"))};
}

Exported claudeSettingsExport(const ExportInput& in)
{
    const exports::ClaudeExport result = exports::claudeManagedSettings(in.store.connectors(), {in.managedOnly});
    return {result.bytes, Tr::tr("the managed settings (allow-list entries: %1)").arg(result.servers), result.notes};
}

Exported claudeMcpExport(const ExportInput& in)
{
    const exports::ClaudeExport result = exports::claudeManagedMcp(in.store.connectors());
    return {result.bytes, Tr::tr("the managed MCP configuration (servers: %1)").arg(result.servers), result.notes};
}

// The formats written so far; the others in exportFormats() answer "not available yet". A new
// format is a function above and a line here.
using Exporter = Exported (*)(const ExportInput&);
Exporter exporterFor(const QString& format)
{
    static const QHash<QString, Exporter> exporters{
        {QStringLiteral("ics"), icsExport},
        {QStringLiteral("json"), jsonExport},
        {QStringLiteral("policy-json"), policyJsonExport},
        {QStringLiteral("markdown"), markdownExport},
        {QStringLiteral("csv"), csvExport},
        {QStringLiteral("html"), htmlExport},
        {QStringLiteral("claude-managed-settings"), claudeSettingsExport},
        {QStringLiteral("claude-managed-mcp"), claudeMcpExport},
    };
    return exporters.value(format);
}

bool sameFile(const QString& a, const QString& b)
{
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

} // namespace

int commandExport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(
        args, {QStringLiteral("format"), QStringLiteral("object"), QStringLiteral("output"), QStringLiteral("today")},
        {{QStringLiteral("-o"), QStringLiteral("output")}}, {QStringLiteral("excel"), QStringLiteral("managed-only")});
    const QString file = onePositional(parsed, Tr::tr("FILE"));
    const auto format = parsed.option(QStringLiteral("format"));
    const QString formats = exportFormats().join(QStringLiteral(", "));
    if (!format)
        throw UsageError{Tr::tr("export needs --format FORMAT, one of %1").arg(formats)};
    if (!exportFormats().contains(*format))
        throw UsageError{Tr::tr("--format is one of %1, not \"%2\"").arg(formats, *format)};
    const auto object = parsed.option(QStringLiteral("object"));
    if (object && !exportObjects().contains(*object))
        throw UsageError{
            Tr::tr("--object is one of %1, not \"%2\"").arg(exportObjects().join(QStringLiteral(", ")), *object)};
    QDate today = QDate::currentDate();
    if (const auto day = parsed.option(QStringLiteral("today"))) {
        today = QDate::fromString(*day, Qt::ISODate);
        if (!today.isValid())
            throw UsageError{Tr::tr("--today takes a date as YYYY-MM-DD, not %1").arg(*day)};
    }
    const Exporter exporter = exporterFor(*format);
    if (!exporter) {
        report(err, file, Tr::tr("--format %1 is not available yet").arg(*format));
        return UsageOrIoError;
    }
    if (object && *format == QLatin1String("ics"))
        throw UsageError{Tr::tr("--object does not apply to --format ics: the calendar holds every review")};
    if (object && !writesObjects(*format))
        throw UsageError{Tr::tr("--object does not apply to --format %1: it holds the whole inventory").arg(*format)};
    if (!object && *format == QLatin1String("csv"))
        throw UsageError{Tr::tr("--format csv needs --object NAME, one of %1: a CSV file holds one object")
                             .arg(exportObjects().join(QStringLiteral(", ")))};
    if (object && *object == QLatin1String("audit") && *format != QLatin1String("csv"))
        throw UsageError{Tr::tr("--object audit is written with --format csv only")};
    const bool excel = parsed.flag(QStringLiteral("excel"));
    if (excel && *format != QLatin1String("csv"))
        throw UsageError{Tr::tr("--excel applies to --format csv only: it starts the file with the byte-order mark "
                                "Excel needs to read UTF-8")};
    const bool managedOnly = parsed.flag(QStringLiteral("managed-only"));
    if (managedOnly && *format != QLatin1String("claude-managed-settings"))
        throw UsageError{Tr::tr("--managed-only applies to --format claude-managed-settings only: it adds "
                                "allowManagedMcpServersOnly")};
    const auto output = parsed.option(QStringLiteral("output"));
    if (output && sameFile(*output, file)) {
        report(err, *output, Tr::tr("that is the inventory itself; the export would replace it"));
        return UsageOrIoError;
    }

    Exported exported;
    try {
        // Read-only: no lock is taken, so a file open in the editor exports too, and nothing can
        // be written to the inventory.
        const auto store = Store::open(file, Store::Mode::ReadOnly);
        // Every table as one commit left it, though the editor saves meanwhile.
        store->beginSnapshot();
        const auto endRead = qScopeGuard([&store] { store->endSnapshot(); });
        exported = exporter({*store, file, today, object ? parseObject(*object) : std::nullopt, excel, managedOnly});
    } catch (const OpenError& e) {
        report(err, file, e.message());
        return UsageOrIoError;
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
        return UsageOrIoError;
    }

    const QByteArray& bytes = exported.bytes;
    if (!output) {
        // The bytes as they are (a CSV's byte-order mark and CRLF included), not re-encoded text.
        out.flush();
        if (QIODevice* device = out.device()) {
            device->write(bytes);
            if (auto* stdoutFile = qobject_cast<QFileDevice*>(device))
                stdoutFile->flush();
        } else {
            out << QString::fromUtf8(bytes);
        }
        out.flush();
        for (const QString& note : exported.notes)
            err << Tr::tr("steward: note: %1").arg(note) << Qt::endl;
        return Success;
    }
    // All or nothing: a failed write leaves OUT as it was, never a calendar cut short.
    QSaveFile save(*output);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit()) {
        report(err, *output, Tr::tr("cannot write the export: %1").arg(save.errorString()));
        return UsageOrIoError;
    }
    out << Tr::tr("Wrote %1 to %2.").arg(exported.written, *output) << Qt::endl;
    for (const QString& note : exported.notes)
        out << Tr::tr("note: %1").arg(note) << Qt::endl;
    return Success;
}

} // namespace steward::cli
