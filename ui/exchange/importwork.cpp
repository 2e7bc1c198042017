#include "exchange/importwork.h"

#include "export/csvexport.h"
#include "import/csvimport.h"
#include "import/csvreader.h"
#include "import/jsonimport.h"
#include "import/policyjsonimport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace steward::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::ui::Import)
};

// Thrown inside the import's transaction to roll it back: a dry run, or a cancel.
struct Rollback
{
};

// The preview shows this many rows; the report covers them all.
constexpr int previewRows = 20;
// What a name column of a JSON record may be called, for the preview's "first of them".
const char* const nameKeys[] = {"name", "title", "subject", "scope"};

// As the CSV importer matches column names: any case, spaces or hyphens for underscores.
QString columnKey(const QString& name)
{
    QString key = name.trimmed().toLower();
    return key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QStringList columnKeys(const QStringList& names)
{
    QStringList keys;
    for (const QString& name : names)
        keys.append(columnKey(name));
    return keys;
}

// A cell on one line of the preview: line breaks inside a value shown as a return sign.
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral(" \u23ce "));
}

std::optional<QByteArray> readFile(const QString& path, QString* failure)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *failure = QFileInfo(path).isDir() ? Tr::tr("%1 is a folder, not a file to import.").arg(path)
                                           : Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // One byte more than allowed tells a file that is too large, without reading all of it.
    const QByteArray bytes = file.read(csv::Reader::maxBytes + 1);
    if (bytes.size() > csv::Reader::maxBytes) {
        *failure = Tr::tr("%1 is larger than %2 MiB, more than any inventory.")
                       .arg(QFileInfo(path).fileName())
                       .arg(csv::Reader::maxBytes >> 20);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *failure = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

bool looksLikeJson(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// The JSON file's kind by its top-level members: an inventory export carries its schema_version
// and lists its connectors; seed 000's policy config keys them by name beside review_tiers,
// prohibited and audit.
ImportFormat jsonKind(const QJsonObject& root)
{
    if (root.contains(QLatin1String("schema_version")))
        return ImportFormat::InventoryJson;
    if (root.contains(QLatin1String("review_tiers")) || root.contains(QLatin1String("prohibited")) ||
        root.contains(QLatin1String("audit")) || root.value(QLatin1String("connectors")).isObject())
        return ImportFormat::PolicyJson;
    return ImportFormat::InventoryJson;
}

const QStringList& knownSections(ImportFormat format)
{
    static const QStringList inventory{
        QStringLiteral("schema_version"), QStringLiteral("settings"),   QStringLiteral("people"),
        QStringLiteral("cadences"),       QStringLiteral("governance"), QStringLiteral("connectors"),
        QStringLiteral("skills"),         QStringLiteral("workspaces"), QStringLiteral("policy"),
        QStringLiteral("raci"),           QStringLiteral("reviews"),    QStringLiteral("requests"),
        QStringLiteral("incidents")};
    static const QStringList policy{QStringLiteral("connectors"), QStringLiteral("review_tiers"),
                                    QStringLiteral("prohibited"), QStringLiteral("audit")};
    return format == ImportFormat::PolicyJson ? policy : inventory;
}

QString recordName(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    for (const char* key : nameKeys) {
        if (object.value(QLatin1String(key)).isString())
            return object.value(QLatin1String(key)).toString();
    }
    return {};
}

// One row per section: its name, how many records it holds, the first of them by name.
QStringList sectionRow(const QString& key, const QJsonValue& value)
{
    QStringList names;
    QString count;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        count = QString::number(array.size());
        for (qsizetype i = 0; i < array.size() && names.size() < 4; ++i) {
            if (const QString name = recordName(array.at(i)); !name.isEmpty())
                names.append(name);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (key == QLatin1String("connectors") || key == QLatin1String("review_tiers")) {
            count = QString::number(object.size()); // keyed by name, or by tier
            names = object.keys().mid(0, 4);
        } else if (key == QLatin1String("audit")) {
            const QJsonArray log = object.value(QLatin1String("log")).toArray();
            count = QString::number(log.size());
            for (qsizetype i = 0; i < log.size() && names.size() < 4; ++i)
                names.append(log.at(i).toString());
        } else if (key == QLatin1String("raci")) {
            count = QString::number(object.value(QLatin1String("activities")).toArray().size());
            const QJsonArray activities = object.value(QLatin1String("activities")).toArray();
            for (qsizetype i = 0; i < activities.size() && names.size() < 4; ++i)
                names.append(recordName(activities.at(i)));
        } else {
            count = QStringLiteral("1");
            if (const QString name = recordName(value); !name.isEmpty())
                names.append(name);
        }
    } else {
        count = QStringLiteral("—");
        names.append(value.toVariant().toString());
    }
    return {key, count, names.join(QStringLiteral(", "))};
}

ImportPreview jsonPreview(const QJsonObject& root, ImportFormat format)
{
    ImportPreview preview;
    preview.headers = {Tr::tr("Section"), Tr::tr("Records"), Tr::tr("First of them")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        preview.columns.append(it.key());
        if (!knownSections(format).contains(it.key()))
            preview.unknownColumns.append(it.key());
        preview.rows.push_back(sectionRow(it.key(), it.value()));
    }
    return preview;
}

ImportPreview csvPreview(const QByteArray& bytes, std::optional<InventoryObject>* object)
{
    ImportPreview preview;
    csv::Reader reader(bytes);
    csv::Record record;
    bool haveHeader = false;
    while (reader.next(record)) {
        if (record.blank())
            continue;
        QStringList cells;
        for (const csv::Cell& cell : record.cells)
            cells.append(cell.text.trimmed());
        if (!haveHeader) {
            haveHeader = true;
            preview.columns = cells;
            for (qsizetype i = 0; i < cells.size(); ++i)
                preview.headers.append(cells[i].isEmpty() ? Tr::tr("(column %1)").arg(i + 1) : cells[i]);
            continue;
        }
        for (QString& cell : cells)
            cell = oneLine(cell);
        std::vector<std::pair<int, int>> places;
        for (const csv::Cell& cell : record.cells)
            places.emplace_back(cell.line, cell.column);
        preview.rows.push_back(cells);
        preview.places.push_back(std::move(places));
        if (int(preview.rows.size()) == previewRows)
            break;
    }
    if (const auto& error = reader.error())
        preview.note =
            Tr::tr("The file cannot be read as CSV from line %1 on: %2").arg(error->line).arg(error->message);
    else if (!haveHeader)
        preview.note = Tr::tr("The file holds no header row: it is empty.");
    if (!object->has_value())
        *object = guessCsvObject(preview.columns);
    if (object->has_value() && **object != InventoryObject::Raci) {
        const QStringList known = columnKeys(exports::csvColumns(**object));
        for (const QString& column : preview.columns) {
            if (!column.isEmpty() && !known.contains(columnKey(column)))
                preview.unknownColumns.append(column);
        }
    }
    return preview;
}

imports::ImportReport runImporter(Store& store, const ImportResult& what)
{
    switch (what.format) {
    case ImportFormat::InventoryJson:
        return imports::importInventoryJson(store, what.bytes);
    case ImportFormat::PolicyJson:
        return imports::importPolicyJson(store, what.bytes);
    case ImportFormat::Csv:
        break;
    }
    return imports::importCsv(store, what.object.value_or(InventoryObject::Audit), what.bytes);
}

} // namespace

QString importFormatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::InventoryJson:
        return Tr::tr("Steward inventory (JSON)");
    case ImportFormat::PolicyJson:
        return Tr::tr("Policy config (JSON)");
    case ImportFormat::Csv:
        return Tr::tr("One object (CSV)");
    }
    return {};
}

std::vector<InventoryObject> importableObjects()
{
    return documentObjects(); // every object but the audit trail, which Steward alone writes
}

bool isImportFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json");
}

std::optional<InventoryObject> guessCsvObject(const QStringList& header)
{
    const QStringList keys = columnKeys(header);
    // The RACI file's columns after the first are its roles: only "activity" tells it.
    if (!keys.isEmpty() && keys.front() == QLatin1String("activity"))
        return InventoryObject::Raci;
    std::optional<InventoryObject> best;
    qsizetype bestMatches = 0;
    qsizetype bestColumns = 0;
    for (InventoryObject object : importableObjects()) {
        const QStringList columns = columnKeys(exports::csvColumns(object));
        qsizetype matches = 0;
        for (const QString& key : QSet<QString>(keys.begin(), keys.end()))
            matches += columns.contains(key) ? 1 : 0;
        // The most columns in common; between equals, the object the file covers more of.
        if (matches > bestMatches || (matches == bestMatches && matches > 0 && columns.size() < bestColumns)) {
            best = object;
            bestMatches = matches;
            bestColumns = columns.size();
        }
    }
    return best;
}

ImportResult checkImport(const Store& owner, const ImportRequest& request, const std::atomic_bool& cancelRequested)
{
    ImportResult result;
    if (request.haveBytes) {
        result.bytes = request.bytes;
    } else if (auto bytes = readFile(request.path, &result.failure)) {
        result.bytes = std::move(*bytes);
    } else {
        return result;
    }
    const QString suffix = QFileInfo(request.path).suffix().toLower();
    const bool json = request.format ? *request.format != ImportFormat::Csv
                                     : suffix == QLatin1String("json") ||
                                           (suffix != QLatin1String("csv") && looksLikeJson(result.bytes));
    if (json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.bytes, &error);
        result.format =
            request.format.value_or(document.isObject() ? jsonKind(document.object()) : ImportFormat::InventoryJson);
        if (document.isObject())
            result.preview = jsonPreview(document.object(), result.format);
        else
            result.preview.note = Tr::tr("The file is not a JSON object: the report says where it goes wrong.");
    } else {
        result.format = ImportFormat::Csv;
        result.object = request.object;
        result.preview = csvPreview(result.bytes, &result.object);
        if (!result.object) {
            result.preview.note =
                Tr::tr("Its columns match none of Steward's objects: choose what the file holds to check it.");
            return result;
        }
    }
    if (cancelRequested) {
        result.cancelled = true;
        return result;
    }
    try {
        const std::unique_ptr<Store> beside = Store::openBeside(owner);
        try {
            // The import's own transaction joins this one: rolled back, it wrote nothing, and its
            // report is exactly what the import will do.
            beside->transaction([&] {
                result.report = runImporter(*beside, result);
                throw Rollback{};
            });
        } catch (const Rollback&) {
        }
    } catch (const std::exception& e) {
        result.failure = QString::fromUtf8(e.what());
    }
    return result;
}

ImportResult commitImport(const Store& owner, const ImportResult& checked, const std::atomic_bool& cancelRequested)
{
    ImportResult result;
    result.bytes = checked.bytes;
    result.format = checked.format;
    result.object = checked.object;
    result.preview = checked.preview;
    if (cancelRequested) {
        result.cancelled = true;
        return result;
    }
    try {
        const std::unique_ptr<Store> beside = Store::openBeside(owner);
        try {
            // The importer cannot be interrupted; a cancel asked while it ran rolls its work back.
            beside->transaction([&] {
                result.before = beside->auditHead();
                result.report = runImporter(*beside, result);
                if (!result.report.ok() || cancelRequested)
                    throw Rollback{};
                result.after = beside->auditHead();
            });
            result.committed = true;
        } catch (const Rollback&) {
            result.cancelled = result.report.ok();
            result.before = result.after = 0;
        }
    } catch (const std::exception& e) {
        result.failure = QString::fromUtf8(e.what());
        result.committed = false;
    }
    return result;
}

QString issueText(const imports::ImportIssue& issue)
{
    QString place;
    if (issue.line > 0 && issue.column > 0)
        place = Tr::tr("Line %1, column %2").arg(issue.line).arg(issue.column);
    else if (issue.line > 0)
        place = Tr::tr("Line %1").arg(issue.line);
    QString subject;
    if (!issue.record.isEmpty() && !issue.field.isEmpty())
        subject = Tr::tr("record %1, field %2").arg(issue.record, issue.field);
    else if (!issue.record.isEmpty())
        subject = Tr::tr("record %1").arg(issue.record);
    else if (!issue.field.isEmpty())
        subject = Tr::tr("field %1").arg(issue.field);
    QStringList parts;
    for (const QString& part : {place, subject}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    parts.append(issue.message);
    return parts.join(QStringLiteral(": "));
}

} // namespace steward::ui
