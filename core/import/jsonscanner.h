#pragma once

#include <QByteArray>
#include <map>
#include <set>
#include <string>

// Places in JSON text, for messages that name a line and column: nlohmann's document keeps no
// positions, and its parser gives one only for a syntax error.
namespace steward::imports {

struct ScanResult
{
    std::map<std::string, qsizetype> found; // byte offset of each wanted value, by RFC 6901 pointer
    qsizetype problem = -1;                 // byte offset of the first problem, if any
    std::string problemPointer;             // the object or list it is in
    std::string duplicateKey;               // the key given twice, when that is the problem
};

// Finds where each `wanted` value starts, and the first of the problems the parser stops at without
// a position: a key given twice in one object, a list or object at nesting level `maxDepth` (the
// root is level 0), a number no double holds. Runs only on text the parser accepted up to where it
// stopped; anything else just ends the scan. With `stopWhenFound` it ends once every wanted place
// is found.
ScanResult scanJson(const QByteArray& text, const std::set<std::string>& wanted, bool stopWhenFound, int maxDepth);

// RFC 6901: "~" as "~0" and "/" as "~1", so a key can be one step of a pointer.
std::string escapePointer(const std::string& key);

} // namespace steward::imports
