#pragma once

#include "domain/types.h"

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace steward {
class Store;
}

namespace steward::ui {

class StoreCommand;

// "New person…" in a person picker: asks for the name; nullopt when the dialog was cancelled.
std::optional<QString> askNewPersonName(QWidget* parent);

// One undoable command that adds a person named `name` (trimmed) and links them to a record, so
// undo never leaves a person behind that nobody asked for. link(id) writes the record with the
// new person; undo runs unlink() (writes the record back) and removes the person; redo adds them
// again under the same id.
StoreCommand* newPersonCommand(Store* store, const QString& name, std::function<void(Id)> link,
                               std::function<void()> unlink);

} // namespace steward::ui
