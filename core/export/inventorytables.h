#pragma once

#include "domain/enums.h"
#include "export/inventoryobject.h"
#include "export/tabletext.h"

#include <QString>
#include <vector>

namespace steward {

class Store;

// Internal to the Markdown and HTML exports: each object as the tables people read (translated
// headers, labels rather than keys, one line per item in a list), so both documents show the same
// tables. Cells are plain text; the writers escape them.
namespace exports {

struct ObjectSection
{
    QString title;   // "Connectors"
    QString summary; // the governance object's owner, review and page, plain text; "" when none
    std::vector<tables::Table> tables;
    QString empty; // shown instead of the tables when the object has no rows
};

// Every object but the policy (which is prose, policymarkdown.h) and the audit trail (CSV only).
ObjectSection objectSection(const Store& store, InventoryObject object);

// The owner, review and page line of a governance object, plain text.
QString governanceSummary(const Store& store, GovernanceKind kind);

} // namespace exports
} // namespace steward
