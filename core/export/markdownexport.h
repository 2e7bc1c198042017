#pragma once

#include "export/inventoryobject.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace steward {

class Store;

namespace exports {

struct DocumentOptions
{
    QString name; // the inventory's name for the title (the file's base name); "" for none
};

// The document's title: "Governance inventory — NAME", or the one object's title ("Connectors — NAME").
QString documentTitle(std::optional<InventoryObject> object, const DocumentOptions& options);

// `steward export --format markdown [--object NAME]`: GitHub-flavoured Markdown that pastes into
// Confluence and Notion. A title, then one section per object (every object of documentObjects()
// when `object` is nullopt): the policy as prose with its lists (policymarkdown.h, its headings one
// level down), every other object as a table with every cell escaped (tabletext.h), and for the
// three inventories a line with their owner, review and page. The audit trail is CSV only. The
// same inventory gives the same bytes.
QByteArray markdownExport(const Store& store, std::optional<InventoryObject> object = std::nullopt,
                          const DocumentOptions& options = {});

// ATX headings one level deeper ("# A" → "## A"; level 6 stays), outside fenced code, so that a
// document can be placed under a heading of another.
QString demotedHeadings(const QString& markdown);

} // namespace exports
} // namespace steward
