#include "store/jsontext.h"

#include <array>
#include <cstring>

namespace steward::jsontext {
namespace {

// For each byte: 0 when it is written as it is, else the letter of its two-character escape, or
// 'u' for \u00XX. A row's JSON inside an audit row's hash text is mostly quotes to escape.
constexpr std::array<char, 256> escapes = [] {
    std::array<char, 256> table{};
    for (int byte = 0; byte < 0x20; ++byte)
        table[std::size_t(byte)] = 'u';
    table['"'] = '"';
    table['\\'] = '\\';
    table['\b'] = 'b';
    table['\f'] = 'f';
    table['\n'] = 'n';
    table['\r'] = 'r';
    table['\t'] = 't';
    return table;
}();

} // namespace

char* writeQuoted(char* out, QByteArrayView utf8)
{
    *out++ = '"';
    out = writeEscaped(out, utf8);
    *out++ = '"';
    return out;
}

char* writeEscaped(char* out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    const auto* data = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* end = data + utf8.size();
    while (data != end) {
        // Plain runs are copied whole, escapes written between them.
        const unsigned char* run = data;
        while (data != end && escapes[*data] == 0)
            ++data;
        if (data != run) {
            std::memcpy(out, run, std::size_t(data - run));
            out += data - run;
        }
        if (data == end)
            break;
        const unsigned char byte = *data++;
        const char escape = escapes[byte];
        *out++ = '\\';
        if (escape == 'u') {
            const char digits[] = {'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            std::memcpy(out, digits, 5);
            out += 5;
        } else {
            *out++ = escape;
        }
    }
    return out;
}

char* writeNumber(char* out, qint64 value)
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
        *out++ = '-';
    while (n > 0)
        *out++ = digits[--n];
    return out;
}

void appendString(QByteArray& out, const QString& text)
{
    appendUtf8(out, text.toUtf8());
}

void appendUtf8(QByteArray& out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    out.resize(start + maxQuotedSize(utf8.size()));
    char* const begin = out.data();
    out.resize(writeQuoted(begin + start, utf8) - begin);
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
    char digits[24];
    out.append(digits, writeNumber(digits, value) - digits);
}

} // namespace steward::jsontext
