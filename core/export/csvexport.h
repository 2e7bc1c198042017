#pragma once

#include "export/inventoryobject.h"

#include <QByteArray>
#include <QStringList>

namespace steward {

class Store;

// `steward export --format csv --object NAME`: one object per file, a header row of the column
// names README.md documents, one record per row (RFC 4180, UTF-8, CRLF), in the store's order, so
// the same inventory gives the same bytes. Values are written as csvvalues.h says; cells a
// spreadsheet would run as formulas are neutralised (csvwriter.h).
namespace exports {

struct CsvOptions
{
    bool excel = false; // start with the UTF-8 byte-order mark, which Excel needs to read UTF-8
};

// The columns of an object's file, in their order. The RACI matrix has "activity" and then one
// column per role, named by the role: only "activity" is fixed, and is what this gives.
QStringList csvColumns(InventoryObject object);

// The object as CSV; the audit trail too, read-only (it cannot be imported).
QByteArray csvExport(const Store& store, InventoryObject object, const CsvOptions& options = {});

// The first data row of the RACI file: under each role, the people holding it, one per line.
QString raciHoldersLabel();

} // namespace exports
} // namespace steward
