#pragma once

#include "export/tabletext.h"
#include "forum/forumfigures.h"

#include <QString>
#include <vector>

// The forum's standing agenda (seed 004: usage, incidents, new connector requests, new skill
// requests, training-opt-out posture, retention posture), then the overdue reviews, the connector
// inventory's changes since the last forum and the RACI: each item with its headline figures and
// its table, as forum mode shows it and the minutes write it down.
namespace steward::forum {

struct Figure
{
    QString label; // "Seats"
    QString value; // "412"
    bool alert = false;
};

struct AgendaItem
{
    QString key; // usage, incidents, connector-requests, skill-requests, training-opt-out, retention,
                 // overdue-reviews, connector-changes, raci
    QString title;
    QString subtitle; // one line of context ("Since the forum of 3 November 2026")
    std::vector<Figure> figures;
    QString text; // prose (a posture as the policy states it)
    tables::Table table;
    // Nothing to discuss: the item is this one line instead of figures and an empty table.
    bool empty = false;
    QString emptyText;
    // The requests this item decides on (its table's rows, in order), for the requests items.
    std::vector<Id> requestIds;
    // The column read one row at a time beside the table (a request's reason), -1: none.
    int detailColumn = -1;
};

// Which items a request is decided on: connector requests (and scope changes) on
// "connector-requests", the others on "skill-requests".
bool isConnectorItemRequest(const ForumRequest& request);

std::vector<AgendaItem> agenda(const Figures& figures, const rules::LintInput& input);

// "3 November 2026", as the agenda writes dates.
QString dateText(const QDate& date);
// "3 Nov 2026", for dates in the agenda's tables, where width is short on a projector.
QString shortDateText(const QDate& date);

} // namespace steward::forum
