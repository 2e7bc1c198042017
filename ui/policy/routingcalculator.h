#pragma once

#include "domain/types.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QLabel;

namespace steward::ui {

// The review routing of seed 000 as three questions: touches sensitive data or writes to a system
// → tier 3; else data can leave the organisation → tier 2; else tier 1. It answers with the tier and
// the control the policy sets for it. The tier comes from rules::tierFloor, so the calculator and
// the connectors' tier floor cannot disagree.
class RoutingCalculator : public QWidget
{
    Q_OBJECT

public:
    explicit RoutingCalculator(QWidget* parent = nullptr);

    // The policy's review tiers, whose rule and control are shown for the tier reached.
    void setTiers(const std::vector<ReviewTier>& tiers);
    void setAnswers(bool sensitive, bool writes, bool external);

    int tier() const;
    // The control of the tier reached, as the policy states it ("" when it states none).
    QString control() const;

    // The tier for these answers.
    static int tierFor(bool sensitive, bool writes, bool external);

Q_SIGNALS:
    void tierChanged(int tier);

private:
    void update();

    std::vector<ReviewTier> m_tiers;
    QCheckBox* m_sensitive;
    QCheckBox* m_writes;
    QCheckBox* m_external;
    QLabel* m_tierLabel;
    QLabel* m_ruleLabel;
    QLabel* m_controlLabel;
    int m_tier = 1;
};

} // namespace steward::ui
