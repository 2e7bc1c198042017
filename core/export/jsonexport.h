#pragma once

#include "domain/types.h"

#include <QByteArray>

namespace steward {

class Store;

// `steward export --format json` and `--format policy-json`. Both are deterministic: keys sorted,
// rows in id order (lists in their own order), two-space indents, a final newline, and nothing about
// the export itself (no date, no file name), so the same inventory gives the same bytes and a file
// kept in git diffs cleanly.
namespace jsonexport {

// The version of the inventory JSON shape (resources/schema/inventory.schema.json). Fields are only
// ever added, with a new version; an import refuses a version newer than it knows.
inline constexpr int InventorySchemaVersion = 2;

// The whole inventory, not the file's audit trail: settings, people, cadences, the governance
// objects, connectors, skills, workspaces, the policy with its approved versions, the RACI matrix,
// reviews, requests and incidents. Rows refer to each other by name (people, connectors, skills,
// workspaces; a governance object by its kind), never by the file's ids, so the JSON means the same
// in any inventory it is imported into.
QByteArray inventoryJson(const Store& store);

// The policy-config shape of seed 000: {"connectors": {NAME: {"access", "tier", "approved_by",
// "status"}}, "review_tiers": {"1": {"rule", "control"}, …}, "prohibited": […], "audit": {"log": […]}}.
QByteArray policyConfigJson(const Store& store);

} // namespace jsonexport
} // namespace steward
