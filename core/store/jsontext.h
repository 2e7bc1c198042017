#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// Compact JSON text for the audit trail, written directly: this runs for every audited row, and
// building a JSON document first cost more than the rest of an insert. The output is exactly
// what nlohmann::json::dump() gives for the same values (UTF-8, no spaces, the same escapes).
namespace steward::jsontext {

void appendString(QByteArray& out, const QString& text);
void appendUtf8(QByteArray& out, QByteArrayView utf8);                // the same for text already in UTF-8
void appendCell(QByteArray& out, const std::optional<QString>& cell); // a string or null
void appendNumber(QByteArray& out, qint64 value);

// The same into a buffer the caller sized: writeQuoted() needs maxQuotedSize() bytes, writeNumber()
// 20. Both return the end of what they wrote.
constexpr qsizetype maxQuotedSize(qsizetype utf8Size)
{
    return 2 + 6 * utf8Size;
}
char* writeQuoted(char* out, QByteArrayView utf8);
char* writeEscaped(char* out, QByteArrayView utf8); // the same without the quotes around it
char* writeNumber(char* out, qint64 value);

} // namespace steward::jsontext
