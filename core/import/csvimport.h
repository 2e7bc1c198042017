#pragma once

#include "export/inventoryobject.h"
#include "import/importreport.h"

#include <QByteArray>

namespace steward {

class Store;

namespace imports {

// `steward import --format csv --object NAME`: one object's CSV file (as `steward export --format
// csv` writes it, or as Excel and LibreOffice save it after editing: csvreader.h) merged into the
// inventory in one transaction, all or nothing. Columns may come in any order and in any case; a
// column the file lacks keeps the field as it is (a new row gets the default), a column Steward
// does not know is a warning. Enumerations match in any case. Rows are matched by name (people,
// connectors, skills, workspaces) or by what identifies them (a request by kind, title and day; an
// incident by title and day; a review by subject, day and reviewer) and updated, or added; nothing
// is removed. The policy is one record, the RACI matrix becomes the one given. People named who are
// not in the directory are added to it, with a warning.
//
// Connectors go through the editor's rules (ImportSession::writeConnector): a tier below its floor
// is raised with a warning, widening an approved connector sends it for re-approval. The audit
// trail cannot be imported.
//
// On any error — malformed CSV, a wrong value, an unknown enumeration value, a name given twice, a
// reference to nothing, absurd size — the transaction is rolled back, the counts are cleared and
// the errors name the line, column, row and field at fault.
ImportReport importCsv(Store& store, InventoryObject object, const QByteArray& bytes);

} // namespace imports
} // namespace steward
