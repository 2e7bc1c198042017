#pragma once

#include "rules/findings.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// `steward lint` output. The JSON shape is documented in the README and stable:
// {"schema_version":1,"file":…,"date":…,"summary":{"errors":…,"warnings":…,"infos":…},
//  "scorecard":{"overall":{…},"families":[{"family":…,"checks":…,"passed":…,"percent":…}]},
//  "findings":[{"rule":…,"severity":…,"subject":{"type":…,"id":…,"name":…},"message":…,"fix":…}]}
namespace steward {

inline constexpr int LintSchemaVersion = 1;

// One line per finding ("FILE: error connector.owner: connector “GitHub”: message Fix: …"), then
// the counts and the scorecard.
QString lintText(const rules::LintResult& result, const QString& file);
// Indented JSON with keys in the documented order, ending in a newline.
QByteArray lintJson(const rules::LintResult& result, const QString& file, const QDate& date);

} // namespace steward
