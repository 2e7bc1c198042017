#pragma once

#include "domain/types.h"

// The connector rules of seed 000, in one place for the store, the editor and (later) lint.
namespace steward::rules {

// The lowest risk tier a connector may have: read-write or sensitive data (confidential,
// restricted) → 3; otherwise able to send data outside the organisation → 2; otherwise 1.
int tierFloor(const Connector& connector);
// Why the floor is what it is, in a few words ("it writes to a system").
QString floorReason(const Connector& connector);

// Whether `after` reaches further than `before`: read-only became read-write, a scope was added,
// or a scope that read now writes. Narrowing is not widening.
bool widens(const Connector& before, const Connector& after);

// What an edit stores once the seed's rules have had their say.
struct RuledConnector
{
    Connector connector; // what to store
    QString refusal;     // non-empty: the edit is refused, and why
    bool tierRaised = false;
    bool sentForReapproval = false;
};

// Applies the rules to `wanted`, an edit of `before` (nullptr for a new connector) made by the
// person `actorId` (0 when the actor is not in the directory) on `today`:
// - a tier below its floor is raised to it, unless the edit itself lowered the tier: that is refused;
// - widening an approved connector sets it pending re-approval and records who widened it and when
//   (unless the edit already says);
// - approving a connector that was pending re-approval records the approver and the day (unless the
//   edit names them); narrowing keeps the approval.
RuledConnector applyConnectorRules(const Connector* before, const Connector& wanted, Id actorId, const QDate& today);

} // namespace steward::rules
