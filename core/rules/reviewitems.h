#pragma once

#include "rules/cadence.h"
#include "rules/findings.h"

#include <QDate>
#include <QString>
#include <vector>

// Everything that is reviewed on a cadence, with when its next review is due: the Reviews page, the
// reminders, the review findings and the calendar export all read this one list.
namespace steward::rules {

struct ReviewItem
{
    QString subjectType; // governance, workspace, connector, skill (as Review::subjectType)
    Id subjectId = 0;
    QString name; // "Acceptable-use policy", "Slack"…
    Id ownerId = 0;
    ReviewState review;
    QDate due; // the last review plus the cadence; never reviewed: today
    DueState state = DueState::NotDue;
    QString location; // where it lives (the governance page, CLAUDE.md, SKILL.md), if recorded
};

// Every item in use (archived workspaces, revoked connectors and deprecated skills are not
// reviewed), sorted by due date, then governance objects, workspaces, connectors, skills, then id.
std::vector<ReviewItem> reviewItems(const LintInput& input, const QDate& today);
// The same from the lean rows Store::reviewSubjects() reads (those not in use are left out).
std::vector<ReviewItem> reviewItems(const std::vector<ReviewSubject>& subjects, int dueSoonDays, const QDate& today);
// The subjects a whole inventory holds, as Store::reviewSubjects() would read them.
std::vector<ReviewSubject> reviewSubjects(const LintInput& input);

// The label of an item's kind for people: "Policy", "Workspace"…
QString subjectLabel(const QString& subjectType);

// The cadence a workspace is reviewed on by default in this status (seed 004): weekly while in
// pilot, monthly at steady state.
Cadence defaultWorkspaceCadence(WorkspaceStatus status);
// A workspace changing status: a new pilot is reviewed weekly and starts its pilot clock today;
// one graduating from its pilot moves from the pilot's weekly stand-up to the monthly check-in. A
// cadence someone chose by hand (anything but the default) is kept.
void changeWorkspaceStatus(Workspace& workspace, WorkspaceStatus status, const QDate& today);

// Whether a pilot workspace has run longer than `pilotWeeks` weeks by `today` without graduating.
bool pilotOverdue(const Workspace& workspace, int pilotWeeks, const QDate& today);

} // namespace steward::rules
