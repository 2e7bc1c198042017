#include "cli/importcommand.h"

#include "cli/cli.h"
#include "cli/cliparse.h"
#include "export/inventoryobject.h"
#include "import/csvimport.h"
#include "import/jsonimport.h"
#include "import/policyjsonimport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace steward::cli {
namespace {

// The translation context lupdate files these strings under (shared with cli.cpp).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::cli)
};

using Importer = imports::ImportReport (*)(Store& store, const QByteArray& text);
// For the formats that hold one object, named by --object.
using ObjectImporter = imports::ImportReport (*)(Store& store, InventoryObject object, const QByteArray& text);

struct ImportFormat
{
    const char* name;
    Importer importer;             // the input says what it holds
    ObjectImporter objectImporter; // --object says what it holds
};

// Every format `steward import` names; a new one is a line here.
constexpr ImportFormat importFormats[] = {
    {"json", imports::importInventoryJson, nullptr},
    {"policy-json", imports::importPolicyJson, nullptr},
    {"csv", nullptr, imports::importCsv},
};

// The largest input any importer reads: beyond it, the import is refused before it is read.
constexpr qint64 maxInputBytes = qint64(256) << 20;

QStringList formatNames()
{
    QStringList names;
    for (const ImportFormat& format : importFormats)
        names.append(QString::fromLatin1(format.name));
    return names;
}

// The whole input, or nullopt after reporting why it cannot be read. "-" is stdin.
std::optional<QByteArray> readInput(const QString& input, QTextStream& err)
{
    QFile file;
    const bool stdIn = input == QLatin1String("-");
    if (stdIn) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            report(err, input, Tr::tr("cannot read stdin: %1").arg(file.errorString()));
            return std::nullopt;
        }
    } else {
        file.setFileName(input);
        if (QFileInfo(input).isDir() || !file.open(QIODevice::ReadOnly)) {
            report(err, input,
                   QFileInfo(input).isDir() ? Tr::tr("is a folder, not a file to import")
                                            : Tr::tr("cannot read it: %1").arg(file.errorString()));
            return std::nullopt;
        }
    }
    // One byte more than allowed tells a file that is too large, without reading all of it.
    const QByteArray bytes = file.read(maxInputBytes + 1);
    if (bytes.size() > maxInputBytes) {
        report(err, input,
               Tr::tr("is larger than %1 MiB, more than any inventory; nothing was imported").arg(maxInputBytes >> 20));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        report(err, input, Tr::tr("cannot read it: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return bytes;
}

} // namespace

int commandImport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(args, {QStringLiteral("format"), QStringLiteral("object"), QStringLiteral("actor")});
    if (parsed.positionals.size() < 2)
        throw UsageError{parsed.positionals.isEmpty() ? Tr::tr("missing FILE") : Tr::tr("missing INPUT")};
    if (parsed.positionals.size() > 2)
        throw UsageError{Tr::tr("unexpected argument %1").arg(parsed.positionals[2])};
    const QString file = parsed.positionals[0];
    const QString input = parsed.positionals[1];
    if (file.trimmed().isEmpty() || input.trimmed().isEmpty())
        throw UsageError{Tr::tr("FILE and INPUT must not be empty")};
    const QString formats = formatNames().join(QStringLiteral(", "));
    const auto format = parsed.option(QStringLiteral("format"));
    if (!format)
        throw UsageError{Tr::tr("import needs --format FORMAT, one of %1").arg(formats)};
    const ImportFormat* chosen = nullptr;
    for (const ImportFormat& candidate : importFormats) {
        if (*format == QLatin1String(candidate.name))
            chosen = &candidate;
    }
    if (!chosen)
        throw UsageError{Tr::tr("--format is one of %1, not \"%2\"").arg(formats, *format)};
    if (!chosen->importer && !chosen->objectImporter) {
        report(err, file, Tr::tr("--format %1 is not available yet").arg(*format));
        return UsageOrIoError;
    }
    const auto objectName = parsed.option(QStringLiteral("object"));
    if (objectName && chosen->importer)
        throw UsageError{Tr::tr("--object does not apply to --format %1: the input says what it holds").arg(*format)};
    // The audit trail is exported, never imported: Steward alone writes it.
    QStringList importable = objectKeys();
    importable.removeAll(objectKey(InventoryObject::Audit));
    if (!objectName && chosen->objectImporter)
        throw UsageError{Tr::tr("--format %1 needs --object NAME, one of %2: a %1 file holds one object")
                             .arg(*format, importable.join(QStringLiteral(", ")))};
    if (objectName && *objectName == objectKey(InventoryObject::Audit))
        throw UsageError{Tr::tr("--object audit cannot be imported: Steward writes the audit trail, one entry per "
                                "change")};
    if (objectName && !importable.contains(*objectName))
        throw UsageError{
            Tr::tr("--object is one of %1, not \"%2\"").arg(importable.join(QStringLiteral(", ")), *objectName)};

    // The input is read whole before the inventory is opened: one that cannot be read never locks it.
    const auto bytes = readInput(input, err);
    if (!bytes)
        return UsageOrIoError;
    imports::ImportReport result;
    try {
        auto store = Store::open(file);
        if (const auto actor = parsed.option(QStringLiteral("actor")))
            store->setActor(*actor);
        result = chosen->importer ? chosen->importer(*store, *bytes)
                                  : chosen->objectImporter(*store, *parseObject(*objectName), *bytes);
    } catch (const OpenError& e) {
        report(err, file, e.message());
        return UsageOrIoError;
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
        return UsageOrIoError;
    }
    if (!result.ok()) {
        for (const imports::ImportIssue& issue : result.errors())
            err << QStringLiteral("steward: %1").arg(imports::issueText(input, issue)) << Qt::endl;
        if (result.errorCount() > int(result.errors().size()))
            report(err, input,
                   Tr::tr("and %1 more errors not shown").arg(result.errorCount() - int(result.errors().size())));
        report(err, file, Tr::tr("nothing was imported; the inventory is as it was"));
        return UsageOrIoError;
    }
    out << imports::reportText(result, input, file);
    out.flush();
    return Success;
}

} // namespace steward::cli
