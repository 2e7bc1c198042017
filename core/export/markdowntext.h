#pragma once

#include <QString>

// Plain text placed into GitHub-flavoured Markdown, so that it shows as the same text.
namespace steward::markdown {

// Text inside a paragraph or list item: characters that would start emphasis, code, links or
// HTML are backslash-escaped, and so is a line start that would begin a heading, list or quote.
QString inlineText(const QString& text);
// Text inside a table cell: inlineText, with pipes escaped and line breaks as <br>.
QString cellText(const QString& text);
// A paragraph of plain text: inlineText, each line without its indentation.
QString proseText(const QString& text);
// Markdown written by a person (a policy section), placed so it cannot run into what follows:
// blank lines around it dropped, a code fence left open closed.
QString containedBlock(const QString& markdown);

} // namespace steward::markdown
