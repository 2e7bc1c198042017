#include "commands/racicommands.h"

#include "commands/storecommand.h"
#include "store/store.h"

#include <memory>

namespace steward::ui {

QString pushRaciEdit(Store* store, QUndoStack* stack, const QString& text, const std::function<void(Raci&)>& change)
{
    auto before = std::make_shared<Raci>(store->raci());
    auto after = std::make_shared<Raci>(*before);
    change(*after);
    if (*after == *before)
        return {};
    auto* command = new StoreCommand(
        text, [store, after] { *after = store->setRaci(*after); },
        [store, before] { *before = store->setRaci(*before); });
    return StoreCommand::push(stack, command);
}

} // namespace steward::ui
