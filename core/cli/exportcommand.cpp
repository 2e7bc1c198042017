#include "cli/exportcommand.h"

#include "cli/cli.h"
#include "cli/cliparse.h"
#include "export/icsexport.h"
#include "export/jsonexport.h"
#include "rules/findings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

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
    static const QStringList objects{QStringLiteral("policy"),     QStringLiteral("workspaces"),
                                     QStringLiteral("connectors"), QStringLiteral("skills"),
                                     QStringLiteral("people"),     QStringLiteral("raci"),
                                     QStringLiteral("requests"),   QStringLiteral("incidents"),
                                     QStringLiteral("reviews"),    QStringLiteral("audit")};
    return objects;
}

// What a format writes from the inventory (opened read-only), and what the -o message says of it.
struct Exported
{
    QByteArray bytes;
    QString written;
};

struct ExportInput
{
    const Store& store;
    QString file;
    QDate today;
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

// The formats written so far; the others in exportFormats() answer "not available yet". A new
// format is a function above and a line here.
using Exporter = Exported (*)(const ExportInput&);
Exporter exporterFor(const QString& format)
{
    static const QHash<QString, Exporter> exporters{
        {QStringLiteral("ics"), icsExport},
        {QStringLiteral("json"), jsonExport},
        {QStringLiteral("policy-json"), policyJsonExport},
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
        {{QStringLiteral("-o"), QStringLiteral("output")}});
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
    if (object)
        throw UsageError{Tr::tr("--object does not apply to --format %1: it holds the whole inventory").arg(*format)};
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
        exported = exporter({*store, file, today});
    } catch (const OpenError& e) {
        report(err, file, e.message());
        return UsageOrIoError;
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
        return UsageOrIoError;
    }

    const QByteArray& bytes = exported.bytes;
    if (!output) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return Success;
    }
    // All or nothing: a failed write leaves OUT as it was, never a calendar cut short.
    QSaveFile save(*output);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit()) {
        report(err, *output, Tr::tr("cannot write the export: %1").arg(save.errorString()));
        return UsageOrIoError;
    }
    out << Tr::tr("Wrote %1 to %2.").arg(exported.written, *output) << Qt::endl;
    return Success;
}

} // namespace steward::cli
