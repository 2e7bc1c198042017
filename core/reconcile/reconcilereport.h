#pragma once

#include "reconcile/reconcile.h"

#include <QByteArray>
#include <QString>
#include <vector>

// `steward reconcile` output, in lint's manner. The JSON shape is described by
// resources/schema/reconcile.schema.json and stable (fields only ever added, with a new version):
// {"schema_version":1,"file":…,"configs":[{"file","kind","servers","allowed","denied","managed_only"}],
//  "summary":{"errors","warnings","infos"},
//  "findings":[{"rule","severity","subject":{"type","id","name"},"place":{"file","line","column","path"}|null,
//               "server":{…}|null,"entry":{…}|null,"message","fix"}]}
namespace steward::reconcile {

inline constexpr int ReconcileSchemaVersion = 1;

// One line per finding, at its place in the configuration file (or at the inventory for an approved
// connector deployed nowhere): "PLACE: SEVERITY RULE: TYPE “NAME”: message Fix: …"; then the counts.
QString reconcileText(const ReconcileResult& result, const QString& inventory, const std::vector<ConfigFile>& configs);
// Indented JSON with keys in the documented order, ending in a newline.
QByteArray reconcileJson(const ReconcileResult& result, const QString& inventory,
                         const std::vector<ConfigFile>& configs);

} // namespace steward::reconcile
