#include "rules/reviewitems.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::rules {
namespace {

int typeRank(const QString& subjectType)
{
    static const QStringList order{QStringLiteral("governance"), QStringLiteral("workspace"),
                                   QStringLiteral("connector"), QStringLiteral("skill")};
    return int(order.indexOf(subjectType));
}

} // namespace

std::vector<ReviewSubject> reviewSubjects(const LintInput& in)
{
    std::vector<ReviewSubject> subjects;
    subjects.reserve(in.governance.size() + in.workspaces.size() + in.connectors.size() + in.skills.size());
    for (const GovernanceObject& g : in.governance)
        subjects.push_back(
            {QStringLiteral("governance"), g.id, label(g.kind), g.ownerId, g.review, g.location, true, false, {}});
    for (const Workspace& w : in.workspaces)
        subjects.push_back({QStringLiteral("workspace"), w.id, w.name, w.ownerId, w.review, w.claudeMdUrl,
                            w.status != WorkspaceStatus::Archived, w.status == WorkspaceStatus::Pilot,
                            w.pilotStartedOn});
    for (const Connector& c : in.connectors)
        subjects.push_back({QStringLiteral("connector"),
                            c.id,
                            c.name,
                            c.ownerId,
                            c.review,
                            c.server.url,
                            c.status != ApprovalStatus::Revoked,
                            false,
                            {}});
    for (const Skill& s : in.skills)
        subjects.push_back({QStringLiteral("skill"),
                            s.id,
                            s.name,
                            s.ownerId,
                            s.review,
                            s.skillMdUrl,
                            s.status != SkillStatus::Deprecated,
                            false,
                            {}});
    return subjects;
}

std::vector<ReviewItem> reviewItems(const std::vector<ReviewSubject>& subjects, int dueSoonDays, const QDate& today)
{
    std::vector<ReviewItem> items;
    items.reserve(subjects.size());
    for (const ReviewSubject& s : subjects) {
        if (s.inUse)
            items.push_back({s.type, s.id, s.name, s.ownerId, s.review, nextDue(s.review, today),
                             dueState(s.review, today, dueSoonDays), s.location});
    }
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.subjectType != b.subjectType)
            return typeRank(a.subjectType) < typeRank(b.subjectType);
        return a.subjectId < b.subjectId;
    });
    return items;
}

std::vector<ReviewItem> reviewItems(const LintInput& in, const QDate& today)
{
    return reviewItems(reviewSubjects(in), in.settings.dueSoonDays, today);
}

QString subjectLabel(const QString& subjectType)
{
    if (subjectType == QLatin1String("governance"))
        return QCoreApplication::translate("steward::rules", "Governance object");
    if (subjectType == QLatin1String("workspace"))
        return QCoreApplication::translate("steward::rules", "Workspace");
    if (subjectType == QLatin1String("connector"))
        return QCoreApplication::translate("steward::rules", "Connector");
    if (subjectType == QLatin1String("skill"))
        return QCoreApplication::translate("steward::rules", "Skill");
    return subjectType;
}

Cadence defaultWorkspaceCadence(WorkspaceStatus status)
{
    return status == WorkspaceStatus::Pilot ? Cadence::Weekly : Cadence::Monthly;
}

void changeWorkspaceStatus(Workspace& w, WorkspaceStatus status, const QDate& today)
{
    if (status == w.status)
        return;
    if (status == WorkspaceStatus::Pilot) {
        w.review.cadence = Cadence::Weekly;
        w.pilotStartedOn = today;
    } else if (w.status == WorkspaceStatus::Pilot && status == WorkspaceStatus::Active &&
               w.review.cadence == defaultWorkspaceCadence(WorkspaceStatus::Pilot)) {
        w.review.cadence = defaultWorkspaceCadence(WorkspaceStatus::Active);
    }
    w.status = status;
}

bool pilotOverdue(const Workspace& w, int pilotWeeks, const QDate& today)
{
    return w.status == WorkspaceStatus::Pilot && w.pilotStartedOn.isValid() &&
           w.pilotStartedOn.addDays(qint64(pilotWeeks) * 7) < today;
}

} // namespace steward::rules
