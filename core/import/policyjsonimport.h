#pragma once

#include "import/importreport.h"

#include <QByteArray>

namespace steward {

class Store;

namespace imports {

// `steward import --format policy-json`: the policy config of seed 000 (what `steward export
// --format policy-json` writes, or the seed's own example) merged into the inventory in one
// transaction, all or nothing:
// - "connectors": {NAME: {"access", "tier", "approved_by", "status"}}, matched by name; a member
//   that is absent keeps the connector's value (a new connector starts read-only at its tier floor).
//   An approver named without a status approves a connector that was only requested. Written through
//   the editor's rules: a tier below its floor is raised (a warning); widening an approved connector
//   sends it for re-approval.
// - "review_tiers": {"1": {"rule", "control"}, …} sets those tiers; "prohibited" and "audit"."log"
//   replace the policy's lists. Changing an approved policy makes it a draft (a warning), as in the
//   editor.
// People named as approvers who are not in the directory are added to it (a warning each).
ImportReport importPolicyJson(Store& store, const QByteArray& text);

} // namespace imports
} // namespace steward
