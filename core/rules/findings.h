#pragma once

#include "domain/enums.h"
#include "domain/types.h"

#include <QDate>
#include <QString>
#include <vector>

namespace steward {
class Store;
}

// The rules of the seeds (DESIGN.md, "Rules the seeds state") applied to a whole inventory: each
// breach is a finding with a stable rule id, a severity, the object it concerns, what is wrong and
// how to fix it. Every check made is counted per rule family, which gives the scorecard.
namespace steward::rules {

struct Finding
{
    QString ruleId; // stable: "connector.owner", "raci.one-accountable"…
    FindingSeverity severity = FindingSeverity::Warning;
    QString subjectType; // policy, governance, workspace, connector, skill, raci
    Id subjectId = 0;    // 0 for the policy; the activity's id for RACI findings
    QString subject;     // the object's name, as people know it
    QString message;
    QString fix;
};

struct RuleInfo
{
    QString id;
    QString family; // connectors, skills, workspaces, governance, policy, raci, reviews
    FindingSeverity severity;
    QString title;
};
// Every rule, in a stable order (README documents the same list).
const std::vector<RuleInfo>& ruleCatalogue();

struct LintInput
{
    Policy policy;
    std::vector<GovernanceObject> governance;
    std::vector<Person> people;
    std::vector<Workspace> workspaces;
    std::vector<Connector> connectors;
    std::vector<Skill> skills;
    Raci raci;
    ReviewSettings settings; // the due-soon window and how long a pilot may run
};
LintInput readLintInput(const Store& store);

struct LintOptions
{
    QDate today = QDate::currentDate();
};

// Checks made and passed in one family; a check fails when it yields an error or a warning.
struct FamilyScore
{
    QString family;
    int checks = 0;
    int passed = 0;
    int percent() const; // 100 when nothing was checked
};

struct LintResult
{
    std::vector<Finding> findings; // errors first, then warnings, then infos; stable within each
    std::vector<FamilyScore> families;
    int count(FindingSeverity severity) const;
    FamilyScore overall() const;
};

LintResult lint(const LintInput& input, const LintOptions& options = {});

} // namespace steward::rules
