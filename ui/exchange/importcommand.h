#pragma once

#include <QString>

class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// An import as one undo step. It has happened already (on a worker, through a second writer):
// `store` has been refreshed, and the audit rows before+1 … after are what it wrote. Undo reverts
// them newest first, redo replays them oldest first, each one transaction; when the file no longer
// holds what they left, the store refuses and the step is dropped (StoreCommand).
void pushImportCommand(Store* store, QUndoStack* stack, const QString& text, qint64 before, qint64 after);

} // namespace steward::ui
