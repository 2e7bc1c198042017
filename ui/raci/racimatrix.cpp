#include "raci/racimatrix.h"

#include "rules/findings.h"

#include <algorithm>

namespace steward::ui::racimatrix {
namespace {

const QString Order = QStringLiteral("RACI");

// Moves index `from` to `to` and shifts those between, as a list move does.
int movedIndex(int index, int from, int to)
{
    if (index == from)
        return to;
    if (from < to && index > from && index <= to)
        return index - 1;
    if (from > to && index >= to && index < from)
        return index + 1;
    return index;
}

template <typename T> void moveItem(std::vector<T>& items, int from, int to)
{
    const T item = items[std::size_t(from)];
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, item);
}

// Row-major, as the store reads cells back, so an edited matrix compares equal to the stored one.
void sortCells(Raci& raci)
{
    std::sort(raci.cells.begin(), raci.cells.end(), [](const RaciCell& a, const RaciCell& b) {
        return a.activity != b.activity ? a.activity < b.activity : a.role < b.role;
    });
}

} // namespace

QString normalized(const QString& letters)
{
    QString result;
    for (QChar letter : Order) {
        if (letters.contains(letter, Qt::CaseInsensitive))
            result.append(letter);
    }
    return result;
}

QString toggled(const QString& letters, QChar letter)
{
    const QString current = normalized(letters);
    const QChar upper = letter.toUpper();
    return normalized(current.contains(upper) ? QString(current).remove(upper) : current + upper);
}

QString letters(const Raci& raci, int activity, int role)
{
    for (const RaciCell& cell : raci.cells) {
        if (cell.activity == activity && cell.role == role)
            return normalized(cell.letters);
    }
    return {};
}

void setLetters(Raci& raci, int activity, int role, const QString& letters)
{
    std::erase_if(raci.cells,
                  [activity, role](const RaciCell& cell) { return cell.activity == activity && cell.role == role; });
    const QString value = normalized(letters);
    if (value.isEmpty())
        return;
    raci.cells.push_back(RaciCell{activity, role, value});
    sortCells(raci);
}

bool activityHasLetters(const Raci& raci, int activity)
{
    return std::any_of(raci.cells.begin(), raci.cells.end(), [activity](const RaciCell& cell) {
        return cell.activity == activity && !normalized(cell.letters).isEmpty();
    });
}

bool roleHasLetters(const Raci& raci, int role)
{
    return std::any_of(raci.cells.begin(), raci.cells.end(), [role](const RaciCell& cell) {
        return cell.role == role && !normalized(cell.letters).isEmpty();
    });
}

void insertActivity(Raci& raci, int at, const QString& name)
{
    at = std::clamp(at, 0, int(raci.activities.size()));
    raci.activities.insert(raci.activities.begin() + at, RaciActivity{0, name});
    for (RaciCell& cell : raci.cells) {
        if (cell.activity >= at)
            ++cell.activity;
    }
}

void removeActivity(Raci& raci, int activity)
{
    raci.activities.erase(raci.activities.begin() + activity);
    std::erase_if(raci.cells, [activity](const RaciCell& cell) { return cell.activity == activity; });
    for (RaciCell& cell : raci.cells) {
        if (cell.activity > activity)
            --cell.activity;
    }
}

void moveActivity(Raci& raci, int from, int to)
{
    moveItem(raci.activities, from, to);
    for (RaciCell& cell : raci.cells)
        cell.activity = movedIndex(cell.activity, from, to);
    sortCells(raci);
}

void insertRole(Raci& raci, int at, const QString& name)
{
    at = std::clamp(at, 0, int(raci.roles.size()));
    raci.roles.insert(raci.roles.begin() + at, RaciRole{0, name});
    for (RaciCell& cell : raci.cells) {
        if (cell.role >= at)
            ++cell.role;
    }
}

void removeRole(Raci& raci, int role)
{
    raci.roles.erase(raci.roles.begin() + role);
    std::erase_if(raci.cells, [role](const RaciCell& cell) { return cell.role == role; });
    for (RaciCell& cell : raci.cells) {
        if (cell.role > role)
            --cell.role;
    }
}

void moveRole(Raci& raci, int from, int to)
{
    moveItem(raci.roles, from, to);
    for (RaciCell& cell : raci.cells)
        cell.role = movedIndex(cell.role, from, to);
    sortCells(raci);
}

std::vector<std::vector<RowProblem>> rowProblems(const Raci& raci)
{
    // The lint rules are the one definition of a wrong row; the editor asks them rather than
    // restating them. Activities are numbered 1…n here so a finding points back at its row even
    // for a matrix that has not been stored yet.
    rules::LintInput input;
    input.raci = raci;
    for (std::size_t i = 0; i < input.raci.activities.size(); ++i)
        input.raci.activities[i].id = Id(i + 1);
    const rules::LintResult result = rules::lint(input);
    std::vector<std::vector<RowProblem>> problems(raci.activities.size());
    for (const rules::Finding& finding : result.findings) {
        if (finding.subjectType != QLatin1String("raci") || finding.subjectId <= 0 ||
            finding.subjectId > Id(problems.size()))
            continue;
        problems[std::size_t(finding.subjectId - 1)].push_back({finding.message, finding.fix});
    }
    return problems;
}

} // namespace steward::ui::racimatrix
