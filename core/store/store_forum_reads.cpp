// Store: reading the forum's requests (with their deciders), incidents (with the connectors and
// workspaces involved and their follow-ups) and meetings (with their attendees).
#include "store/mapping.h"
#include "store/readsupport.h"
#include "store/store.h"

#include <QSqlQuery>
#include <algorithm>

namespace steward {
namespace {

using namespace mapping;
using namespace readsupport;

// The WHERE of a read of every row (only 0) or of the row `only`, on `column`.
QString where(Id only, const QString& column, QVariantList& bound)
{
    bound.clear();
    if (only == 0)
        return {};
    bound = {only};
    return QStringLiteral(" WHERE %1 = ?").arg(column);
}

// Appends the rows of a link or child table to their parents: `attach(parent, query)` for each.
template <typename T, typename Attach>
void attachChildren(QSqlDatabase& db, std::vector<T>& parents, Id only, const QString& select,
                    const QString& parentColumn, const QString& order, Attach attach)
{
    if (parents.empty())
        return;
    const QHash<Id, std::size_t> index = indexById(parents);
    QVariantList bound;
    const QString sql = select + where(only, parentColumn, bound) + order;
    forEachChild(db, sql, bound, [&](const QSqlQuery& q) {
        const auto it = index.find(q.value(0).toLongLong());
        if (it != index.end())
            attach(parents[*it], q);
    });
}

std::vector<ForumRequest> readRequests(QSqlDatabase& db, Id only)
{
    std::vector<ForumRequest> result;
    QVariantList bound;
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT id, kind, title, description, requested_by, requested_on, status,"
                                     " decided_on, decision, connector_id, skill_id FROM requests") +
                          where(only, QStringLiteral("id"), bound) + QStringLiteral(" ORDER BY id"),
                      bound);
    while (q.next()) {
        ForumRequest r;
        r.id = refAt(q, 0);
        r.kind = enumAt(q, 1, RequestKind::Connector);
        r.title = textAt(q, 2);
        r.description = textAt(q, 3);
        r.requestedBy = refAt(q, 4);
        r.requestedOn = dateAt(q, 5);
        r.status = enumAt(q, 6, RequestStatus::Open);
        r.decidedOn = dateAt(q, 7);
        r.decision = textAt(q, 8);
        r.connectorId = refAt(q, 9);
        r.skillId = refAt(q, 10);
        result.push_back(std::move(r));
    }
    attachChildren(db, result, only, QStringLiteral("SELECT request_id, person_id FROM request_deciders"),
                   QStringLiteral("request_id"), QStringLiteral(" ORDER BY request_id, position, id"),
                   [](ForumRequest& r, const QSqlQuery& row) { r.deciders.push_back(refAt(row, 1)); });
    return result;
}

std::vector<Incident> readIncidents(QSqlDatabase& db, Id only)
{
    std::vector<Incident> result;
    QVariantList bound;
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT id, title, occurred_on, reported_by, severity, status, description,"
                                     " resolved_on FROM incidents") +
                          where(only, QStringLiteral("id"), bound) + QStringLiteral(" ORDER BY id"),
                      bound);
    while (q.next()) {
        Incident i;
        i.id = refAt(q, 0);
        i.title = textAt(q, 1);
        i.occurredOn = dateAt(q, 2);
        i.reportedBy = refAt(q, 3);
        i.severity = enumAt(q, 4, Severity::Low);
        i.status = enumAt(q, 5, IncidentStatus::Open);
        i.description = textAt(q, 6);
        i.resolvedOn = dateAt(q, 7);
        result.push_back(std::move(i));
    }
    // Links come back in the order of the linked ids, as a workspace's connectors do.
    const QString parent = QStringLiteral("incident_id");
    attachChildren(db, result, only, QStringLiteral("SELECT incident_id, connector_id FROM incident_connectors"),
                   parent, QStringLiteral(" ORDER BY incident_id, connector_id"),
                   [](Incident& i, const QSqlQuery& row) { i.connectorIds.push_back(refAt(row, 1)); });
    attachChildren(db, result, only, QStringLiteral("SELECT incident_id, workspace_id FROM incident_workspaces"),
                   parent, QStringLiteral(" ORDER BY incident_id, workspace_id"),
                   [](Incident& i, const QSqlQuery& row) { i.workspaceIds.push_back(refAt(row, 1)); });
    attachChildren(db, result, only, QStringLiteral("SELECT incident_id, text FROM incident_follow_ups"), parent,
                   QStringLiteral(" ORDER BY incident_id, position, id"),
                   [](Incident& i, const QSqlQuery& row) { i.followUps.append(textAt(row, 1)); });
    return result;
}

std::vector<ForumMeeting> readMeetings(QSqlDatabase& db, Id only)
{
    std::vector<ForumMeeting> result;
    QVariantList bound;
    QSqlQuery q = run(db,
                      QStringLiteral("SELECT id, held_on, notes FROM forum_meetings") +
                          where(only, QStringLiteral("id"), bound) + QStringLiteral(" ORDER BY held_on, id"),
                      bound);
    while (q.next())
        result.push_back({refAt(q, 0), dateAt(q, 1), {}, textAt(q, 2)});
    attachChildren(db, result, only, QStringLiteral("SELECT meeting_id, person_id FROM forum_meeting_attendees"),
                   QStringLiteral("meeting_id"), QStringLiteral(" ORDER BY meeting_id, position, id"),
                   [](ForumMeeting& m, const QSqlQuery& row) { m.attendees.push_back(refAt(row, 1)); });
    return result;
}

template <typename T> std::optional<T> single(std::vector<T> rows)
{
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

} // namespace

std::vector<ForumRequest> Store::requests() const
{
    return readRequests(m_db, 0);
}

std::optional<ForumRequest> Store::request(Id id) const
{
    return id == 0 ? std::nullopt : single(readRequests(m_db, id));
}

std::vector<Incident> Store::incidents() const
{
    return readIncidents(m_db, 0);
}

std::optional<Incident> Store::incident(Id id) const
{
    return id == 0 ? std::nullopt : single(readIncidents(m_db, id));
}

std::vector<ForumMeeting> Store::forumMeetings() const
{
    return readMeetings(m_db, 0);
}

std::optional<ForumMeeting> Store::lastForumMeeting() const
{
    std::vector<ForumMeeting> meetings = readMeetings(m_db, 0);
    if (meetings.empty())
        return std::nullopt;
    return std::move(meetings.back());
}

} // namespace steward
