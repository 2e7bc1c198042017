#include "domain/policysnapshot.h"

#include "domain/enums.h"

#include <nlohmann/json.hpp>

namespace steward {
namespace {

using Json = nlohmann::ordered_json;

std::string str(const QString& s)
{
    return s.toStdString();
}

QString qstr(const Json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

Json list(const QStringList& items)
{
    Json array = Json::array();
    for (const QString& item : items)
        array.push_back(str(item));
    return array;
}

QStringList strings(const Json& array)
{
    QStringList items;
    if (array.is_array()) {
        for (const Json& item : array)
            items.append(qstr(item));
    }
    return items;
}

} // namespace

QString policySnapshot(const Policy& p)
{
    Json json;
    json["title"] = str(p.title);
    json["version"] = str(p.version);
    json["allowed_groups"] = list(p.allowedGroups);
    json["data_classes"] = Json::object();
    for (const DataClassRule& rule : p.dataClasses)
        json["data_classes"][str(key(rule.dataClass))] = {{"permission", str(key(rule.permission))},
                                                          {"condition", str(rule.condition)}};
    json["prohibited"] = list(p.prohibitedUses);
    json["review_tiers"] = Json::object();
    for (const ReviewTier& tier : p.reviewTiers)
        json["review_tiers"][std::to_string(tier.tier)] = {{"rule", str(tier.rule)}, {"control", str(tier.control)}};
    json["training_opt_out"] = str(p.trainingOptOut);
    json["retention"] = str(p.retention);
    json["audit"] = {{"log", list(p.auditFields)}};
    json["sections"] = Json::array();
    for (const PolicySection& section : p.sections)
        json["sections"].push_back({{"title", str(section.title)}, {"body", str(section.body)}});
    return QString::fromStdString(json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::optional<Policy> policyFromSnapshot(const QString& snapshot)
{
    const Json json = Json::parse(snapshot.toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("title") || !json.contains("version"))
        return std::nullopt;
    Policy p;
    p.title = qstr(json["title"]);
    p.version = qstr(json["version"]);
    p.allowedGroups = strings(json.value("allowed_groups", Json::array()));
    if (const auto classes = json.find("data_classes"); classes != json.end() && classes->is_object()) {
        for (const auto& [name, rule] : classes->items()) {
            const auto dataClass = parse<DataClass>(QString::fromStdString(name));
            if (!dataClass || !rule.is_object())
                continue;
            p.dataClasses.push_back(
                {*dataClass, parse<Permission>(qstr(rule.value("permission", Json()))).value_or(Permission::Allowed),
                 qstr(rule.value("condition", Json()))});
        }
    }
    p.prohibitedUses = strings(json.value("prohibited", Json::array()));
    if (const auto tiers = json.find("review_tiers"); tiers != json.end() && tiers->is_object()) {
        for (const auto& [number, tier] : tiers->items()) {
            if (tier.is_object())
                p.reviewTiers.push_back({QString::fromStdString(number).toInt(), qstr(tier.value("rule", Json())),
                                         qstr(tier.value("control", Json()))});
        }
    }
    p.trainingOptOut = qstr(json.value("training_opt_out", Json()));
    p.retention = qstr(json.value("retention", Json()));
    if (const auto audit = json.find("audit"); audit != json.end() && audit->is_object())
        p.auditFields = strings(audit->value("log", Json::array()));
    if (const auto sections = json.find("sections"); sections != json.end() && sections->is_array()) {
        for (const Json& section : *sections) {
            if (section.is_object())
                p.sections.push_back({0, qstr(section.value("title", Json())), qstr(section.value("body", Json()))});
        }
    }
    return p;
}

} // namespace steward
