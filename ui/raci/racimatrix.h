#pragma once

#include "domain/types.h"

#include <QStringList>
#include <vector>

// Edits of a RACI matrix as values, before anything is stored: the page builds the matrix it
// wants with these and hands it to one command. Cells point at roles and activities by index, so
// inserting, removing or moving a row or column renumbers the cells with it.
namespace steward::ui::racimatrix {

// "RACI" letters in that order, anything else dropped: "ir" -> "RI".
QString normalized(const QString& letters);
// `letters` with `letter` added when absent, removed when present.
QString toggled(const QString& letters, QChar letter);

QString letters(const Raci& raci, int activity, int role);
void setLetters(Raci& raci, int activity, int role, const QString& letters);
// Whether any cell of the activity (or role) holds a letter.
bool activityHasLetters(const Raci& raci, int activity);
bool roleHasLetters(const Raci& raci, int role);

void insertActivity(Raci& raci, int at, const QString& name);
void removeActivity(Raci& raci, int activity);
void moveActivity(Raci& raci, int from, int to);
void insertRole(Raci& raci, int at, const QString& name);
void removeRole(Raci& raci, int role);
void moveRole(Raci& raci, int from, int to);

// What is wrong with each activity's row under the seeds' rules ("exactly one A", "at least one
// R"), worded as `steward lint` words it: one entry per activity, empty when the row is right.
struct RowProblem
{
    QString message; // "Nobody is accountable."
    QString fix;     // "Mark exactly one role A for this activity."
};
std::vector<std::vector<RowProblem>> rowProblems(const Raci& raci);

} // namespace steward::ui::racimatrix
