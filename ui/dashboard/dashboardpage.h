#pragma once

#include "pages/page.h"

#include <QHash>
#include <array>

class QGridLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace steward::ui {

class ChangesSection;
class FindingsDock;
class GovernanceSection;
class InventorySection;

// The home page: how well the inventory keeps the seeds' rules. A scorecard (each rule family and
// overall, as the share of checks that pass) and the findings by severity, both from the findings
// panel's latest check, so the page costs nothing to show; below them the inventory's counts and
// charts and what changed since the last forum, which the same check reads (forum::Figures).
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(FindingsDock* findings, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    // The family names of the scorecard in the order shown ("overall" first).
    QStringList families() const;
    // The bar of a family ("connectors", "overall"…), for tests; nullptr for an unknown one.
    QProgressBar* scoreBar(const QString& family) const;

    static QString familyLabel(const QString& family);
    GovernanceSection* governanceSection() const { return m_governance; }
    InventorySection* inventorySection() const { return m_inventory; }

private:
    struct ScoreRow
    {
        QLabel* name = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* detail = nullptr;
    };

    // A titled section at the end of the page; returns its body's layout to fill.
    QVBoxLayout* addSection(const QString& objectName, const QString& title);
    void buildScorecard();
    void buildFindingCounts();
    void buildInventory();
    ScoreRow addScoreRow(QGridLayout* grid, int row, const QString& family);
    void showResult();

    FindingsDock* m_findings;
    GovernanceSection* m_governance = nullptr;
    InventorySection* m_inventory = nullptr;
    ChangesSection* m_changes = nullptr;
    Store* m_store = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QLabel* m_summary = nullptr;
    QStringList m_families;
    QHash<QString, ScoreRow> m_rows;
    std::array<QLabel*, 3> m_countLabels{};
};

} // namespace steward::ui
