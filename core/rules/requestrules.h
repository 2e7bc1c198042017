#pragma once

#include "domain/types.h"

// The forum's rules for deciding requests (seed 000's tiers, seed 004's forum).
namespace steward::rules {

// How many people must decide `request`: two when `concerned` (the connector the request is about,
// nullptr for none) is tier 3 (dual review), one otherwise.
int requiredDeciders(const ForumRequest& request, const Connector* concerned);

// Why that many, in a sentence a dialog can show.
QString decidersReason(const ForumRequest& request, const Connector* concerned);

} // namespace steward::rules
