#include "store/jsontext.h"

#include <algorithm>

namespace steward::jsontext {

void appendString(QByteArray& out, const QString& text)
{
    appendUtf8(out, text.toUtf8());
}

void appendUtf8(QByteArray& out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    // Most text needs no escaping: copy it whole.
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
    });
    if (plain) {
        out.append(utf8.data(), utf8.size());
        out.append('"');
        return;
    }
    // Plain runs are copied whole, escapes written between them: a row's JSON inside an audit
    // row's hash text is mostly quotes to escape.
    const char* data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
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
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(data + runStart, size - runStart);
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
    // Digits written in place: QByteArray::number allocates, and this runs twice per audit row.
    char digits[24];
    int n = 0;
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        out.append('-');
    while (n > 0)
        out.append(digits[--n]);
}

} // namespace steward::jsontext
