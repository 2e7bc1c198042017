#pragma once

#include "domain/types.h"

#include <QString>
#include <functional>

namespace steward {

// The policy as a Markdown document, the way readers see it: title, status line, who may use the
// agent, data classes and review tiers as tables, prohibited uses, postures, audit fields, then
// the free sections (their Markdown as written). `personName` names approvers.
QString policyMarkdown(const Policy& policy, const std::function<QString(Id)>& personName);

} // namespace steward
