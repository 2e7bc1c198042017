#pragma once

#include "domain/types.h"
#include "rules/findings.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// `steward export --format ics`: every review due date as an iCalendar (RFC 5545) event with its
// cadence as a recurrence rule, for the owners' calendars. Built from core values only, so the
// same inventory and day always give the same bytes.
namespace steward::ics {

struct CalendarOptions
{
    QString fileName;    // the inventory's file name, shown as the calendar's name
    QString inventoryId; // Store::inventoryId(): UIDs stay the same when the file is renamed or copied
    QDate today;         // the day due dates and overdue states are evaluated on
};

// The whole calendar: one all-day VEVENT per review item (rules::reviewItems, in its order),
// CRLF line endings, folded at 75 octets.
QByteArray reviewCalendar(const rules::LintInput& input, const CalendarOptions& options);

// The building blocks, public so that they can be tested on their own.

// A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control
// characters dropped (RFC 5545 3.3.11 does not allow them).
QString escapeText(const QString& text);
// One content line (without its line break) as it goes into the file: folded so that no physical
// line is longer than 75 octets, never inside a UTF-8 sequence, each line ending in CRLF.
QByteArray foldLine(const QByteArray& line);
// The RRULE value for a review rhythm whose next occurrence is `due`. Occurrences are the day of
// the last review (or `due` when never reviewed) plus whole periods, as rules::addCadence counts
// them: a month from the 31st ends on a shorter month's last day rather than skipping it.
QString recurrenceRule(const ReviewState& review, const QDate& due);
// "connector-7@<inventoryId>.steward": the same item in the same inventory keeps its UID, so a
// calendar that imports the file again updates the event instead of adding a second one.
QString eventUid(const QString& subjectType, Id subjectId, const QString& inventoryId);

} // namespace steward::ics
