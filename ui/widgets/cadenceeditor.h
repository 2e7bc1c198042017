#pragma once

#include "domain/types.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace steward::ui {

// A review cadence: weekly, monthly, quarterly, annual, or every N days (seed 004's four rhythms and
// a custom one). The days field shows only for the custom cadence. Emits edited() for the person's
// changes only, never while a record is being shown.
class CadenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CadenceEditor(QWidget* parent = nullptr);

    void setReview(const ReviewState& review);
    Cadence cadence() const;
    int days() const; // the custom cadence's period; 0 for the others

    QComboBox* comboBox() const { return m_combo; }
    QSpinBox* daysSpinBox() const { return m_days; }

Q_SIGNALS:
    // `days` is 0 unless the cadence is Custom. `typing`: the days are being typed, so consecutive
    // edits may merge into one undo step.
    void edited(steward::Cadence cadence, int days, bool typing);

private:
    void updateDaysVisibility();

    QComboBox* m_combo;
    QSpinBox* m_days;
    bool m_loading = false;
};

} // namespace steward::ui
