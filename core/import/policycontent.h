#pragma once

#include "domain/types.h"
#include "import/jsoninput.h"

// The policy's content as both JSON shapes hold it (the inventory's "policy" and each approved
// version's "content"; policy-json's review_tiers, prohibited and audit). Each reads the members that
// are present into `policy` and leaves the rest; problems go to the reader's document.
namespace steward::imports {

void readReviewTiers(RecordReader& reader, Policy& policy); // "review_tiers": {"1": {rule, control}…}
void readProhibited(RecordReader& reader, Policy& policy);  // "prohibited": [text…]
void readAuditFields(RecordReader& reader, Policy& policy); // "audit": {"log": [text…]}
// Everything an approved version freezes but its version number: title, allowed_groups,
// data_classes, the three above, training_opt_out, retention and sections (which keep the ids of
// `policy`'s sections by position).
void readPolicyContent(RecordReader& reader, Policy& policy);

} // namespace steward::imports
