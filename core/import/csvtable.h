#pragma once

#include "domain/enums.h"
#include "import/csvreader.h"
#include "import/importreport.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

// Internal to the CSV importer (csvimport.h): a CSV file read as a table — its header row mapped to
// the columns an object knows, then its rows one at a time — and typed reads of one row's cells,
// every problem reported with the line, column, record and field.
namespace steward::imports {

class CsvTable
{
public:
    CsvTable(const QByteArray& bytes, ImportReport& report);

    // Reads the header row. A column not in `known` is a warning (its values are ignored) unless
    // `keepOthers`: then it is kept, by its name as written (the RACI file's roles). Column names
    // match in any case, with spaces or hyphens for underscores. False when there is no header, it
    // cannot be read, or it names a column twice.
    bool readHeader(const QStringList& known, bool keepOthers = false);
    // The index of a known column, -1 when the file has none.
    int column(const QString& key) const { return m_index.value(key, -1); }
    // The same for a column name in Latin-1, as the steps spell them: looked up on every cell
    // read, so without building a QString (a few names, compared in place). The answer is
    // remembered by the name's address: pass string literals only, never a temporary buffer.
    int column(const char* key) const;
    // The kept columns that are not known (keepOthers), in their order: index and name as written.
    const std::vector<std::pair<int, QString>>& others() const { return m_others; }
    // "tier (column H)": a column as a spreadsheet user finds it.
    QString fieldName(int index) const;
    // Where the header names a column, for errors about the header.
    ImportIssue headerIssue(int index, const QString& message) const;
    ImportIssue headerIssue(const QString& message) const;

    // The next row that is not blank; false at the end or on an error (reported). Values in columns
    // without a name are a warning (once per column); values beyond the header's last column are an
    // error (a value holding the separator and not in quotes shifts a row like that).
    bool next(csv::Record& row);
    // About how many rows the file holds (its line breaks), for reserving room before reading them.
    qsizetype rowsHint() const { return m_lines; }
    // The row's number as a spreadsheet shows it (the header is row 1).
    qint64 rowNumber() const { return m_reader.recordNumber(); }
    ImportReport& report() { return m_report; }

private:
    csv::Reader m_reader;
    qsizetype m_lines = 0;
    ImportReport& m_report;
    csv::Record m_header;
    QStringList m_names; // as written, trimmed
    QHash<QString, int> m_index;
    std::vector<std::pair<QByteArray, int>> m_known; // m_index in Latin-1, for column(const char*)
    // column(const char*) by the address of the name: the steps ask with the same literals, for
    // every cell of every row.
    mutable std::vector<std::pair<const char*, int>> m_byAddress;
    std::vector<std::pair<int, QString>> m_others;
    std::vector<bool> m_nameless;
    std::vector<bool> m_warned;
};

class CsvRow
{
public:
    CsvRow(CsvTable& table, const csv::Record& record);

    // Names the row in messages: "row 4 “Slack”".
    void setName(const QString& name);
    QString record() const;
    qint64 number() const { return m_number; }

    bool has(const char* column) const { return m_table.column(column) >= 0; }
    // The cell's text (formula neutralisation undone); nullopt when the file has no such column. A
    // row shorter than the header has empty cells at its end.
    std::optional<QString> text(const char* column) const;
    // Trimmed, and required: the column must be there and the cell not empty.
    std::optional<QString> name(const char* column);
    // The key `allowed` holds (in any case), or nullopt: for an empty cell (keep the value), an
    // absent column, or text that is none of them (an error).
    std::optional<QString> choice(const char* column, const QStringList& allowed);
    template <typename E> std::optional<E> enumeration(const char* column)
    {
        static const QStringList allowed = keys<E>(); // asked for on every row
        const auto text = choice(column, allowed);
        return text ? parse<E>(*text) : std::nullopt;
    }
    std::optional<bool> yesNo(const char* column);
    std::optional<int> integer(const char* column, int minimum, int maximum);
    // A date as YYYY-MM-DD; an empty cell is no date (an invalid QDate).
    std::optional<QDate> date(const char* column);

    void error(const char* column, const QString& message);
    void error(const QString& message);
    void warning(const char* column, const QString& message);
    void warning(const QString& message);
    // The problem `message` at the row's cell in `column` (nullptr: the row's first cell).
    ImportIssue issue(const char* column, const QString& message) const;

private:
    const csv::Cell* cell(int index) const;

    CsvTable& m_table;
    const csv::Record& m_row;
    qint64 m_number = 0;
    // The row's name in messages, put into words only when there is a message.
    QString m_name;
    bool m_named = false;
};

// “text”, shortened to what a message can quote.
QString quotedValue(const QString& text);

} // namespace steward::imports
