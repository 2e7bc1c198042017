#pragma once

#include <QString>
#include <optional>

// Steward records which OAuth scopes a connector holds, never the credentials that use them. An
// inventory is exported, pasted into wikis and kept in git, so a token typed into a notes field
// would leak far; the store refuses any text this recognises.
namespace steward::rules {

// A short explanation ("a GitHub token", "a private key") when text contains something that looks
// like a credential; nullopt for ordinary text, OAuth scope strings and URLs without secrets.
// Cheap for the common case: ordinary text, URLs and scope strings are answered by one scan,
// without running the patterns.
std::optional<QString> secretReason(const QString& text);

} // namespace steward::rules
