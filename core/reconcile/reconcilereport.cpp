#include "reconcile/reconcilereport.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace steward::reconcile {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Reconcile)
};

using Json = nlohmann::ordered_json;

std::string str(const QString& text)
{
    return text.toStdString();
}

Json strings(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& item : list)
        array.push_back(str(item));
    return array;
}

// The entry as Claude Code's settings write it.
Json entryJson(const ServerEntry& entry)
{
    switch (entry.by) {
    case ServerEntry::By::Name:
        return Json{{"serverName", str(entry.name)}};
    case ServerEntry::By::Command:
        return Json{{"serverCommand", strings(entry.command)}};
    case ServerEntry::By::Url:
        return Json{{"serverUrl", str(entry.url)}};
    }
    return Json();
}

Json serverJson(const DeployedServer& d)
{
    return Json{{"name", str(d.name)},
                {"transport", str(key(d.server.transport))},
                {"command", str(d.server.command)},
                {"args", strings(d.server.args)},
                {"url", str(d.server.url)},
                {"env", strings(d.envNames)},
                {"headers", strings(d.headerNames)}};
}

Json placeJson(const ConfigPlace& place)
{
    return Json{{"file", str(place.file)}, {"line", place.line}, {"column", place.column}, {"path", str(place.path)}};
}

} // namespace

QString reconcileText(const ReconcileResult& result, const QString& inventory, const std::vector<ConfigFile>& configs)
{
    QString text;
    for (const Difference& d : result.differences) {
        const rules::Finding& f = d.finding;
        text += Tr::tr("%1: %2 %3: %4 \u201c%5\u201d: %6 Fix: %7\n")
                    .arg(d.place ? d.place->text() : inventory, key(f.severity), f.ruleId, f.subjectType, f.subject,
                         f.message, f.fix);
    }
    qsizetype servers = 0;
    qsizetype allowed = 0;
    qsizetype denied = 0;
    for (const ConfigFile& config : configs) {
        servers += qsizetype(config.servers.size());
        allowed += qsizetype(config.allowed.size());
        denied += qsizetype(config.denied.size());
    }
    text += Tr::tr("%1: errors: %2, warnings: %3, infos: %4; configuration files compared: %5 (servers: %6, "
                   "allow-list entries: %7, deny-list entries: %8)\n")
                .arg(inventory)
                .arg(result.count(FindingSeverity::Error))
                .arg(result.count(FindingSeverity::Warning))
                .arg(result.count(FindingSeverity::Info))
                .arg(configs.size())
                .arg(servers)
                .arg(allowed)
                .arg(denied);
    return text;
}

QByteArray reconcileJson(const ReconcileResult& result, const QString& inventory,
                         const std::vector<ConfigFile>& configs)
{
    Json json;
    json["schema_version"] = ReconcileSchemaVersion;
    json["file"] = str(inventory);
    Json files = Json::array();
    for (const ConfigFile& config : configs) {
        files.push_back({{"file", str(config.file)},
                         {"kind", str(key(config.kind))},
                         {"servers", config.servers.size()},
                         {"allowed", config.hasAllowList ? Json(config.allowed.size()) : Json()},
                         {"denied", config.denied.size()},
                         {"managed_only", config.managedOnly ? Json(*config.managedOnly) : Json()}});
    }
    json["configs"] = files;
    json["summary"] = {{"errors", result.count(FindingSeverity::Error)},
                       {"warnings", result.count(FindingSeverity::Warning)},
                       {"infos", result.count(FindingSeverity::Info)}};
    Json findings = Json::array();
    for (const Difference& d : result.differences) {
        const rules::Finding& f = d.finding;
        findings.push_back({{"rule", str(f.ruleId)},
                            {"severity", str(key(f.severity))},
                            {"subject", {{"type", str(f.subjectType)}, {"id", f.subjectId}, {"name", str(f.subject)}}},
                            {"place", d.place ? placeJson(*d.place) : Json()},
                            {"server", d.server ? serverJson(*d.server) : Json()},
                            {"entry", d.entry ? entryJson(*d.entry) : Json()},
                            {"message", str(f.message)},
                            {"fix", str(f.fix)}});
    }
    json["findings"] = findings;
    return QByteArray::fromStdString(json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

} // namespace steward::reconcile
