#include "store/forumsupport.h"

#include "store/errors.h"
#include "store/recordwriter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <set>
#include <vector>

namespace steward {

void syncOrderedLinks(RecordWriter& writer, const QString& table, const QString& parentColumn, Id parentId,
                      const QString& otherColumn, const std::vector<Id>& otherIds)
{
    QHash<Id, Id> existing; // other id -> link row id
    QSqlQuery& q =
        writer.prepared(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ?").arg(otherColumn, table, parentColumn));
    q.addBindValue(parentId);
    writer.execOrThrow(q, table);
    while (q.next())
        existing.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
    q.finish();
    std::vector<ChildRecord> children;
    std::set<Id> seen;
    for (Id other : otherIds) {
        if (other <= 0 || !seen.insert(other).second)
            continue;
        children.push_back(
            {existing.value(other, 0), {{otherColumn, other}, {QStringLiteral("position"), qint64(children.size())}}});
    }
    writer.syncChildren(table, parentColumn, parentId, std::move(children));
}

void moveIncidentLinks(QSqlDatabase& db, RecordWriter& writer)
{
    struct OldLinks
    {
        Id incident;
        QVariant connector;
        QVariant workspace;
    };
    std::vector<OldLinks> rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, connector_id, workspace_id FROM incidents"
                               " WHERE connector_id IS NOT NULL OR workspace_id IS NOT NULL ORDER BY id")))
        throw StoreError(q.lastError().text());
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1), q.value(2)});
    q.finish();
    if (rows.empty())
        return;
    writer.beginBatch();
    for (const OldLinks& row : rows) {
        if (!row.connector.isNull())
            writer.insert(QStringLiteral("incident_connectors"),
                          {{QStringLiteral("incident_id"), row.incident},
                           {QStringLiteral("connector_id"), row.connector.toLongLong()}});
        if (!row.workspace.isNull())
            writer.insert(QStringLiteral("incident_workspaces"),
                          {{QStringLiteral("incident_id"), row.incident},
                           {QStringLiteral("workspace_id"), row.workspace.toLongLong()}});
        writer.update(QStringLiteral("incidents"), row.incident,
                      {{QStringLiteral("connector_id"), QVariant()}, {QStringLiteral("workspace_id"), QVariant()}});
    }
    writer.commitBatch();
}

} // namespace steward
