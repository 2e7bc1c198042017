#include "rules/connectorrules.h"

#include <QCoreApplication>
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

RuledConnector applyConnectorRules(const Connector* before, const Connector& wanted, Id actorId, const QDate& today)
{
    RuledConnector result{wanted, {}, false, false};
    Connector& c = result.connector;
    const int floor = tierFloor(c);
    if (c.tier < floor) {
        if (before && c.tier < before->tier) {
            result.refusal =
                QCoreApplication::translate("steward::rules",
                                            "\u201c%1\u201d is at least tier %2 (%3): a tier can be raised, never "
                                            "lowered below its floor.")
                    .arg(c.name.trimmed())
                    .arg(floor)
                    .arg(floorReason(c));
            return result;
        }
        c.tier = floor;
        result.tierRaised = true;
    }
    if (!before)
        return result;
    if (before->status == ApprovalStatus::Approved && c.status == ApprovalStatus::Approved && widens(*before, c)) {
        c.status = ApprovalStatus::PendingReapproval;
        result.sentForReapproval = true;
    }
    if (c.status == ApprovalStatus::PendingReapproval && widens(*before, c) && c.widenedOn == before->widenedOn) {
        c.widenedBy = actorId;
        c.widenedOn = today;
    }
    if (before->status == ApprovalStatus::PendingReapproval && c.status == ApprovalStatus::Approved) {
        if (c.approvedBy == before->approvedBy && actorId != 0)
            c.approvedBy = actorId;
        if (c.approvedOn == before->approvedOn)
            c.approvedOn = today;
    }
    return result;
}

QString floorReason(const Connector& c)
{
    if (c.access == Access::ReadWrite)
        return QCoreApplication::translate("steward::rules", "it writes to a system");
    if (isSensitive(c.sensitivity))
        return QCoreApplication::translate("steward::rules", "it touches sensitive data");
    if (c.external)
        return QCoreApplication::translate("steward::rules", "data can leave the organisation");
    return QCoreApplication::translate("steward::rules", "it only reads internal data");
}

bool widens(const Connector& before, const Connector& after)
{
    if (before.access == Access::ReadOnly && after.access == Access::ReadWrite)
        return true;
    return std::any_of(after.scopes.begin(), after.scopes.end(),
                       [&](const OAuthScope& scope) { return !holds(before.scopes, scope); });
}

} // namespace steward::rules
