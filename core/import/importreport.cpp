#include "import/importreport.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

QString place(const QString& input, const ImportIssue& issue)
{
    if (issue.line > 0 && issue.column > 0)
        return QStringLiteral("%1:%2:%3").arg(input).arg(issue.line).arg(issue.column);
    if (issue.line > 0)
        return QStringLiteral("%1:%2").arg(input).arg(issue.line);
    return input;
}

QString subject(const ImportIssue& issue)
{
    if (!issue.record.isEmpty() && !issue.field.isEmpty())
        return Tr::tr("record %1, field %2: ").arg(issue.record, issue.field);
    if (!issue.record.isEmpty())
        return Tr::tr("record %1: ").arg(issue.record);
    if (!issue.field.isEmpty())
        return Tr::tr("field %1: ").arg(issue.field);
    return {};
}

QString countsText(const ImportCounts& counts)
{
    return Tr::tr("added %1, updated %2, unchanged %3").arg(counts.added).arg(counts.updated).arg(counts.unchanged);
}

} // namespace

void ImportReport::count(const QString& object, Outcome outcome)
{
    auto it =
        std::find_if(m_objects.begin(), m_objects.end(), [&](const auto& entry) { return entry.first == object; });
    if (it == m_objects.end())
        it = m_objects.insert(m_objects.end(), {object, ImportCounts()});
    switch (outcome) {
    case Outcome::Added:
        ++it->second.added;
        break;
    case Outcome::Updated:
        ++it->second.updated;
        break;
    case Outcome::Unchanged:
        ++it->second.unchanged;
        break;
    }
}

void ImportReport::warn(const ImportIssue& issue)
{
    if (m_warningCount < maxWarnings)
        m_warnings.push_back(issue);
    ++m_warningCount;
}

void ImportReport::fail(const ImportIssue& issue)
{
    if (m_errorCount < maxErrors)
        m_errors.push_back(issue);
    ++m_errorCount;
}

ImportCounts ImportReport::counts(const QString& object) const
{
    for (const auto& [name, counts] : m_objects) {
        if (name == object)
            return counts;
    }
    return {};
}

ImportCounts ImportReport::total() const
{
    ImportCounts sum;
    for (const auto& entry : m_objects) {
        sum.added += entry.second.added;
        sum.updated += entry.second.updated;
        sum.unchanged += entry.second.unchanged;
    }
    return sum;
}

void ImportReport::clearCounts()
{
    m_objects.clear();
}

QString issueText(const QString& input, const ImportIssue& issue)
{
    return QStringLiteral("%1: %2%3").arg(place(input, issue), subject(issue), issue.message);
}

QString reportText(const ImportReport& report, const QString& input, const QString& inventory)
{
    QString text = Tr::tr("Imported %1 into %2: %3; warnings: %4\n")
                       .arg(input, inventory, countsText(report.total()))
                       .arg(report.warningCount());
    for (const auto& [object, counts] : report.objects())
        text += QStringLiteral("  %1: %2\n").arg(object, countsText(counts));
    for (const ImportIssue& warning : report.warnings())
        text += Tr::tr("%1: warning: %2%3\n").arg(place(input, warning), subject(warning), warning.message);
    if (report.warningCount() > int(report.warnings().size()))
        text += Tr::tr("%1: and %2 more warnings not shown\n")
                    .arg(input)
                    .arg(report.warningCount() - int(report.warnings().size()));
    return text;
}

} // namespace steward::imports
