#include "rules/cadence.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::rules {

QDate addCadence(const QDate& from, Cadence cadence, int customDays)
{
    switch (cadence) {
    case Cadence::Weekly:
        return from.addDays(7);
    case Cadence::Monthly:
        return from.addMonths(1); // QDate clamps to the month's last day
    case Cadence::Quarterly:
        return from.addMonths(3);
    case Cadence::Annual:
        return from.addYears(1);
    case Cadence::Custom:
        return from.addDays(std::max(customDays, 1));
    }
    return from;
}

QDate nextDue(const ReviewState& review, const QDate& today)
{
    return review.lastReviewedOn.isValid() ? addCadence(review.lastReviewedOn, review.cadence, review.cadenceDays)
                                           : today;
}

QString cadenceText(const ReviewState& review)
{
    if (review.cadence == Cadence::Custom) {
        const int days = std::max(review.cadenceDays, 1); // not inside translate(): lupdate would miss the call
        return QCoreApplication::translate("steward::rules", "Every %n day(s)", nullptr, days);
    }
    return label(review.cadence);
}

DueState dueState(const ReviewState& review, const QDate& today, int dueSoonDays)
{
    const QDate due = nextDue(review, today);
    if (due < today)
        return DueState::Overdue;
    if (!review.lastReviewedOn.isValid() || today.daysTo(due) < dueSoonDays)
        return DueState::DueSoon;
    return DueState::NotDue;
}

} // namespace steward::rules
