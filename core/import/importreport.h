#pragma once

#include <QString>
#include <utility>
#include <vector>

// What every importer (JSON, policy-json, later CSV) hands back: per kind of row how many were
// added, updated or found unchanged, and the warnings and errors, each naming its place in the input.
namespace steward::imports {

// A problem, and where it is as far as the format can tell: the line and column (1-based; 0 when
// unknown), the record ("connectors[3] “HubSpot”", "line 12") and the field within it ("tier",
// "scopes[1].mode", a CSV column's name).
struct ImportIssue
{
    ImportIssue() = default;
    ImportIssue(const QString& message, const QString& record = {}, const QString& field = {}, int line = 0,
                int column = 0)
        : message(message)
        , record(record)
        , field(field)
        , line(line)
        , column(column)
    {
    }

    QString message;
    QString record;
    QString field;
    int line = 0;
    int column = 0;
};

enum class Outcome { Added, Updated, Unchanged };

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;

    bool operator==(const ImportCounts&) const = default;
};

class ImportReport
{
public:
    // Beyond this many errors (warnings) the rest are counted, not kept: the first ones are what a
    // person fixes, and an input of a million unknown fields must not make a million messages.
    static constexpr int maxErrors = 50;
    static constexpr int maxWarnings = 500;

    void count(const QString& object, Outcome outcome);
    void warn(const ImportIssue& issue);
    void fail(const ImportIssue& issue);

    // Kinds of row in the order they were first counted ("people", "connectors"…).
    const std::vector<std::pair<QString, ImportCounts>>& objects() const { return m_objects; }
    ImportCounts counts(const QString& object) const;
    ImportCounts total() const;
    const std::vector<ImportIssue>& warnings() const { return m_warnings; }
    std::vector<ImportIssue>& warnings() { return m_warnings; }
    const std::vector<ImportIssue>& errors() const { return m_errors; }
    std::vector<ImportIssue>& errors() { return m_errors; }
    int errorCount() const { return m_errorCount; }     // including those not kept
    int warningCount() const { return m_warningCount; } // including those not kept
    bool ok() const { return m_errorCount == 0; }
    bool errorLimitReached() const { return m_errorCount >= maxErrors; }
    bool warningLimitReached() const { return m_warningCount >= maxWarnings; }

    // A failed import wrote nothing: what it had counted no longer holds.
    void clearCounts();

private:
    std::vector<std::pair<QString, ImportCounts>> m_objects;
    std::vector<ImportIssue> m_warnings;
    std::vector<ImportIssue> m_errors;
    int m_errorCount = 0;
    int m_warningCount = 0;
};

// "INPUT:LINE:COLUMN: record R, field F: message", without the line and column when they are not
// known, and without the record or field when there is none.
QString issueText(const QString& input, const ImportIssue& issue);

// The report for people: a first line with the totals, then one line per kind of row, then one line
// per warning ("INPUT:LINE:COLUMN: warning: …"). Ends with a newline.
QString reportText(const ImportReport& report, const QString& input, const QString& inventory);

} // namespace steward::imports
