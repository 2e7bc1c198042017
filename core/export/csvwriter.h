#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <initializer_list>

// CSV as spreadsheets read it: RFC 4180 (comma-separated, CRLF after every record, a field in double
// quotes when it holds a comma, a quote or a line break, quotes doubled inside), UTF-8, and cells a
// spreadsheet would run as formulas neutralised.
namespace steward::csv {

class Writer
{
public:
    // With the UTF-8 byte-order mark, which Excel needs to read the file as UTF-8.
    explicit Writer(bool byteOrderMark = false);

    // One record; every cell is neutralised and quoted as needed.
    void row(const QStringList& cells);
    // The same record from cells already in valid UTF-8 (row() would replace invalid bytes): the
    // same bytes as row() of their text.
    void rowUtf8(std::initializer_list<QByteArrayView> cells);
    QByteArray take();

private:
    QByteArray m_bytes;
};

// A cell that a spreadsheet would take for a formula — it starts with =, +, -, @, a tab or a
// carriage return — gets a leading apostrophe, so it shows as the text it is. Text that already
// starts with apostrophes before such a character gets one more, so restored() undoes exactly this.
QString neutralised(const QString& cell);
// The inverse of neutralised(), for importing what Steward (or a careful person) wrote.
QString restored(const QString& cell);
// One field as it goes into a record: in quotes (quotes doubled) when it holds a comma, a quote or
// a line break. Not neutralised.
QByteArray field(const QString& cell);

} // namespace steward::csv
