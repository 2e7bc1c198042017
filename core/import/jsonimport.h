#pragma once

#include "import/importreport.h"

#include <QByteArray>

namespace steward {

class Store;

namespace imports {

// `steward import --format json`: the JSON of `steward export --format json` (or any part of it: a
// section that is absent is left as it is) merged into the inventory, in one transaction, all or
// nothing. Rows are matched by name (people, connectors, skills, workspaces, RACI roles and
// activities), by kind (governance objects, cadences), or by what identifies them (a review by its
// subject, day and reviewer; a request by kind, title and day; an incident by title and day);
// matched rows are updated, others added, none removed. Within a record a missing field keeps its
// value. The policy and the RACI matrix are one record each: the policy's approved versions are
// appended when new and must be identical when not; the matrix becomes the one given.
//
// Connectors go through the editor's rules (Store::WriteMode::Edit): a tier below its floor is
// raised with a warning, and widening an approved connector sends it for re-approval. An inventory
// that keeps those rules is therefore unchanged by them: exported, imported into an empty file and
// exported again, it gives the same bytes.
//
// On any error the transaction is rolled back, the report's counts are cleared and its errors name
// the line, column, record and field at fault.
ImportReport importInventoryJson(Store& store, const QByteArray& text);

} // namespace imports
} // namespace steward
