// Store: the mutating calls for workspaces, connectors and skills, with their children and links.
#include "rules/connectorrules.h"
#include "store/mapping.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QCoreApplication>

namespace steward {
namespace {

using namespace mapping;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

std::vector<ChildRecord> taskRecords(const std::vector<ScheduledTask>& tasks)
{
    std::vector<ChildRecord> records;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].name.trimmed().isEmpty())
            throw StoreError(Tr::tr("A scheduled task needs a name."));
        records.push_back({tasks[i].id, taskFields(tasks[i], int(i))});
    }
    return records;
}

std::vector<ChildRecord> scopeRecords(const std::vector<OAuthScope>& scopes)
{
    std::vector<ChildRecord> records;
    records.reserve(scopes.size());
    for (std::size_t i = 0; i < scopes.size(); ++i) {
        if (scopes[i].scope.trimmed().isEmpty())
            throw StoreError(Tr::tr("An OAuth scope cannot be empty."));
        records.push_back({scopes[i].id, scopeFields(scopes[i], int(i))});
    }
    return records;
}

void checkConnector(const Connector& c)
{
    if (c.tier < 1 || c.tier > 3)
        throw StoreError(Tr::tr("A connector's risk tier is 1, 2 or 3, not %1.").arg(c.tier));
}

Connector ruled(const Connector* before, const Connector& wanted, Id actorId, const QDate& today)
{
    rules::RuledConnector result = rules::applyConnectorRules(before, wanted, actorId, today);
    if (!result.refusal.isEmpty())
        throw StoreError(result.refusal);
    return result.connector;
}

} // namespace

Id Store::addWorkspace(const Workspace& workspace)
{
    Workspace w = workspace;
    transaction([&] {
        checkName(QStringLiteral("workspaces"), w.name, 0, Tr::tr("workspace"));
        if (w.seats < 0)
            throw StoreError(Tr::tr("Seats cannot be negative."));
        // A new workspace (id 0) may be a copy of another: its tasks get new ids too.
        if (w.id == 0) {
            for (ScheduledTask& task : w.tasks)
                task.id = 0;
        }
        w.id = writer().insert(QStringLiteral("workspaces"), workspaceFields(w), w.id);
        writer().insertChildren(QStringLiteral("scheduled_tasks"), QStringLiteral("workspace_id"), w.id,
                                taskRecords(w.tasks));
        syncLinks(QStringLiteral("workspace_connectors"), QStringLiteral("workspace_id"), w.id,
                  QStringLiteral("connector_id"), w.connectorIds, true);
        syncLinks(QStringLiteral("workspace_skills"), QStringLiteral("workspace_id"), w.id, QStringLiteral("skill_id"),
                  w.skillIds, true);
    });
    return w.id;
}

void Store::updateWorkspace(const Workspace& w)
{
    transaction([&] {
        checkName(QStringLiteral("workspaces"), w.name, w.id, Tr::tr("workspace"));
        if (w.seats < 0)
            throw StoreError(Tr::tr("Seats cannot be negative."));
        writer().update(QStringLiteral("workspaces"), w.id, workspaceFields(w));
        writer().syncChildren(QStringLiteral("scheduled_tasks"), QStringLiteral("workspace_id"), w.id,
                              taskRecords(w.tasks));
        syncLinks(QStringLiteral("workspace_connectors"), QStringLiteral("workspace_id"), w.id,
                  QStringLiteral("connector_id"), w.connectorIds);
        syncLinks(QStringLiteral("workspace_skills"), QStringLiteral("workspace_id"), w.id, QStringLiteral("skill_id"),
                  w.skillIds);
    });
}

void Store::removeWorkspace(Id id)
{
    transaction([&] {
        const auto found = workspace(id);
        if (!found)
            throw StoreError(Tr::tr("That workspace no longer exists."));
        refuseIfReferenced(found->name, id, {{QStringLiteral("incident_workspaces"), QStringLiteral("workspace_id")}});
        writer().syncChildren(QStringLiteral("scheduled_tasks"), QStringLiteral("workspace_id"), id, {});
        writer().syncChildren(QStringLiteral("workspace_connectors"), QStringLiteral("workspace_id"), id, {});
        writer().syncChildren(QStringLiteral("workspace_skills"), QStringLiteral("workspace_id"), id, {});
        removeReviewsOf(QStringLiteral("workspace"), id);
        writer().remove(QStringLiteral("workspaces"), id);
    });
}

Id Store::addConnector(const Connector& connector, WriteMode mode)
{
    Connector c = connector;
    transaction([&] {
        checkName(QStringLiteral("connectors"), c.name, 0, Tr::tr("connector"));
        checkConnector(c);
        if (mode == WriteMode::Edit)
            c = ruled(nullptr, c, writer().actorPersonId(), writer().today());
        // A new connector (id 0) may be a copy of another: its scopes get new ids too.
        if (c.id == 0) {
            for (OAuthScope& scope : c.scopes)
                scope.id = 0;
        }
        c.id = writer().insert(QStringLiteral("connectors"), connectorFields(c), c.id);
        writer().insertChildren(QStringLiteral("connector_scopes"), QStringLiteral("connector_id"), c.id,
                                scopeRecords(c.scopes));
    });
    return c.id;
}

void Store::updateConnector(const Connector& connector, WriteMode mode)
{
    Connector c = connector;
    transaction([&] {
        checkName(QStringLiteral("connectors"), c.name, c.id, Tr::tr("connector"));
        checkConnector(c);
        if (mode == WriteMode::Edit) {
            const auto before = this->connector(c.id);
            if (!before)
                throw StoreError(Tr::tr("That connector no longer exists."));
            c = ruled(&*before, c, writer().actorPersonId(), writer().today());
        }
        writer().update(QStringLiteral("connectors"), c.id, connectorFields(c));
        writer().syncChildren(QStringLiteral("connector_scopes"), QStringLiteral("connector_id"), c.id,
                              scopeRecords(c.scopes));
    });
}

void Store::removeConnector(Id id)
{
    transaction([&] {
        const auto found = connector(id);
        if (!found)
            throw StoreError(Tr::tr("That connector no longer exists."));
        refuseIfReferenced(found->name, id,
                           {{QStringLiteral("incident_connectors"), QStringLiteral("connector_id")},
                            {QStringLiteral("requests"), QStringLiteral("connector_id")}});
        writer().syncChildren(QStringLiteral("connector_scopes"), QStringLiteral("connector_id"), id, {});
        for (const QString& links : {QStringLiteral("workspace_connectors"), QStringLiteral("skill_connectors")}) {
            for (Id row : writer().childIds(links, QStringLiteral("connector_id"), id))
                writer().remove(links, row);
        }
        removeReviewsOf(QStringLiteral("connector"), id);
        writer().remove(QStringLiteral("connectors"), id);
    });
}

// Skills -------------------------------------------------------------------------------------

Id Store::addSkill(const Skill& skill)
{
    Skill s = skill;
    transaction([&] {
        checkName(QStringLiteral("skills"), s.name, 0, Tr::tr("skill"));
        s.id = writer().insert(QStringLiteral("skills"), skillFields(s), s.id);
        syncLinks(QStringLiteral("skill_connectors"), QStringLiteral("skill_id"), s.id, QStringLiteral("connector_id"),
                  s.connectorIds, true);
    });
    return s.id;
}

void Store::updateSkill(const Skill& s)
{
    transaction([&] {
        checkName(QStringLiteral("skills"), s.name, s.id, Tr::tr("skill"));
        writer().update(QStringLiteral("skills"), s.id, skillFields(s));
        syncLinks(QStringLiteral("skill_connectors"), QStringLiteral("skill_id"), s.id, QStringLiteral("connector_id"),
                  s.connectorIds);
    });
}

void Store::removeSkill(Id id)
{
    transaction([&] {
        const auto found = skill(id);
        if (!found)
            throw StoreError(Tr::tr("That skill no longer exists."));
        refuseIfReferenced(found->name, id, {{QStringLiteral("requests"), QStringLiteral("skill_id")}});
        writer().syncChildren(QStringLiteral("skill_connectors"), QStringLiteral("skill_id"), id, {});
        for (Id row : writer().childIds(QStringLiteral("workspace_skills"), QStringLiteral("skill_id"), id))
            writer().remove(QStringLiteral("workspace_skills"), row);
        removeReviewsOf(QStringLiteral("skill"), id);
        writer().remove(QStringLiteral("skills"), id);
    });
}

} // namespace steward
