#include "store/jsontext.h"

#include <algorithm>

namespace steward::jsontext {

void appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    // Most text needs no escaping: copy it whole.
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    });
    if (plain) {
        out.append(utf8);
        out.append('"');
        return;
    }
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
                out.append(escaped, 6);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendCell(QByteArray& out, const std::optional<QString>& cell)
{
    if (cell)
        appendString(out, *cell);
    else
        out.append("null", 4);
}

void appendNumber(QByteArray& out, qint64 value)
{
    out.append(QByteArray::number(value));
}

} // namespace steward::jsontext
