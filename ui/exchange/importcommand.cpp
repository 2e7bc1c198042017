#include "exchange/importcommand.h"

#include "commands/storecommand.h"
#include "store/store.h"

#include <QUndoStack>

namespace steward::ui {

void pushImportCommand(Store* store, QUndoStack* stack, const QString& text, qint64 before, qint64 after)
{
    // A StoreCommand counts as applied when pushed: the stack's first redo() does nothing.
    stack->push(new StoreCommand(
        text, [store, before, after] { store->replayAudit(before, after); },
        [store, before, after] { store->revertAudit(before, after); }));
}

} // namespace steward::ui
