#include "widgets/cadenceeditor.h"

#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace steward::ui {
namespace {

constexpr int defaultCustomDays = 30;

} // namespace

CadenceEditor::CadenceEditor(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_days(new QSpinBox(this))
{
    m_combo->setObjectName(QStringLiteral("cadenceComboBox"));
    m_combo->setAccessibleName(tr("Review cadence"));
    fillCombo(m_combo, {Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly, Cadence::Annual, Cadence::Custom});
    m_days->setObjectName(QStringLiteral("cadenceDaysSpinBox"));
    m_days->setAccessibleName(tr("Days between reviews"));
    m_days->setRange(1, 3660); // the store's bounds for a custom cadence
    m_days->setValue(defaultCustomDays);
    m_days->setSuffix(tr(" days"));
    m_days->setPrefix(tr("every "));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_days);
    setFocusProxy(m_combo);
    updateDaysVisibility();

    connect(m_combo, &QComboBox::activated, this, [this] {
        updateDaysVisibility();
        Q_EMIT edited(cadence(), days(), false);
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading && cadence() == Cadence::Custom)
            Q_EMIT edited(Cadence::Custom, m_days->value(), true);
    });
}

void CadenceEditor::setReview(const ReviewState& review)
{
    m_loading = true;
    selectValue(m_combo, review.cadence);
    if (review.cadence == Cadence::Custom && review.cadenceDays > 0)
        m_days->setValue(review.cadenceDays);
    m_loading = false;
    updateDaysVisibility();
}

Cadence CadenceEditor::cadence() const
{
    return Cadence(m_combo->currentData().toInt());
}

int CadenceEditor::days() const
{
    return cadence() == Cadence::Custom ? m_days->value() : 0;
}

void CadenceEditor::updateDaysVisibility()
{
    m_days->setVisible(cadence() == Cadence::Custom);
}

} // namespace steward::ui
