#include "rules/connectorrules.h"

#include <algorithm>

namespace steward::rules {
namespace {

// A scope counts as held when the same scope string is there with at least the same reach.
bool holds(const std::vector<OAuthScope>& scopes, const OAuthScope& wanted)
{
    return std::any_of(scopes.begin(), scopes.end(), [&](const OAuthScope& s) {
        return s.scope == wanted.scope && (s.mode == ScopeMode::Write || wanted.mode == ScopeMode::Read);
    });
}

} // namespace

int tierFloor(const Connector& connector)
{
    if (connector.access == Access::ReadWrite || isSensitive(connector.sensitivity))
        return 3;
    return connector.external ? 2 : 1;
}

bool widens(const Connector& before, const Connector& after)
{
    if (before.access == Access::ReadOnly && after.access == Access::ReadWrite)
        return true;
    return std::any_of(after.scopes.begin(), after.scopes.end(),
                       [&](const OAuthScope& scope) { return !holds(before.scopes, scope); });
}

} // namespace steward::rules
