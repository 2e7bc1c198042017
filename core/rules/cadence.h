#pragma once

#include "domain/types.h"

#include <QDate>
#include <QString>

// Review cadence arithmetic (seed 004: weekly in a pilot, monthly at steady state, quarterly
// governance review, annual re-evaluation), calendar-correct.
namespace steward::rules {

// `from` plus one period: 7 days, or 1, 3 or 12 calendar months. A month added to the 31st ends
// on the last day of a shorter month (31 January → 28 or 29 February); 29 February plus a year
// is 28 February. A Custom cadence adds `customDays` (at least one).
QDate addCadence(const QDate& from, Cadence cadence, int customDays = 0);

// When the next review is due: the last review plus the cadence; never reviewed → due today.
QDate nextDue(const ReviewState& review, const QDate& today);

// The cadence as people read it: "Quarterly", "Every 10 days".
QString cadenceText(const ReviewState& review);

enum class DueState { Overdue, DueSoon, NotDue };
// Overdue when the due day is past, due soon when it falls within `dueSoonDays` from today
// (today included).
DueState dueState(const ReviewState& review, const QDate& today, int dueSoonDays = 14);

} // namespace steward::rules
