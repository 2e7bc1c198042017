#pragma once

#include "export/inventoryobject.h"
#include "import/importreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>
#include <vector>

namespace steward {
class Store;
}

// What File › Import… does off the GUI thread: read the file, tell what it holds, show its first
// rows, and run the import — first as a dry run whose report is exact because the transaction is
// rolled back, then for real. The core importers do the work (core/import); nothing here writes
// the inventory except through them.
namespace steward::ui {

enum class ImportFormat { InventoryJson, PolicyJson, Csv };

// "Steward inventory (JSON)", as the format list shows it.
QString importFormatTitle(ImportFormat format);
// The objects a CSV file can hold for an import, in their order (the audit trail cannot be imported).
std::vector<InventoryObject> importableObjects();

// Whether a dropped or chosen file is one Steward imports: .csv or .json.
bool isImportFileName(const QString& fileName);

// The first rows of a file as the dialog shows them, and the columns (CSV) or sections (JSON) it
// has, with those Steward does not know.
struct ImportPreview
{
    QStringList headers;
    std::vector<QStringList> rows;
    // CSV: where each shown cell starts in the file (line, column), as the report's issues name it.
    std::vector<std::vector<std::pair<int, int>>> places;
    QStringList columns;
    QStringList unknownColumns;
    QString note; // why there is no preview (the report names the place of the problem)
};

// A CSV header's object: the one whose columns (csvColumns) it has most of; nullopt for none.
std::optional<InventoryObject> guessCsvObject(const QStringList& header);

// What to import and how: the format and object are detected when not given.
struct ImportRequest
{
    QString path;
    QByteArray bytes; // read from path when empty and not `haveBytes`
    bool haveBytes = false;
    std::optional<ImportFormat> format;
    std::optional<InventoryObject> object;
};

struct ImportResult
{
    QByteArray bytes;
    ImportFormat format = ImportFormat::InventoryJson;
    std::optional<InventoryObject> object; // CSV
    ImportPreview preview;
    imports::ImportReport report;
    QString failure; // the file or the inventory could not be read or written at all
    bool cancelled = false;
    bool committed = false;
    qint64 before = 0; // the audit rows the committed import wrote: before+1 … after
    qint64 after = 0;
};

// Reads and inspects the file and runs the import inside a transaction that is rolled back, on a
// second writer beside `owner` (Store::openBeside: call it on the worker thread).
ImportResult checkImport(const Store& owner, const ImportRequest& request, const std::atomic_bool& cancelRequested);

// Runs the import for real beside `owner`: committed only when it has no error and no cancel was
// asked before it returned; otherwise rolled back, the inventory left exactly as it was.
ImportResult commitImport(const Store& owner, const ImportResult& checked, const std::atomic_bool& cancelRequested);

// "Line 12, column 7: record row 12 “HubSpot”, field tier (column H): 7 is outside 1 to 3."
QString issueText(const imports::ImportIssue& issue);

} // namespace steward::ui
