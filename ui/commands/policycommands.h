#pragma once

#include "domain/types.h"

#include <QString>
#include <functional>

class QUndoStack;

namespace steward {
class Store;
}

// The policy's commands: content edits, approval, and its governance metadata (owner, page,
// cadence, last review). Each pushes one StoreCommand and returns the store's refusal (nothing is
// pushed then), or an empty string.
namespace steward::ui {

// Applies `change` to the stored policy. Changing the content of an approved policy makes it a
// draft of the next version (an approved version stays as approved). Edits with the same
// non-zero mergeKey in a row merge into one command (typing into one field).
QString pushPolicyEdit(Store* store, QUndoStack* stack, const QString& text, const std::function<void(Policy&)>& change,
                       qint64 mergeKey = 0);

// Approves the policy as `version` (renaming the draft first when it differs); undo withdraws
// the approval and puts the policy back as it was.
QString pushPolicyApproval(Store* store, QUndoStack* stack, const QString& version, Id approverId,
                           const QDate& approvedOn, const QDate& effectiveOn);

// Changes one governance object's metadata.
QString pushGovernanceEdit(Store* store, QUndoStack* stack, GovernanceKind kind, const QString& text,
                           const std::function<void(GovernanceObject&)>& change, qint64 mergeKey = 0);

} // namespace steward::ui
