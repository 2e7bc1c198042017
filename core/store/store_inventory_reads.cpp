// Store: reading workspaces, connectors and skills, whole, a page at a time, or names only.
#include "domain/utf8text.h"
#include "store/mapping.h"
#include "store/readsupport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace steward {
namespace {

using namespace mapping;
using namespace readsupport;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

} // namespace

std::vector<Workspace> Store::workspaces() const
{
    return readWorkspaces(0);
}

std::optional<Workspace> Store::workspace(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    auto found = readWorkspaces(id);
    return found.empty() ? std::nullopt : std::optional<Workspace>(found.front());
}

std::vector<Workspace> Store::workspacePage(Id afterId, int limit) const
{
    return limit <= 0 ? std::vector<Workspace>() : readWorkspaces(0, afterId, limit);
}

std::vector<Workspace> Store::readWorkspaces(Id only, Id afterId, int limit) const
{
    const Selection selection{only, afterId, limit};
    std::vector<Workspace> result;
    QVariantList bound;
    QSqlQuery q = run(m_db,
                      selection.sql(QStringLiteral("SELECT id, name, purpose, owner_id, sponsor_id, business_function,"
                                                   " status, seats, data_class, data_description, has_claude_md,"
                                                   " claude_md_url, memory_checked_on, cadence, last_reviewed_on,"
                                                   " last_reviewed_by, notes, cadence_days, pilot_started_on"
                                                   " FROM workspaces"),
                                    bound),
                      bound);
    while (q.next()) {
        Workspace w;
        w.id = refAt(q, 0);
        w.name = textAt(q, 1);
        w.purpose = textAt(q, 2);
        w.ownerId = refAt(q, 3);
        w.sponsorId = refAt(q, 4);
        w.function = textAt(q, 5);
        w.status = enumAt(q, 6, WorkspaceStatus::Pilot);
        w.seats = q.value(7).toInt();
        w.dataClass = enumAt(q, 8, DataClass::Internal);
        w.dataDescription = textAt(q, 9);
        w.hasClaudeMd = q.value(10).toInt() != 0;
        w.claudeMdUrl = textAt(q, 11);
        w.memoryCheckedOn = dateAt(q, 12);
        w.review = reviewAt(q, 13);
        w.notes = textAt(q, 16);
        w.review.cadenceDays = q.value(17).toInt();
        w.pilotStartedOn = dateAt(q, 18);
        result.push_back(std::move(w));
    }
    if (result.empty())
        return result;
    const auto index = indexById(result);
    const QString filter = childFilter(selection, result, QStringLiteral("workspace_id"), bound);
    forEachChild(m_db,
                 QStringLiteral("SELECT workspace_id, id, name, schedule, owner_id, active FROM scheduled_tasks") +
                     filter + QStringLiteral(" ORDER BY workspace_id, position, id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].tasks.push_back(
                             {refAt(c, 1), textAt(c, 2), textAt(c, 3), refAt(c, 4), c.value(5).toInt() != 0});
                 });
    forEachChild(m_db,
                 QStringLiteral("SELECT workspace_id, connector_id FROM workspace_connectors") + filter +
                     QStringLiteral(" ORDER BY workspace_id, connector_id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].connectorIds.push_back(refAt(c, 1));
                 });
    forEachChild(m_db,
                 QStringLiteral("SELECT workspace_id, skill_id FROM workspace_skills") + filter +
                     QStringLiteral(" ORDER BY workspace_id, skill_id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].skillIds.push_back(refAt(c, 1));
                 });
    return result;
}

std::vector<Connector> Store::connectors() const
{
    return readConnectors(0);
}

std::optional<Connector> Store::connector(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    auto found = readConnectors(id);
    return found.empty() ? std::nullopt : std::optional<Connector>(found.front());
}

std::vector<Connector> Store::connectorPage(Id afterId, int limit) const
{
    return limit <= 0 ? std::vector<Connector>() : readConnectors(0, afterId, limit);
}

std::vector<Connector> Store::readConnectors(Id only, Id afterId, int limit) const
{
    // On the SQLite handle: an export or the editor reads every connector, and Qt SQL's
    // conversions of each value were most of the time that took.
    const Selection selection{only, afterId, limit};
    std::vector<Connector> result;
    QVariantList bound;
    sqlite3* handle = sqlite::handleOf(m_db);
    {
        sqlite::Statement q(
            handle, selection.sql(QStringLiteral("SELECT id, name, system_name, access, sensitivity, external,"
                                                 " tier, owner_id, approved_by, approved_on, status, widened_by,"
                                                 " widened_on, transport, command, args, url, cadence,"
                                                 " last_reviewed_on, last_reviewed_by, notes, cadence_days"
                                                 " FROM connectors"),
                                  bound));
        bindAll(q, bound);
        const QString what = Tr::tr("Reading the inventory failed (%1)").arg(QStringLiteral("connectors"));
        while (q.step(what)) {
            Connector c;
            c.id = refAt(q, 0);
            c.name = textAt(q, 1);
            c.system = textAt(q, 2);
            c.access = enumAt(q, 3, Access::ReadOnly);
            c.sensitivity = enumAt(q, 4, DataClass::Internal);
            c.external = intAt(q, 5) != 0;
            c.tier = intAt(q, 6);
            c.ownerId = refAt(q, 7);
            c.approvedBy = refAt(q, 8);
            c.approvedOn = dateAt(q, 9);
            c.status = enumAt(q, 10, ApprovalStatus::Requested);
            c.widenedBy = refAt(q, 11);
            c.widenedOn = dateAt(q, 12);
            c.server.transport = enumAt(q, 13, Transport::Unknown);
            c.server.command = textAt(q, 14);
            c.server.args = argsFromText(textAt(q, 15));
            c.server.url = textAt(q, 16);
            c.review = reviewAt(q, 17);
            c.notes = textAt(q, 20);
            c.review.cadenceDays = intAt(q, 21);
            result.push_back(std::move(c));
        }
    }
    if (result.empty())
        return result;
    const auto index = indexById(result);
    const QString filter = childFilter(selection, result, QStringLiteral("connector_id"), bound);
    sqlite::Statement s(handle,
                        QStringLiteral("SELECT connector_id, id, scope, mode, justification FROM connector_scopes") +
                            filter + QStringLiteral(" ORDER BY connector_id, position, id"));
    bindAll(s, bound);
    const QString what = Tr::tr("Reading the inventory failed (%1)").arg(QStringLiteral("connector_scopes"));
    while (s.step(what)) {
        const auto it = index.find(refAt(s, 0));
        if (it != index.end())
            result[*it].scopes.push_back({refAt(s, 1), textAt(s, 2), enumAt(s, 3, ScopeMode::Read), textAt(s, 4)});
    }
    return result;
}

void Store::forEachConnectorText(const std::function<void(const ConnectorText&)>& visit) const
{
    // The connectors and their scopes, both in connector order, read side by side: one pass over
    // each table, no row kept beyond its connector.
    sqlite3* handle = sqlite::handleOf(m_db);
    sqlite::Statement q(handle, QStringLiteral("SELECT id, name, system_name, access, sensitivity, external, tier,"
                                               " owner_id, approved_by, approved_on, status, transport, command,"
                                               " args, url, cadence, last_reviewed_on, notes, cadence_days"
                                               " FROM connectors ORDER BY id"));
    sqlite::Statement s(handle, QStringLiteral("SELECT connector_id, scope, mode FROM connector_scopes"
                                               " WHERE typeof(connector_id) = 'integer'"
                                               " ORDER BY connector_id, position, id"));
    const QString what = Tr::tr("Reading the inventory failed (%1)").arg(QStringLiteral("connectors"));
    const QString scopesWhat = Tr::tr("Reading the inventory failed (%1)").arg(QStringLiteral("connector_scopes"));
    enum Scratch { Name, System, Enum, Date, Command, Args, Url, Notes, Scope, Count };
    QByteArray scratch[Count];
    QByteArray read;
    QByteArray write;
    bool scopeRow = s.step(scopesWhat);
    ConnectorText c;
    while (q.step(what)) {
        c.id = q.intAt(0);
        c.name = utf8At(q, 1, scratch[Name]);
        c.system = utf8At(q, 2, scratch[System]);
        c.access = enumAtUtf8(q, 3, Access::ReadOnly, scratch[Enum]);
        c.sensitivity = enumAtUtf8(q, 4, DataClass::Internal, scratch[Enum]);
        c.external = intAt(q, 5) != 0;
        c.tier = intAt(q, 6);
        c.ownerId = refAt(q, 7);
        c.approvedBy = refAt(q, 8);
        c.approvedOn = dateAtUtf8(q, 9, scratch[Date]);
        c.status = enumAtUtf8(q, 10, ApprovalStatus::Requested, scratch[Enum]);
        c.transport = enumAtUtf8(q, 11, Transport::Unknown, scratch[Enum]);
        c.command = utf8At(q, 12, scratch[Command]);
        const QByteArrayView args = utf8At(q, 13, scratch[Args]);
        c.args = args.isEmpty() ? QStringList() : argsFromText(textOfUtf8(args));
        c.url = utf8At(q, 14, scratch[Url]);
        c.cadence = enumAtUtf8(q, 15, Cadence::Quarterly, scratch[Enum]);
        c.lastReviewedOn = dateAtUtf8(q, 16, scratch[Date]);
        c.notes = utf8At(q, 17, scratch[Notes]);
        c.cadenceDays = intAt(q, 18);
        read.resize(0); // keeps the buffers' capacity from row to row
        write.resize(0);
        int reads = 0;
        int writes = 0;
        while (scopeRow && s.intAt(0) < c.id)
            scopeRow = s.step(scopesWhat);
        while (scopeRow && s.intAt(0) == c.id) {
            const bool isWrite = enumAtUtf8(s, 2, ScopeMode::Read, scratch[Enum]) == ScopeMode::Write;
            QByteArray& list = isWrite ? write : read;
            if ((isWrite ? writes++ : reads++) > 0)
                list.append(' ');
            list.append(utf8At(s, 1, scratch[Scope]));
            scopeRow = s.step(scopesWhat);
        }
        c.readScopes = read;
        c.writeScopes = write;
        visit(c);
    }
}

std::vector<Skill> Store::skills() const
{
    return readSkills(0);
}

std::optional<Skill> Store::skill(Id id) const
{
    if (id <= 0)
        return std::nullopt;
    auto found = readSkills(id);
    return found.empty() ? std::nullopt : std::optional<Skill>(found.front());
}

std::vector<Skill> Store::skillPage(Id afterId, int limit) const
{
    return limit <= 0 ? std::vector<Skill>() : readSkills(0, afterId, limit);
}

std::vector<Skill> Store::readSkills(Id only, Id afterId, int limit) const
{
    const Selection selection{only, afterId, limit};
    std::vector<Skill> result;
    QVariantList bound;
    QSqlQuery q = run(m_db,
                      selection.sql(QStringLiteral("SELECT id, name, intended_use, inputs, outputs, owner_id, version,"
                                                   " status, has_skill_md, skill_md_url, verified_on, cadence,"
                                                   " last_reviewed_on, last_reviewed_by, notes, cadence_days"
                                                   " FROM skills"),
                                    bound),
                      bound);
    while (q.next()) {
        Skill s;
        s.id = refAt(q, 0);
        s.name = textAt(q, 1);
        s.intendedUse = textAt(q, 2);
        s.inputs = textAt(q, 3);
        s.outputs = textAt(q, 4);
        s.ownerId = refAt(q, 5);
        s.version = textAt(q, 6);
        s.status = enumAt(q, 7, SkillStatus::Draft);
        s.hasSkillMd = q.value(8).toInt() != 0;
        s.skillMdUrl = textAt(q, 9);
        s.verifiedOn = dateAt(q, 10);
        s.review = reviewAt(q, 11);
        s.notes = textAt(q, 14);
        s.review.cadenceDays = q.value(15).toInt();
        result.push_back(std::move(s));
    }
    if (result.empty())
        return result;
    const auto index = indexById(result);
    const QString filter = childFilter(selection, result, QStringLiteral("skill_id"), bound);
    forEachChild(m_db,
                 QStringLiteral("SELECT skill_id, connector_id FROM skill_connectors") + filter +
                     QStringLiteral(" ORDER BY skill_id, connector_id"),
                 bound, [&](const QSqlQuery& c) {
                     const auto it = index.find(refAt(c, 0));
                     if (it != index.end())
                         result[*it].connectorIds.push_back(refAt(c, 1));
                 });
    return result;
}

std::vector<NamedId> Store::personNames() const
{
    return namesOf(m_db, QStringLiteral("people"));
}

std::vector<NamedId> Store::workspaceNames() const
{
    return namesOf(m_db, QStringLiteral("workspaces"));
}

std::vector<NamedId> Store::connectorNames() const
{
    return namesOf(m_db, QStringLiteral("connectors"));
}

std::vector<NamedId> Store::skillNames() const
{
    return namesOf(m_db, QStringLiteral("skills"));
}

} // namespace steward
