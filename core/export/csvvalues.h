#pragma once

#include "domain/types.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

// How values are written in Steward's CSV columns, and read back: the one place both directions
// live, so that an export always imports as what it was.
namespace steward::csvvalues {

QString yesNo(bool value);
// yes or no (true or false, as a spreadsheet saves a checkbox), in any case; nullopt otherwise.
std::optional<bool> parseYesNo(const QString& text);

// YYYY-MM-DD, or "" for no date.
QString date(const QDate& day);

// weekly, monthly, quarterly, annual, or "every N days" for a custom cadence.
QString cadence(const ReviewState& review);
// The inverse, in any case ("Every 10 days", "every 1 day"); false for any other text.
bool parseCadence(const QString& text, Cadence* cadence, int* days);

// A command line that QProcess::splitCommand splits into exactly `command` and `args`: an argument
// holding white space or a quote is put in quotes, a quote inside written as three.
QString commandLine(const QString& command, const QStringList& args);
// The endpoint column: the URL of an http or sse server, the command line of a stdio one; for an
// unknown transport whichever of the two is known.
QString endpoint(const McpServer& server);
// Sets what the endpoint column says, for the server's transport (already set); leaves the fields
// of the other kind of server as they are, as the editor keeps them when the transport changes.
void setEndpoint(McpServer& server, const QString& text);

// Lists of names or lines of text: one item per line in the cell.
QString lines(const QStringList& items);
// Items of a cell, one per line, trimmed; empty lines are dropped.
QStringList splitLines(const QString& text);
// OAuth scopes, separated by spaces as in an OAuth scope parameter (any white space on import).
QStringList splitScopes(const QString& text);

// A scheduled task on one line of the tasks column: "name | schedule | owner | yes". A pipe,
// backslash or line break inside a part is written \|, \\ or \n.
QString taskLine(const QString& name, const QString& schedule, const QString& owner, bool active);
struct TaskParts
{
    QString name;
    QString schedule;
    QString owner;
    QString active; // "" when not given
};
// The parts of one line; nullopt when it has more than four.
std::optional<TaskParts> parseTaskLine(const QString& line);

} // namespace steward::csvvalues
