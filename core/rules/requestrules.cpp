#include "rules/requestrules.h"

#include <QCoreApplication>

namespace steward::rules {

int requiredDeciders(const ForumRequest& request, const Connector* concerned)
{
    // The tier is the connector's, whatever kind of request names it: a scope change of a tier-3
    // connector reaches as far as a new one.
    return request.connectorId != 0 && concerned && concerned->tier >= 3 ? 2 : 1;
}

QString decidersReason(const ForumRequest& request, const Connector* concerned)
{
    if (requiredDeciders(request, concerned) > 1)
        return QCoreApplication::translate("steward::rules",
                                           "\u201c%1\u201d is a tier-3 connector: tier 3 needs dual review, so two "
                                           "people decide.")
            .arg(concerned->name);
    return QCoreApplication::translate("steward::rules", "One person of the forum records the decision.");
}

} // namespace steward::rules
