#pragma once

#include "domain/types.h"
#include "rules/reviewitems.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace steward {
class Store;
}

namespace steward::rules {
struct LintInput;
}

// The figures the Dashboard charts and the governance forum walks through (seed 004: usage,
// incidents, requests, postures), computed from Store reads only, so the editor, forum mode and
// the minutes show the same numbers.
namespace steward::forum {

// "Since the last forum" without a recorded meeting: this many days back.
constexpr int defaultSinceDays = 30;

struct InventoryCounts
{
    // Connectors not revoked, by tier (index tier − 1) and access (index Access).
    std::array<std::array<int, 2>, 3> connectorsByTierAccess{};
    int connectorsRevoked = 0;
    std::array<int, 4> connectorsByStatus{}; // ApprovalStatus order
    std::array<int, 3> workspacesByStatus{}; // WorkspaceStatus order
    int pilotsInTime = 0;                    // pilots within the review settings' pilot weeks
    int pilotsOverdue = 0;                   // pilots past them (never graduated)
    std::array<int, 3> skillsByStatus{};     // SkillStatus order
    int seats = 0;                           // of the workspaces not archived
    int pilotSeats = 0;                      // of those in pilot

    int connectorsInUse() const;
    int connectorsWithAccess(Access access) const;
    int workspacesInUse() const; // pilot and active
    bool operator==(const InventoryCounts&) const = default;
};

// One object changed in a period, summed from its audit rows.
struct Change
{
    enum class What { Added, Changed, Removed };

    QString kind; // connector, workspace, skill, person, policy, raci, governance, review, request, incident, settings…
    Id id = 0;    // of the object (a scope's change counts for its connector)
    QString name;
    What what = What::Changed;
    QStringList fields; // the columns that changed (for Changed), in the order first seen
    QString lastAt;     // the newest row's time, ISO 8601 UTC
    QStringList actors;
    int rows = 0;
};

struct Figures
{
    QDate today;
    QDate since;             // the last forum meeting's date, or today − defaultSinceDays
    bool sinceForum = false; // since is a recorded forum meeting's date
    InventoryCounts counts;
    std::vector<rules::ReviewItem> overdue; // by due date
    std::vector<rules::ReviewItem> dueSoon;
    std::vector<ForumRequest> openRequests; // by request date
    std::vector<Incident> openIncidents;    // open or investigating, most severe first
    std::vector<Incident> incidentsSince;   // occurred on or after `since`, any status
    std::vector<Change> changes;            // since `since`, newest first (only the newest after keepNewestChanges)
    std::size_t changeCount = 0;            // how many objects changed since `since`, however many `changes` keeps

    // The changes of connectors only (the forum's "connector inventory changes" item).
    std::vector<Change> connectorChanges() const;
    // Keeps the newest `n` changes only, changeCount still counting them all: what a view listing
    // the newest few (the Dashboard) holds, rather than a line per object of a large import.
    void keepNewestChanges(std::size_t n);
};

InventoryCounts countInventory(const rules::LintInput& input, const QDate& today);

// The audit rows at or after fromIso (read from `since`, a row at a time) summed per object,
// newest first. Rows of child tables (a connector's scopes, a workspace's tasks and links) count
// for their parent; names come from `input` (the object as it is now) or, for a removed one, from
// its last stored row.
std::vector<Change> summariseChanges(const Store& store, const QDate& since, const QString& fromIso,
                                     const rules::LintInput& input);

// Everything above from one store, "since" counting from `lastForum` (invalid: no forum recorded,
// so the last defaultSinceDays days). `input` is what rules::readLintInput(store) read (the lint
// run has read it already).
Figures readFiguresSince(const Store& store, const rules::LintInput& input, const QDate& today, const QDate& lastForum);
// The same since the last forum meeting the store records.
Figures readFigures(const Store& store, const rules::LintInput& input, const QDate& today);
Figures readFigures(const Store& store, const QDate& today);

// The last forum meeting's date the store records; invalid when none.
QDate lastForumDate(const Store& store);
// The last one strictly before `date` (what "since the last forum" means in that day's minutes).
QDate lastForumDateBefore(const Store& store, const QDate& date);

// "Connector", "Workspace"… for a Change's kind.
QString kindLabel(const QString& kind);
// The changed columns as people read them: "owner, last reviewed on".
QString fieldsText(const QStringList& fields);
// "added", "changed", "removed".
QString whatLabel(Change::What what);

} // namespace steward::forum
