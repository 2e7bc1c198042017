#pragma once

#include "domain/types.h"

#include <QString>
#include <optional>

namespace steward {

// An approved policy version is frozen as JSON (PolicyVersion::snapshot): its content — title,
// version, groups, data classes, prohibited uses, tiers, postures, audit fields, sections — and
// not its approval fields, which the version row holds. Equal content gives equal text.
QString policySnapshot(const Policy& policy);

// The content a snapshot holds, as a Policy (status, approval fields, ids and history empty);
// nullopt when the text is not such a snapshot.
std::optional<Policy> policyFromSnapshot(const QString& snapshot);

} // namespace steward
