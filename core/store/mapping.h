#pragma once

#include "domain/types.h"
#include "store/recordwriter.h"

#include <QSqlQuery>
#include <utility>

// Between value types and table rows. Column lists here and the SELECTs in store_reads.cpp
// name the same columns in the same order.
namespace steward::mapping {

QVariant ref(Id id);
QVariant date(const QDate& value);
QVariant text(const QString& value);

Id refAt(const QSqlQuery& query, int column);
QDate dateAt(const QSqlQuery& query, int column);
QString textAt(const QSqlQuery& query, int column);

template <typename E> E enumAt(const QSqlQuery& query, int column, E fallback)
{
    return parse<E>(query.value(column).toString()).value_or(fallback);
}

QString argsToText(const QStringList& args);
QStringList argsFromText(const QString& text);

Fields personFields(const Person& person);
Fields governanceFields(const GovernanceObject& object);
Fields policyFields(const Policy& policy);
Fields workspaceFields(const Workspace& workspace);
Fields taskFields(const ScheduledTask& task, int position);
Fields connectorFields(const Connector& connector);
Fields scopeFields(const OAuthScope& scope, int position);
Fields skillFields(const Skill& skill);
Fields reviewFields(const Review& review);
Fields requestFields(const ForumRequest& request);
Fields incidentFields(const Incident& incident);
Fields meetingFields(const ForumMeeting& meeting);

// The table of a review's subject type ("connector" → "connectors"); empty for an unknown type.
QString reviewSubjectTable(const QString& subjectType);

// Review bookkeeping columns shared by workspaces, connectors, skills, governance objects.
void appendReviewState(Fields& fields, const ReviewState& review);

// How messages name the rows of a table: the noun, the column that names a row, and for a child
// table the column and table of its parent ("OAuth scope "repo" of connector "GitHub"").
struct TableNaming
{
    const char* table;
    const char* noun;
    const char* nameColumn;
    const char* parentColumn;
    const char* parentTable;
};
const TableNaming* namingOf(const QString& table); // nullptr for a table messages do not name
QString nounOf(const QString& table);              // "connector"; the table's name if unknown
// A column as a message names it ("notes", "CLAUDE.md link"), and whether that name is plural.
std::pair<QString, bool> columnLabel(const QString& column);

} // namespace steward::mapping
