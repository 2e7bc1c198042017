#pragma once

#include "export/markdownexport.h"

#include <QByteArray>
#include <optional>

namespace steward {

class Store;

namespace exports {

// `steward export --format html [--object NAME]`: a standalone HTML5 document (UTF-8, its own print
// style sheet, nothing fetched) with the same sections and tables as the Markdown export, for the
// clipboard, a browser and print to PDF. Every text is escaped; a policy section's Markdown is shown
// as the text it is, paragraph by paragraph. The same inventory gives the same bytes.
QByteArray htmlExport(const Store& store, std::optional<InventoryObject> object = std::nullopt,
                      const DocumentOptions& options = {});

// Text as HTML paragraphs: blank lines separate them, a line break is <br>, everything escaped.
QString htmlParagraphs(const QString& text);

} // namespace exports
} // namespace steward
