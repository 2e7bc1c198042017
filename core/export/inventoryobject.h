#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// The objects an inventory is exported and imported by (DESIGN.md, "Objects for --object"): each
// CSV file holds one of them; a Markdown or HTML document one or all of them.
namespace steward {

enum class InventoryObject {
    Policy,
    Workspaces,
    Connectors,
    Skills,
    People,
    Raci,
    Requests,
    Incidents,
    Reviews,
    Audit
};

// The stable lower-case name used on the command line ("connectors", "raci"…).
QString objectKey(InventoryObject object);
// The inverse of objectKey, case-insensitive; nullopt for any other text.
std::optional<InventoryObject> parseObject(const QString& text);
// Every object's key in the order above, for help texts and messages.
QStringList objectKeys();
// The section title people read ("Connectors", "RACI matrix"), translated.
QString objectTitle(InventoryObject object);
// The objects of a whole-inventory document, in its order: the audit trail is no part of it.
const std::vector<InventoryObject>& documentObjects();

} // namespace steward
