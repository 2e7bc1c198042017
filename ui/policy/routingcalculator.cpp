#include "policy/routingcalculator.h"

#include "rules/connectorrules.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {

RoutingCalculator::RoutingCalculator(QWidget* parent)
    : QWidget(parent)
    , m_sensitive(new QCheckBox(tr("Does it touch &confidential or restricted data?"), this))
    , m_writes(new QCheckBox(tr("Does it &write to a system?"), this))
    , m_external(new QCheckBox(tr("Can data &leave the organisation?"), this))
    , m_tierLabel(new QLabel(this))
    , m_ruleLabel(new QLabel(this))
    , m_controlLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("routingCalculatorWidget"));
    m_sensitive->setObjectName(QStringLiteral("sensitiveCheckBox"));
    m_sensitive->setAccessibleName(tr("Touches confidential or restricted data"));
    m_writes->setObjectName(QStringLiteral("writesCheckBox"));
    m_writes->setAccessibleName(tr("Writes to a system"));
    m_external->setObjectName(QStringLiteral("externalCheckBox"));
    m_external->setAccessibleName(tr("Data can leave the organisation"));
    m_tierLabel->setObjectName(QStringLiteral("routingTierLabel"));
    m_ruleLabel->setObjectName(QStringLiteral("routingRuleLabel"));
    m_controlLabel->setObjectName(QStringLiteral("routingControlLabel"));
    for (QLabel* label : {m_tierLabel, m_ruleLabel, m_controlLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont font = m_tierLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_tierLabel->setFont(font);

    auto* intro = new QLabel(tr("Answer for a new use of the agent — a connector, a skill, a scheduled task — to see "
                                "which review it needs (the routing of seed 000)."),
                             this);
    intro->setWordWrap(true);
    auto* questions = new QGroupBox(tr("Questions"), this);
    questions->setObjectName(QStringLiteral("routingQuestionsGroupBox"));
    auto* questionsLayout = new QVBoxLayout(questions);
    questionsLayout->addWidget(m_sensitive);
    questionsLayout->addWidget(m_writes);
    questionsLayout->addWidget(m_external);

    auto* answer = new QGroupBox(tr("Review it needs"), this);
    answer->setObjectName(QStringLiteral("routingAnswerGroupBox"));
    auto* answerLayout = new QFormLayout(answer);
    answerLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    answerLayout->addRow(m_tierLabel);
    answerLayout->addRow(tr("When"), m_ruleLabel);
    answerLayout->addRow(tr("Control"), m_controlLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(questions);
    layout->addWidget(answer);
    layout->addStretch(1);

    for (QCheckBox* box : {m_sensitive, m_writes, m_external})
        connect(box, &QCheckBox::toggled, this, &RoutingCalculator::update);
    update();
}

void RoutingCalculator::setTiers(const std::vector<ReviewTier>& tiers)
{
    m_tiers = tiers;
    update();
}

void RoutingCalculator::setAnswers(bool sensitive, bool writes, bool external)
{
    m_sensitive->setChecked(sensitive);
    m_writes->setChecked(writes);
    m_external->setChecked(external);
}

int RoutingCalculator::tier() const
{
    return m_tier;
}

QString RoutingCalculator::control() const
{
    const auto found =
        std::find_if(m_tiers.begin(), m_tiers.end(), [this](const ReviewTier& t) { return t.tier == m_tier; });
    return found != m_tiers.end() ? found->control.trimmed() : QString();
}

int RoutingCalculator::tierFor(bool sensitive, bool writes, bool external)
{
    // The answers as a connector, so the seed's routing lives in one place: rules::tierFloor.
    Connector use;
    use.sensitivity = sensitive ? DataClass::Confidential : DataClass::Internal;
    use.access = writes ? Access::ReadWrite : Access::ReadOnly;
    use.external = external;
    return rules::tierFloor(use);
}

void RoutingCalculator::update()
{
    const int tier = tierFor(m_sensitive->isChecked(), m_writes->isChecked(), m_external->isChecked());
    const auto found =
        std::find_if(m_tiers.begin(), m_tiers.end(), [tier](const ReviewTier& t) { return t.tier == tier; });
    const QString rule = found != m_tiers.end() ? found->rule.trimmed() : QString();
    const QString control = found != m_tiers.end() ? found->control.trimmed() : QString();
    m_tierLabel->setText(tr("Tier %1").arg(tier));
    m_ruleLabel->setText(rule.isEmpty() ? tr("The policy does not say when tier %1 applies.").arg(tier) : rule);
    m_controlLabel->setText(control.isEmpty() ? tr("The policy states no control for tier %1: add it on the Rules "
                                                   "tab.")
                                                    .arg(tier)
                                              : control);
    m_tierLabel->setAccessibleName(tr("Tier %1: %2").arg(tier).arg(control));
    if (tier != m_tier) {
        m_tier = tier;
        Q_EMIT tierChanged(tier);
    }
}

} // namespace steward::ui
