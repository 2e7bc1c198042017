#include "import/csvreader.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::csv {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or of the first NUL; -1 when there is none.
qsizetype firstBadByte(const char* data, qsizetype size, bool* nul)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            if (b == 0) {
                *nul = true;
                return i;
            }
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

bool startsWith(const QByteArray& bytes, const char* prefix, qsizetype length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
}

} // namespace

bool Record::blank() const
{
    return std::all_of(cells.begin(), cells.end(), [](const Cell& cell) { return cell.text.isEmpty(); });
}

Reader::Reader(const QByteArray& bytes)
    : m_data(bytes.constData())
    , m_size(bytes.size())
{
    if (bytes.size() > maxBytes) {
        fail(0, 0, Tr::tr("the input is larger than %1 MiB, more than any inventory.").arg(maxBytes >> 20));
        return;
    }
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        m_pos = m_columnPos = 3; // the byte-order mark is no character of the first line
    check();
    if (!m_error)
        detectSeparator();
}

void Reader::check()
{
    const QByteArray view = QByteArray::fromRawData(m_data, m_size);
    if (startsWith(view, "PK\x03\x04", 4)) {
        fail(0, 0,
             Tr::tr("this is a spreadsheet workbook (xlsx or ods), not CSV: save it as “CSV UTF-8” (Excel) "
                    "or \u201cText CSV\u201d with UTF-8 (LibreOffice)."));
        return;
    }
    if (startsWith(view, "\xFF\xFE", 2) || startsWith(view, "\xFE\xFF", 2)) {
        fail(0, 0, Tr::tr("this file is UTF-16 text (Excel's “Unicode Text”): save it as “CSV UTF-8”."));
        return;
    }
    bool nul = false;
    const qsizetype bad = firstBadByte(m_data + m_pos, m_size - m_pos, &nul);
    if (bad < 0)
        return;
    const qsizetype at = m_pos + bad;
    int line = 1;
    qsizetype lineStart = m_pos;
    for (qsizetype i = m_pos; i < at; ++i) {
        if (m_data[i] == '\n' || (m_data[i] == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < at; ++i) {
        if ((static_cast<unsigned char>(m_data[i]) & 0xC0) != 0x80)
            ++column;
    }
    fail(line, column,
         nul ? Tr::tr("the file holds a NUL character, which no text does: is it CSV at all?")
             : Tr::tr("this is not UTF-8 text (the byte 0x%1): save the file as “CSV UTF-8” (Excel) or as "
                      "\u201cText CSV\u201d with the character set UTF-8 (LibreOffice).")
                   .arg(QString::number(static_cast<unsigned char>(m_data[at]), 16)
                            .toUpper()
                            .rightJustified(2, QLatin1Char('0'))));
}

void Reader::detectSeparator()
{
    // Counted outside quotes on the header line. Column names hold no separator, so a header
    // without commas but with semicolons (or tabs) was saved with that separator.
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_size; ++i) {
        const char c = m_data[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    m_separator = commas > 0 ? ',' : semicolons > 0 ? ';' : tabs > 0 ? '\t' : ',';
}

void Reader::fail(int line, int column, const QString& message)
{
    m_error = imports::ImportIssue(message, {}, {}, line, column);
}

int Reader::columnAt(qsizetype pos)
{
    for (; m_columnPos < pos; ++m_columnPos) {
        if ((static_cast<unsigned char>(m_data[m_columnPos]) & 0xC0) != 0x80)
            ++m_column;
    }
    return m_column + 1;
}

void Reader::lineBreak()
{
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
    m_columnPos = m_pos;
    m_column = 0;
}

bool Reader::next(Record& record)
{
    record.cells.clear();
    if (m_error || m_pos >= m_size)
        return false;
    if (++m_records > maxRecords) {
        fail(m_line, 1, Tr::tr("the file has more than %1 rows, more than any inventory.").arg(maxRecords));
        return false;
    }
    record.line = m_line;
    const char separator = m_separator;
    QByteArray value;
    for (;;) {
        Cell cell;
        cell.line = m_line;
        cell.column = columnAt(m_pos);
        if (record.cells.size() >= std::size_t(maxCells)) {
            fail(cell.line, cell.column,
                 Tr::tr("this row has more than %1 values, more than any table.").arg(maxCells));
            return false;
        }
        if (m_pos < m_size && m_data[m_pos] == '"') {
            value.clear();
            ++m_pos;
            for (;;) {
                if (m_pos >= m_size) {
                    fail(cell.line, cell.column,
                         Tr::tr("the quoted value that starts here is never closed: a closing quote is missing (a "
                                "quote inside a quoted value is written twice, \"\")."));
                    return false;
                }
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                        value.append('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == '\r' || c == '\n') {
                    value.append('\n');
                    lineBreak();
                } else {
                    qsizetype end = m_pos;
                    while (end < m_size && m_data[end] != '"' && m_data[end] != '\r' && m_data[end] != '\n')
                        ++end;
                    value.append(m_data + m_pos, end - m_pos);
                    m_pos = end;
                }
                if (value.size() > maxCellBytes) {
                    fail(
                        cell.line, cell.column,
                        Tr::tr("this value is longer than %1 MiB, more than any field holds.").arg(maxCellBytes >> 20));
                    return false;
                }
            }
            // Spaces after the closing quote are tolerated, anything else is not: the quote
            // closed too early.
            while (m_pos < m_size && (m_data[m_pos] == ' ' || (m_data[m_pos] == '\t' && separator != '\t')))
                ++m_pos;
            if (m_pos < m_size && m_data[m_pos] != separator && m_data[m_pos] != '\r' && m_data[m_pos] != '\n') {
                const int line = m_line;
                fail(line, columnAt(m_pos),
                     Tr::tr("text after the closing quote of a quoted value: a quote inside a quoted value is "
                            "written twice (\"\")."));
                return false;
            }
            cell.text = QString::fromUtf8(value);
        } else {
            qsizetype end = m_pos;
            while (end < m_size && m_data[end] != separator && m_data[end] != '\r' && m_data[end] != '\n')
                ++end;
            if (end - m_pos > maxCellBytes) {
                fail(cell.line, cell.column,
                     Tr::tr("this value is longer than %1 MiB, more than any field holds.").arg(maxCellBytes >> 20));
                return false;
            }
            cell.text = QString::fromUtf8(m_data + m_pos, end - m_pos);
            m_pos = end;
        }
        record.cells.push_back(std::move(cell));
        if (m_pos >= m_size)
            return true;
        if (m_data[m_pos] == separator) {
            ++m_pos;
            continue;
        }
        lineBreak();
        return true;
    }
}

} // namespace steward::csv
