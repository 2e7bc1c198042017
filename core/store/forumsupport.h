#pragma once

#include "domain/types.h"

#include <QString>
#include <vector>

class QSqlDatabase;

// Shared by the Store's forum files (store_forum_writes.cpp, store_decisions.cpp) and its upgrade.
namespace steward {

class RecordWriter;

// Makes the rows of a link table with a position (request_deciders, forum_meeting_attendees) whose
// parentColumn is parentId exactly `otherIds`, in that order: a pair that stays keeps its row (its
// position updated), duplicates and zeros are dropped.
void syncOrderedLinks(RecordWriter& writer, const QString& table, const QString& parentColumn, Id parentId,
                      const QString& otherColumn, const std::vector<Id>& otherIds);

// Part of the upgrade to schema 5, inside its transaction: the connector and workspace each
// incident named (incidents.connector_id, workspace_id) become rows of incident_connectors and
// incident_workspaces, and the old columns are cleared, all through `writer` so the audit trail
// accounts for the move (verify stays clean). `writer` must have loaded the audit head.
void moveIncidentLinks(QSqlDatabase& db, RecordWriter& writer);

} // namespace steward
