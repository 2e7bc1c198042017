#pragma once

#include "import/importreport.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

// CSV as Excel, LibreOffice and Steward write it, read one record at a time: RFC 4180 quoting
// (quoted fields holding separators, doubled quotes and line breaks), a UTF-8 byte-order mark or
// none, CRLF, LF or CR line ends, and the separator of the header line (a comma; a semicolon or tab
// when the header holds none, as a spreadsheet set to another locale saves it). Input that is not
// UTF-8 text, or of absurd size, is an error naming the line and column.
namespace steward::csv {

struct Cell
{
    QString text;   // line breaks inside a quoted value as \n
    int line = 0;   // where the value starts (its opening quote), 1-based
    int column = 0; // in characters from the line's start, 1-based
};

struct Record
{
    std::vector<Cell> cells;
    int line = 0;
    bool blank() const; // every cell empty: a spreadsheet's empty row
};

class Reader
{
public:
    // Bounds on what is read, so that no input makes the importer allocate without end.
    static constexpr qint64 maxBytes = qint64(256) << 20;
    static constexpr int maxCells = 1000;              // per record
    static constexpr qsizetype maxCellBytes = 1 << 20; // per value
    static constexpr qint64 maxRecords = 10'000'000;

    // `bytes` must outlive the reader.
    explicit Reader(const QByteArray& bytes);

    // The next record (blank ones included); false at the end of the input or on an error.
    bool next(Record& record);
    // Set when the input could not be read; next() then returns false.
    const std::optional<imports::ImportIssue>& error() const { return m_error; }
    char separator() const { return m_separator; }
    // The number of the record next() gave last, counting from 1: a spreadsheet's row number.
    qint64 recordNumber() const { return m_records; }

private:
    void fail(int line, int column, const QString& message);
    int columnAt(qsizetype pos);
    void lineBreak(); // consumes CRLF, LF or CR at m_pos
    void detectSeparator();
    void check();

    const char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_columnPos = 0; // the column counted so far reaches this byte…
    int m_column = 0;          // …and is this many characters from the line's start
    qint64 m_records = 0;
    char m_separator = ',';
    std::optional<imports::ImportIssue> m_error;
};

} // namespace steward::csv
