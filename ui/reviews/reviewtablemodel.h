#pragma once

#include "rules/reviewitems.h"
#include "widgets/collatingfilterproxy.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <vector>

namespace steward::ui {

// One row of the Reviews page: an item reviewed on a cadence, with the names its ids stand for.
struct ReviewRow
{
    rules::ReviewItem item;
    QString ownerName;         // "" when it has no owner
    QString reviewerName;      // who reviewed it last, "" when nobody did (or the directory lost them)
    bool pilotOverdue = false; // a pilot workspace that ran past the graduation period
    QDate pilotStartedOn;
};

// rules::reviewItems in its order (by due date), with the people's names and the pilot flag.
std::vector<ReviewRow> reviewRows(const std::vector<ReviewSubject>& subjects, const QHash<Id, QString>& names,
                                  const ReviewSettings& settings, const QDate& today);

// Everything reviewed on a cadence as a table, in due-date order (RowRole gives that order back
// for sort ties). Overdue rows are written in the alert colour and due-soon rows softly tinted;
// the State column says the same in words, with an icon, so colour is never the only signal.
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DueColumn,
        StateColumn,
        KindColumn,
        NameColumn,
        OwnerColumn,
        CadenceColumn,
        LastReviewedColumn,
        ReviewedByColumn,
        ColumnCount
    };
    enum Role {
        SubjectTypeRole = Qt::UserRole + 1, // "governance", "workspace", "connector", "skill"
        SubjectIdRole,
        OwnerRole,        // the owner's id, 0 for none
        DueStateRole,     // int(rules::DueState)
        DueRole,          // QDate
        LastReviewedRole, // QDate, invalid when never reviewed
        PilotOverdueRole, // bool
        RowRole,          // the row in due-date order
    };

    explicit ReviewTableModel(QObject* parent = nullptr);

    void setRows(std::vector<ReviewRow> rows, const QDate& today);
    const std::vector<ReviewRow>& rows() const { return m_rows; }
    const ReviewRow& row(int row) const { return m_rows[std::size_t(row)]; }
    // The row of that item; -1 when it is not (or no longer) reviewed.
    int rowOf(const QString& subjectType, Id subjectId) const;
    // Rows overdue or due soon.
    int attentionCount() const;

    // The colours follow the palette: the page picks them for light or dark windows.
    void setColours(const QColor& alertText, const QColor& soonBackground);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Overdue by 3 days", "Due in 5 days", "Never reviewed", "Not due"; and "Pilot never graduated".
    QString stateText(const ReviewRow& row) const;
    // The due date in words relative to today: "overdue by 3 days", "due today", "due in 5 days".
    QString dueText(const ReviewRow& row) const;
    // The icon of the State column: the alert for overdue, the warning for due soon or an old pilot.
    QIcon stateIcon(const ReviewRow& row) const;

private:
    std::vector<ReviewRow> m_rows;
    QDate m_today;
    QColor m_alertText;
    QColor m_soonBackground;
    QIcon m_overdueIcon;
    QIcon m_warningIcon;
};

// Sorts and filters the Reviews table: by owner (or everyone) and by text in any column. Dates
// sort as dates ("never reviewed" first) and the State column by urgency, then due date.
class ReviewFilterProxy : public CollatingFilterProxy
{
    Q_OBJECT

public:
    static constexpr Id Everyone = -1;

    explicit ReviewFilterProxy(QObject* parent = nullptr);

    // Everyone, nobody (0: the items without an owner) or one person.
    void setOwner(Id owner);
    Id owner() const { return m_owner; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Id m_owner = Everyone;
};

} // namespace steward::ui
