#pragma once

#include "domain/types.h"

#include <QString>
#include <functional>

class QUndoStack;

namespace steward {
class Store;
}

// The RACI editor's command: every user operation on the matrix (a letter toggled, a role added,
// renamed, moved, bound to people…) is one StoreCommand that makes the stored matrix the edited
// one in one transaction.
namespace steward::ui {

// Applies `change` to the stored matrix and pushes the command, titled `text`. Undo puts back the
// matrix as it was before. A change that leaves the matrix as it was pushes nothing. Returns the
// store's refusal (nothing is pushed then), or an empty string.
//
// Roles and activities are matched by id in the store, and one that undo puts back is stored
// under a new id: each command reads back what it stored, so its own redo and undo stay exact;
// an older command's snapshot may still name an old id, which only means that row is written
// anew with the same content.
QString pushRaciEdit(Store* store, QUndoStack* stack, const QString& text, const std::function<void(Raci&)>& change);

} // namespace steward::ui
