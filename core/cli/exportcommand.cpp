#include "cli/exportcommand.h"

#include "cli/cli.h"
#include "cli/cliparse.h"
#include "export/icsexport.h"
#include "rules/findings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
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
    if (*format != QLatin1String("ics")) {
        report(err, file, Tr::tr("--format %1 is not available yet").arg(*format));
        return UsageOrIoError;
    }
    if (object)
        throw UsageError{Tr::tr("--object does not apply to --format ics: the calendar holds every review")};
    const auto output = parsed.option(QStringLiteral("output"));
    if (output && sameFile(*output, file)) {
        report(err, *output, Tr::tr("that is the inventory itself; the export would replace it"));
        return UsageOrIoError;
    }

    QByteArray bytes;
    try {
        // Read-only: no lock is taken, so a file open in the editor exports too, and nothing can
        // be written to the inventory.
        const auto store = Store::open(file, Store::Mode::ReadOnly);
        bytes = ics::reviewCalendar(rules::readLintInput(*store),
                                    {QFileInfo(file).fileName(), store->inventoryId(), today});
    } catch (const OpenError& e) {
        report(err, file, e.message());
        return UsageOrIoError;
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
        return UsageOrIoError;
    }

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
    const int events = int(bytes.count("\r\nBEGIN:VEVENT\r\n"));
    // Never fewer than the four governance objects, so the plural is always right.
    out << Tr::tr("Wrote %1 review events to %2.").arg(events).arg(*output) << Qt::endl;
    return Success;
}

} // namespace steward::cli
