#pragma once

#include "domain/types.h"

// The connector rules of seed 000, in one place for the store, the editor and (later) lint.
namespace steward::rules {

// The lowest risk tier a connector may have: read-write or sensitive data (confidential,
// restricted) → 3; otherwise able to send data outside the organisation → 2; otherwise 1.
int tierFloor(const Connector& connector);

// Whether `after` reaches further than `before`: read-only became read-write, a scope was added,
// or a scope that read now writes. Narrowing is not widening.
bool widens(const Connector& before, const Connector& after);

} // namespace steward::rules
