#include "export/jsonwriter.h"

namespace steward::jsonexport {
namespace {

// nlohmann's escapes for UTF-8 text: the two that must be, and control characters.
void appendEscaped(std::string& out, const char* begin, const char* end)
{
    static const char hex[] = "0123456789abcdef";
    const char* plain = begin; // the start of a run that needs no escape, copied whole
    for (const char* p = begin; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(plain, p);
        plain = p + 1;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(plain, end);
}

void appendString(std::string& out, const QString& text)
{
    out += '"';
    // Most text is plain ASCII: its UTF-16 units are its bytes, copied without a UTF-8 copy first.
    const std::size_t start = out.size();
    const QChar* units = text.constData();
    bool plain = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = units[i].unicode();
        if (unit >= 0x80 || unit < 0x20 || unit == u'"' || unit == u'\\') {
            plain = false;
            break;
        }
        out += char(unit);
    }
    if (!plain) {
        out.resize(start);
        // toUtf8 replaces what has no UTF-8 form (a lone surrogate), as nlohmann's "replace" does.
        const QByteArray utf8 = text.toUtf8();
        appendEscaped(out, utf8.constData(), utf8.constData() + utf8.size());
    }
    out += '"';
}

} // namespace

JsonWriter::JsonWriter()
{
    m_out.reserve(1 << 20);
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    return QByteArray::fromStdString(m_out);
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

JsonWriter& JsonWriter::key(const char* name)
{
    element();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name)
{
    element();
    appendString(m_out, name);
    m_out += ": ";
    return *this;
}

JsonWriter& JsonWriter::item()
{
    element();
    return *this;
}

void JsonWriter::string(const QString& text)
{
    appendString(m_out, text);
}

void JsonWriter::raw(const std::string& encoded)
{
    m_out += encoded;
}

void JsonWriter::number(qint64 value)
{
    m_out += std::to_string(value);
}

void JsonWriter::boolean(bool value)
{
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    m_out += "null";
}

void JsonWriter::date(const QDate& day)
{
    if (!day.isValid() || day.year() < 0 || day.year() > 9999) {
        if (day.isValid())
            string(day.toString(Qt::ISODate));
        else
            null();
        return;
    }
    // Digit by digit: a QString per date cost a tenth of the export.
    const int year = day.year();
    const char text[] = {'"',
                         char('0' + year / 1000),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + day.month() / 10),
                         char('0' + day.month() % 10),
                         '-',
                         char('0' + day.day() / 10),
                         char('0' + day.day() % 10),
                         '"'};
    m_out.append(text, sizeof text);
}

void JsonWriter::strings(const QStringList& items)
{
    beginArray();
    for (const QString& text : items)
        item().string(text);
    endArray();
}

std::string JsonWriter::encoded(const QString& text)
{
    std::string result;
    appendString(result, text);
    return result;
}

void JsonWriter::open(char bracket)
{
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline();
    m_out += bracket;
}

void JsonWriter::element()
{
    if (!m_empty.back())
        m_out += ',';
    m_empty.back() = false;
    newline();
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(2 * m_empty.size(), ' ');
}

} // namespace steward::jsonexport
