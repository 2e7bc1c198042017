#include "import/csvtable.h"

#include "export/csvwriter.h"
#include "rules/secrets.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

// How a header cell names a column: "Approved By" and "approved-by" are approved_by.
QString columnKey(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return key;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// ^[+-]?[0-9]{1,10}$, checked in place: the tier of every row of an import passes here.
bool isWholeNumber(QStringView text)
{
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-'))
        text = text.sliced(1);
    return !text.isEmpty() && text.size() <= 10 && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

// ^[0-9]{4}-[0-9]{2}-[0-9]{2}$, the same way.
bool isIsoDay(QStringView text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7 ? text[i] != u'-' : !isAsciiDigit(text[i]))
            return false;
    }
    return true;
}

// A, B, … Z, AA, AB…: the column's letters in a spreadsheet.
QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace

QString quotedValue(const QString& text)
{
    constexpr int shown = 60; // a message quotes what was found, not a whole paragraph
    return QStringLiteral("\u201c%1\u201d").arg(text.size() > shown ? text.left(shown) + QStringLiteral("…") : text);
}

CsvTable::CsvTable(const QByteArray& bytes, ImportReport& report)
    : m_reader(bytes)
    , m_lines(std::min<qsizetype>(std::count(bytes.cbegin(), bytes.cend(), '\n'), csv::Reader::maxRecords))
    , m_report(report)
{
}

bool CsvTable::readHeader(const QStringList& known, bool keepOthers)
{
    do {
        if (!m_reader.next(m_header)) {
            if (m_reader.error())
                m_report.fail(*m_reader.error());
            else
                m_report.fail({Tr::tr("the file is empty: expected a header row naming the columns (%1…).")
                                   .arg(known.mid(0, 3).join(QStringLiteral(", ")))});
            return false;
        }
    } while (m_header.blank());
    const std::size_t count = m_header.cells.size();
    m_byAddress.clear();
    m_nameless.assign(count, false);
    m_warned.assign(count, false);
    bool ok = true;
    QHash<QString, int> seen;
    for (std::size_t i = 0; i < count; ++i) {
        const int index = int(i);
        const QString name = m_header.cells[i].text.trimmed();
        m_names.append(name);
        if (name.isEmpty()) {
            m_nameless[i] = true;
            continue;
        }
        const QString key = columnKey(name);
        if (const auto first = seen.constFind(key); first != seen.constEnd()) {
            m_report.fail(headerIssue(index, Tr::tr("the column %1 is already column %2; each column appears once.")
                                                 .arg(quotedValue(name), columnLetters(*first))));
            ok = false;
            continue;
        }
        seen.insert(key, index);
        if (known.contains(key)) {
            m_index.insert(key, index);
            m_known.emplace_back(key.toLatin1(), index);
        } else if (keepOthers) {
            m_others.emplace_back(index, name);
        } else {
            m_report.warn(headerIssue(index, Tr::tr("Steward does not know this column; its values were ignored.")));
            m_nameless[i] = true;
            m_warned[i] = true; // said once, here
        }
    }
    return ok;
}

int CsvTable::column(const char* key) const
{
    for (const auto& [address, index] : m_byAddress) {
        if (address == key)
            return index;
    }
    int found = -1;
    for (const auto& [name, index] : m_known) {
        if (qstrcmp(name.constData(), key) == 0) {
            found = index;
            break;
        }
    }
    constexpr std::size_t remembered = 64; // the names one object's step uses, with room to spare
    if (m_byAddress.size() < remembered)
        m_byAddress.emplace_back(key, found);
    return found;
}

QString CsvTable::fieldName(int index) const
{
    const QString name = m_names.value(index);
    return name.isEmpty() ? Tr::tr("column %1").arg(columnLetters(index))
                          : Tr::tr("%1 (column %2)").arg(name, columnLetters(index));
}

ImportIssue CsvTable::headerIssue(int index, const QString& message) const
{
    const csv::Cell& cell = m_header.cells.at(std::size_t(index));
    return ImportIssue(message, Tr::tr("header"), fieldName(index), cell.line, cell.column);
}

ImportIssue CsvTable::headerIssue(const QString& message) const
{
    return ImportIssue(message, Tr::tr("header"), {}, m_header.line, 1);
}

bool CsvTable::next(csv::Record& row)
{
    for (;;) {
        if (!m_reader.next(row)) {
            if (m_reader.error())
                m_report.fail(*m_reader.error());
            return false;
        }
        if (row.blank())
            continue;
        // Put into words only for a message: this runs for every row.
        const auto record = [this] {
            return Tr::tr("row %1").arg(m_reader.recordNumber());
        };
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const csv::Cell& cell = row.cells[i];
            if (QStringView(cell.text).trimmed().isEmpty())
                continue;
            if (i >= m_nameless.size()) {
                m_report.fail(ImportIssue(
                    Tr::tr("this row has more values than the header has columns (%1): a value holding the separator "
                           "must be in quotes.")
                        .arg(m_nameless.size()),
                    record(), Tr::tr("column %1").arg(columnLetters(int(i))), cell.line, cell.column));
                break;
            }
            if (m_nameless[i] && !m_warned[i]) {
                m_warned[i] = true;
                m_report.warn(ImportIssue(Tr::tr("this column has no name in the header; its values were ignored."),
                                          record(), fieldName(int(i)), cell.line, cell.column));
            }
        }
        return true;
    }
}

CsvRow::CsvRow(CsvTable& table, const csv::Record& record)
    : m_table(table)
    , m_row(record)
    , m_number(table.rowNumber())
{
}

void CsvRow::setName(const QString& name)
{
    m_name = name;
    m_named = true;
}

QString CsvRow::record() const
{
    return m_named ? Tr::tr("row %1 %2").arg(m_number).arg(quotedValue(m_name)) : Tr::tr("row %1").arg(m_number);
}

const csv::Cell* CsvRow::cell(int index) const
{
    return index >= 0 && std::size_t(index) < m_row.cells.size() ? &m_row.cells[std::size_t(index)] : nullptr;
}

std::optional<QString> CsvRow::text(const char* column) const
{
    const int index = m_table.column(column);
    if (index < 0)
        return std::nullopt;
    const csv::Cell* found = cell(index);
    if (!found)
        return QString();
    QString value = csv::restored(found->text);
    // Said at the cell, so the message names the column and its place; the store would refuse the
    // text again, naming only the field.
    if (const auto reason = rules::secretReason(value)) {
        m_table.report().fail(
            issue(column, Tr::tr("this looks like a secret (%1). Steward records OAuth scopes, never credentials; "
                                 "remove it.")
                              .arg(*reason)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> CsvRow::name(const char* column)
{
    const auto value = text(column);
    if (!value) {
        error(Tr::tr("the file has no %1 column, which every row needs.").arg(QLatin1String(column)));
        return std::nullopt;
    }
    if (value->trimmed().isEmpty()) {
        error(column, Tr::tr("the name cannot be empty."));
        return std::nullopt;
    }
    return value->trimmed();
}

std::optional<QString> CsvRow::choice(const char* column, const QStringList& allowed)
{
    const auto value = text(column);
    if (!value || value->trimmed().isEmpty())
        return std::nullopt;
    const QString word = value->trimmed().toLower();
    if (allowed.contains(word))
        return word;
    QStringList shown;
    for (const QString& key : allowed) {
        if (!key.isEmpty())
            shown.append(key);
    }
    error(column, Tr::tr("%1 is not one of %2.").arg(quotedValue(*value), shown.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<bool> CsvRow::yesNo(const char* column)
{
    const auto value = text(column);
    const QStringView word = value ? QStringView(*value).trimmed() : QStringView();
    if (word.isEmpty())
        return std::nullopt;
    if (word.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
        word.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (word.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0 ||
        word.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    error(column, Tr::tr("%1 is neither yes nor no.").arg(quotedValue(*value)));
    return std::nullopt;
}

std::optional<int> CsvRow::integer(const char* column, int minimum, int maximum)
{
    const auto value = text(column);
    if (!value || value->trimmed().isEmpty())
        return std::nullopt;
    const QString trimmed = value->trimmed();
    bool ok = false;
    const qint64 number = isWholeNumber(trimmed) ? trimmed.toLongLong(&ok) : 0;
    if (!ok) {
        error(column, Tr::tr("%1 is not a whole number.").arg(quotedValue(*value)));
        return std::nullopt;
    }
    if (number < minimum || number > maximum) {
        error(column, Tr::tr("%1 is outside %2 to %3.").arg(trimmed).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return int(number);
}

std::optional<QDate> CsvRow::date(const char* column)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty())
        return QDate();
    if (isIsoDay(trimmed)) {
        if (const QDate day = QDate::fromString(trimmed, Qt::ISODate); day.isValid())
            return day;
    }
    error(column, Tr::tr("%1 is no date; dates are written YYYY-MM-DD (a spreadsheet may have reformatted it: format "
                         "the column as text, or as YYYY-MM-DD, before saving).")
                      .arg(quotedValue(*value)));
    return std::nullopt;
}

ImportIssue CsvRow::issue(const char* column, const QString& message) const
{
    const int index = column ? m_table.column(column) : -1;
    const csv::Cell* at = cell(index);
    if (!at)
        at = m_row.cells.empty() ? nullptr : &m_row.cells.front();
    return ImportIssue(message, record(), index >= 0 ? m_table.fieldName(index) : QString(), at ? at->line : m_row.line,
                       index >= 0 && !cell(index) ? 0 : (at ? at->column : 0));
}

void CsvRow::error(const char* column, const QString& message)
{
    m_table.report().fail(issue(column, message));
}

void CsvRow::error(const QString& message)
{
    m_table.report().fail(issue(nullptr, message));
}

void CsvRow::warning(const char* column, const QString& message)
{
    m_table.report().warn(issue(column, message));
}

void CsvRow::warning(const QString& message)
{
    m_table.report().warn(issue(nullptr, message));
}

} // namespace steward::imports
