#include "import/policycontent.h"

#include <QCoreApplication>
#include <algorithm>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

} // namespace

void readReviewTiers(RecordReader& reader, Policy& policy)
{
    std::optional<RecordReader> tiers = reader.object("review_tiers");
    if (!tiers)
        return;
    const Json* object = reader.take("review_tiers");
    for (const auto& [number, value] : object->items()) {
        const JsonPath at = tiers->path().key(number);
        const int tier = number == "1" ? 1 : number == "2" ? 2 : number == "3" ? 3 : 0;
        if (tier == 0) {
            reader.error(at, Tr::tr("review tiers are “1”, “2” and “3” (seed 000), "
                                    "not %1.")
                                 .arg(keyLabel(number)));
            continue;
        }
        RecordReader entry = reader.element(at, value);
        if (!entry.isObject())
            continue;
        auto found = std::find_if(policy.reviewTiers.begin(), policy.reviewTiers.end(),
                                  [tier](const ReviewTier& t) { return t.tier == tier; });
        if (found == policy.reviewTiers.end())
            found = policy.reviewTiers.insert(policy.reviewTiers.end(), ReviewTier{tier, {}, {}});
        if (const auto rule = entry.text("rule"))
            found->rule = *rule;
        if (const auto control = entry.text("control"))
            found->control = *control;
        entry.finish();
    }
    std::sort(policy.reviewTiers.begin(), policy.reviewTiers.end(),
              [](const ReviewTier& a, const ReviewTier& b) { return a.tier < b.tier; });
}

void readProhibited(RecordReader& reader, Policy& policy)
{
    if (const auto uses = reader.strings("prohibited", true, true))
        policy.prohibitedUses = *uses;
}

void readAuditFields(RecordReader& reader, Policy& policy)
{
    std::optional<RecordReader> audit = reader.object("audit");
    if (!audit)
        return;
    if (const auto fields = audit->strings("log", true, true))
        policy.auditFields = *fields;
    audit->finish();
}

void readPolicyContent(RecordReader& reader, Policy& policy)
{
    if (const auto title = reader.text("title"))
        policy.title = *title;
    if (const auto groups = reader.strings("allowed_groups", true, true))
        policy.allowedGroups = *groups;
    if (std::optional<RecordReader> classes = reader.object("data_classes")) {
        const Json* object = reader.take("data_classes");
        for (const auto& [name, value] : object->items()) {
            const JsonPath at = classes->path().key(name);
            const auto dataClass = parse<DataClass>(QString::fromStdString(name));
            if (!dataClass) {
                reader.error(at, Tr::tr("%1 is not a data class; they are %2.")
                                     .arg(keyLabel(name), keys<DataClass>().join(QStringLiteral(", "))));
                continue;
            }
            RecordReader entry = reader.element(at, value);
            if (!entry.isObject())
                continue;
            auto found = std::find_if(policy.dataClasses.begin(), policy.dataClasses.end(),
                                      [&](const DataClassRule& r) { return r.dataClass == *dataClass; });
            if (found == policy.dataClasses.end())
                found = policy.dataClasses.insert(policy.dataClasses.end(), DataClassRule{*dataClass, {}, {}});
            if (const auto permission = entry.enumeration<Permission>("permission"))
                found->permission = *permission;
            if (const auto condition = entry.text("condition"))
                found->condition = *condition;
            entry.finish();
        }
        std::sort(policy.dataClasses.begin(), policy.dataClasses.end(),
                  [](const DataClassRule& a, const DataClassRule& b) { return a.dataClass < b.dataClass; });
    }
    readProhibited(reader, policy);
    readReviewTiers(reader, policy);
    if (const auto optOut = reader.text("training_opt_out"))
        policy.trainingOptOut = *optOut;
    if (const auto retention = reader.text("retention"))
        policy.retention = *retention;
    readAuditFields(reader, policy);
    if (const auto sections = reader.array("sections")) {
        std::vector<PolicySection> read;
        for (std::size_t i = 0; i < sections->size(); ++i) {
            RecordReader entry = reader.element((*sections)[i].first, *(*sections)[i].second);
            if (!entry.isObject())
                continue;
            // Kept by position: sections edited in place keep their ids, and their audit trail.
            PolicySection section{i < policy.sections.size() ? policy.sections[i].id : 0, {}, {}};
            section.title = entry.text("title").value_or(QString());
            section.body = entry.text("body").value_or(QString());
            entry.finish();
            read.push_back(section);
        }
        policy.sections = read;
    }
}

} // namespace steward::imports
