#include "export/lintreport.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace steward {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::LintReport)
};

using Json = nlohmann::ordered_json;

std::string str(const QString& text)
{
    return text.toStdString();
}

Json score(const rules::FamilyScore& family)
{
    return Json{{"checks", family.checks}, {"passed", family.passed}, {"percent", family.percent()}};
}

} // namespace

QString lintText(const rules::LintResult& result, const QString& file)
{
    QString text;
    for (const rules::Finding& f : result.findings)
        text += Tr::tr("%1: %2 %3: %4 \u201c%5\u201d: %6 Fix: %7\n")
                    .arg(file, key(f.severity), f.ruleId, f.subjectType, f.subject, f.message, f.fix);
    const rules::FamilyScore overall = result.overall();
    text += Tr::tr("%1: errors: %2, warnings: %3, infos: %4; scorecard %5% (%6 of %7 checks pass)\n")
                .arg(file)
                .arg(result.count(FindingSeverity::Error))
                .arg(result.count(FindingSeverity::Warning))
                .arg(result.count(FindingSeverity::Info))
                .arg(overall.percent())
                .arg(overall.passed)
                .arg(overall.checks);
    return text;
}

QByteArray lintJson(const rules::LintResult& result, const QString& file, const QDate& date)
{
    Json json;
    json["schema_version"] = LintSchemaVersion;
    json["file"] = str(file);
    json["date"] = str(date.toString(Qt::ISODate));
    json["summary"] = {{"errors", result.count(FindingSeverity::Error)},
                       {"warnings", result.count(FindingSeverity::Warning)},
                       {"infos", result.count(FindingSeverity::Info)}};
    Json families = Json::array();
    for (const rules::FamilyScore& family : result.families) {
        Json entry{{"family", str(family.family)}};
        entry.update(score(family));
        families.push_back(entry);
    }
    json["scorecard"] = {{"overall", score(result.overall())}, {"families", families}};
    Json findings = Json::array();
    for (const rules::Finding& f : result.findings)
        findings.push_back({{"rule", str(f.ruleId)},
                            {"severity", str(key(f.severity))},
                            {"subject", {{"type", str(f.subjectType)}, {"id", f.subjectId}, {"name", str(f.subject)}}},
                            {"message", str(f.message)},
                            {"fix", str(f.fix)}});
    json["findings"] = findings;
    return QByteArray::fromStdString(json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

} // namespace steward
