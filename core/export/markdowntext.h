#pragma once

#include <QString>

// Plain text placed into GitHub-flavoured Markdown, so that it shows as the same text.
namespace steward::markdown {

// Text inside a paragraph or list item: characters that would start emphasis, code, links or
// HTML are backslash-escaped, and so is a line start that would begin a heading, list or quote.
QString inlineText(const QString& text);
// Text inside a table cell: inlineText, with pipes escaped and line breaks as <br>.
QString cellText(const QString& text);

} // namespace steward::markdown
