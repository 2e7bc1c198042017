#pragma once

#include "rules/findings.h"
#include "widgets/collatingfilterproxy.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <array>
#include <vector>

namespace steward::ui {

// The findings of one lint run as a table. The run's order (errors, then warnings, then infos) is
// the row order; RowRole gives it back so the proxy can break sort ties the same way every time.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, ObjectColumn, MessageColumn, FixColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(FindingSeverity)
        KindRole,                        // the subject's type: "connector", "policy"…
        SubjectIdRole,
        RowRole,
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(std::vector<rules::Finding> findings);
    const std::vector<rules::Finding>& findings() const { return m_findings; }
    const rules::Finding& finding(int row) const { return m_findings[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What people call a subject type ("Connector", "RACI activity"); the types in menu order.
    static QString kindLabel(const QString& subjectType);
    static QStringList kinds();
    // Severity is told by the icon's shape and the word, never by colour alone.
    static QIcon severityIcon(FindingSeverity severity);

private:
    std::vector<rules::Finding> m_findings;
    std::array<QIcon, 3> m_icons;
};

// Sorts and filters the findings: by severity (any of the three shown), by the kind of object, and
// by text in any column. Severity sorts by rank (errors first), not alphabetically.
class FindingsFilterProxy : public CollatingFilterProxy
{
    Q_OBJECT

public:
    explicit FindingsFilterProxy(QObject* parent = nullptr);

    void setSeverityShown(FindingSeverity severity, bool shown);
    bool isSeverityShown(FindingSeverity severity) const;
    // "" shows every kind.
    void setKind(const QString& subjectType);
    const QString& kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const FindingsModel* findingsModel() const;

    std::array<bool, 3> m_shown = {true, true, true};
    QString m_kind;
};

} // namespace steward::ui
