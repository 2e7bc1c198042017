#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace steward::forum {
struct Figures;
}

namespace steward::ui {

class ChartCard;

// The Dashboard's counts: what needs attention (overdue and due-soon reviews, open requests and
// incidents, seats) as large figures, and the inventory as charts — connectors by tier and access,
// workspaces by status and phase, skills by status — each also readable as a table.
class InventorySection : public QWidget
{
    Q_OBJECT

public:
    explicit InventorySection(QWidget* parent = nullptr);

    // Shows the figures; without them (nothing checked yet) every count reads "—".
    void setFigures(const forum::Figures* figures);

    ChartCard* connectorsChart() const { return m_connectors; }
    ChartCard* workspacesChart() const { return m_workspaces; }
    ChartCard* skillsChart() const { return m_skills; }

private:
    QLabel* addTile(const QString& name, const QString& caption);

    QWidget* m_tiles;
    QLabel* m_seats;
    QLabel* m_overdue;
    QLabel* m_dueSoon;
    QLabel* m_requests;
    QLabel* m_incidents;
    ChartCard* m_connectors;
    ChartCard* m_workspaces;
    ChartCard* m_skills;
};

// What changed since the last forum meeting (or in the last 30 days when none is recorded), from
// the audit trail: one row per object, newest first.
class ChangesSection : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxRows = 200;

    explicit ChangesSection(QWidget* parent = nullptr);
    void setFigures(const forum::Figures* figures);

private:
    QLabel* m_since;
    QTableWidget* m_table;
};

} // namespace steward::ui
