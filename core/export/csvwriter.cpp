#include "export/csvwriter.h"

namespace steward::csv {
namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Whether text is apostrophes (`quotes` or more) and then a character that starts a formula.
bool formulaAfterQuotes(const QString& text, qsizetype quotes)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i >= quotes && i < text.size() && isFormulaStart(text.at(i));
}

} // namespace

Writer::Writer(bool byteOrderMark)
{
    if (byteOrderMark)
        m_bytes.append("\xEF\xBB\xBF");
}

void Writer::row(const QStringList& cells)
{
    // Straight into the buffer: an export is a few hundred thousand cells, most of them plain.
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_bytes.append(',');
        const QString& cell = cells.at(i);
        bool quote = false;
        bool ascii = true;
        for (QChar c : cell) {
            const char16_t u = c.unicode();
            if (u == u',' || u == u'"' || u == u'\n' || u == u'\r')
                quote = true;
            else if (u >= 0x80)
                ascii = false;
        }
        if (quote)
            m_bytes.append('"');
        if (formulaAfterQuotes(cell, 0))
            m_bytes.append('\'');
        if (ascii && !quote) {
            // ASCII is its own UTF-8: copied in place, without a converted copy per cell.
            const qsizetype at = m_bytes.size();
            m_bytes.resize(at + cell.size());
            char* out = m_bytes.data() + at;
            for (qsizetype k = 0; k < cell.size(); ++k)
                out[k] = char(cell.at(k).unicode());
        } else {
            const QByteArray bytes = cell.toUtf8();
            if (quote)
                m_bytes.append(QByteArray(bytes).replace('"', QByteArrayLiteral("\"\"")));
            else
                m_bytes.append(bytes);
        }
        if (quote)
            m_bytes.append('"');
    }
    m_bytes.append("\r\n", 2);
}

void Writer::rowUtf8(std::initializer_list<QByteArrayView> cells)
{
    // Every character that decides quoting or neutralising is ASCII, so the bytes decide as the
    // characters do in row().
    bool first = true;
    for (const QByteArrayView cell : cells) {
        if (!first)
            m_bytes.append(',');
        first = false;
        bool quote = false;
        for (const char c : cell) {
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        qsizetype i = 0;
        while (i < cell.size() && cell[i] == '\'')
            ++i;
        const bool formula = i < cell.size() && isFormulaStart(QLatin1Char(cell[i]));
        if (quote)
            m_bytes.append('"');
        if (formula)
            m_bytes.append('\'');
        if (!quote) {
            m_bytes.append(cell);
        } else {
            for (const char c : cell) {
                if (c == '"')
                    m_bytes.append('"');
                m_bytes.append(c);
            }
            m_bytes.append('"');
        }
    }
    m_bytes.append("\r\n", 2);
}

QByteArray Writer::take()
{
    return std::move(m_bytes);
}

QString neutralised(const QString& cell)
{
    return formulaAfterQuotes(cell, 0) ? QLatin1Char('\'') + cell : cell;
}

QString restored(const QString& cell)
{
    return formulaAfterQuotes(cell, 1) ? cell.mid(1) : cell;
}

QByteArray field(const QString& cell)
{
    QByteArray bytes = cell.toUtf8();
    bool quote = false;
    for (char c : std::as_const(bytes)) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

} // namespace steward::csv
