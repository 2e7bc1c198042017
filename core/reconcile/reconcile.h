#pragma once

#include "reconcile/claudeconfig.h"
#include "rules/findings.h"

#include <optional>
#include <vector>

// Where the deployed Claude configuration differs from the inventory: servers deployed that no
// connector has, connectors deployed or allowed without a current approval, servers deployed under a
// connector's name but running something else, approved connectors deployed nowhere or blocked by
// the lists, and allow-list entries that name no connector. Each difference is a finding (the shape
// and severities of lint's) with what a page needs to act on it: the deployed server, enough to add
// it to the inventory as a requested connector, or the list entry, and the place in the file.
//
// Reads only: nothing here writes an inventory or a configuration file.
namespace steward::reconcile {

// The rules, in a stable order (README lists the same): family "reconcile".
const std::vector<rules::RuleInfo>& reconcileRules();

struct Difference
{
    rules::Finding finding;               // subject "server" (id 0) for a deployed server the inventory lacks,
                                          // "allow-entry" (id 0) for an entry naming no connector, else "connector"
    std::optional<ConfigPlace> place;     // where in which file; none when the finding is about absence
    std::optional<DeployedServer> server; // the deployed server it is about
    std::optional<ServerEntry> entry;     // the allow- or deny-list entry it is about
};

struct ReconcileResult
{
    std::vector<Difference> differences; // errors first, then warnings, then infos; in file order within each
    int count(FindingSeverity severity) const;
};

// Compares the connectors of an inventory with configuration files read by parseConfig/readConfig.
ReconcileResult reconcile(const std::vector<Connector>& connectors, const std::vector<ConfigFile>& configs);

// The connector to add for a deployed server no connector has: requested (never approved),
// read-only, named as deployed, with its command and arguments or URL and a note of where it was found.
Connector requestedConnector(const DeployedServer& server);

} // namespace steward::reconcile
