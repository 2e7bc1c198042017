#include "store/mapping.h"

#include "domain/isodate.h"
#include "store/errors.h"

#include <QCoreApplication>
#include <QHash>
#include <nlohmann/json.hpp>

namespace steward::mapping {
namespace {

// key() of an enumeration's value, built once: every connector and scope written (an import
// writes 100 000) would otherwise build the same few strings again.
template <typename E> QString keyText(E value)
{
    static const QHash<int, QString> texts = [] {
        QHash<int, QString> byValue;
        for (const QString& text : keys<E>()) {
            if (const auto parsed = parse<E>(text); parsed && key(*parsed) == text)
                byValue.insert(int(*parsed), text);
        }
        return byValue;
    }();
    const auto found = texts.constFind(int(value));
    return found != texts.constEnd() ? *found : key(value);
}

} // namespace

QVariant ref(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(isoDate(value)) : QVariant();
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

Id refAt(const QSqlQuery& query, int column)
{
    return query.value(column).toLongLong();
}

QDate dateAt(const QSqlQuery& query, int column)
{
    return parseIsoDate(query.value(column).toString());
}

QString textAt(const QSqlQuery& query, int column)
{
    return query.value(column).toString();
}

QString argsToText(const QStringList& args)
{
    if (args.isEmpty())
        return {};
    nlohmann::json array = nlohmann::json::array();
    for (const QString& arg : args)
        array.push_back(arg.toStdString());
    return QString::fromStdString(array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

QStringList argsFromText(const QString& text)
{
    QStringList args;
    if (text.isEmpty())
        return args;
    const nlohmann::json array = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!array.is_array())
        return args;
    for (const auto& item : array) {
        if (item.is_string())
            args.append(QString::fromStdString(item.get<std::string>()));
    }
    return args;
}

QString reviewSubjectTable(const QString& subjectType)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("workspace"), QStringLiteral("workspaces")},
        {QStringLiteral("connector"), QStringLiteral("connectors")},
        {QStringLiteral("skill"), QStringLiteral("skills")},
        {QStringLiteral("governance"), QStringLiteral("governance_objects")},
    };
    return tables.value(subjectType);
}

// Every write of a reviewed row passes here, so a custom cadence is checked in one place.
void appendReviewState(Fields& fields, const ReviewState& review)
{
    if (review.cadence == Cadence::Custom && (review.cadenceDays < 1 || review.cadenceDays > 3660)) {
        throw StoreError(
            QCoreApplication::translate("steward::Store", "A custom review cadence is every 1 to 3660 days, not %1.")
                .arg(review.cadenceDays));
    }
    fields.push_back({QStringLiteral("cadence"), keyText(review.cadence)});
    fields.push_back({QStringLiteral("last_reviewed_on"), date(review.lastReviewedOn)});
    fields.push_back({QStringLiteral("last_reviewed_by"), ref(review.lastReviewedBy)});
    fields.push_back({QStringLiteral("cadence_days"),
                      review.cadence == Cadence::Custom ? QVariant(qint64(review.cadenceDays)) : QVariant()});
}

Fields personFields(const Person& p)
{
    return {
        {QStringLiteral("name"), p.name.trimmed()}, {QStringLiteral("email"), text(p.email)},
        {QStringLiteral("title"), text(p.title)},   {QStringLiteral("team"), text(p.team)},
        {QStringLiteral("notes"), text(p.notes)},
    };
}

Fields governanceFields(const GovernanceObject& g)
{
    Fields fields{
        {QStringLiteral("kind"), key(g.kind)},
        {QStringLiteral("owner_id"), ref(g.ownerId)},
        {QStringLiteral("location"), text(g.location)},
    };
    appendReviewState(fields, g.review);
    return fields;
}

Fields policyFields(const Policy& p)
{
    return {
        {QStringLiteral("title"), text(p.title)},
        {QStringLiteral("version"), text(p.version)},
        {QStringLiteral("status"), key(p.status)},
        {QStringLiteral("approved_by"), ref(p.approvedBy)},
        {QStringLiteral("approved_on"), date(p.approvedOn)},
        {QStringLiteral("effective_on"), date(p.effectiveOn)},
        {QStringLiteral("training_opt_out"), text(p.trainingOptOut)},
        {QStringLiteral("retention"), text(p.retention)},
    };
}

Fields workspaceFields(const Workspace& w)
{
    Fields fields{
        {QStringLiteral("name"), w.name.trimmed()},
        {QStringLiteral("purpose"), text(w.purpose)},
        {QStringLiteral("owner_id"), ref(w.ownerId)},
        {QStringLiteral("sponsor_id"), ref(w.sponsorId)},
        {QStringLiteral("business_function"), text(w.function)},
        {QStringLiteral("status"), key(w.status)},
        {QStringLiteral("seats"), qint64(w.seats)},
        {QStringLiteral("data_class"), key(w.dataClass)},
        {QStringLiteral("data_description"), text(w.dataDescription)},
        {QStringLiteral("has_claude_md"), w.hasClaudeMd},
        {QStringLiteral("claude_md_url"), text(w.claudeMdUrl)},
        {QStringLiteral("memory_checked_on"), date(w.memoryCheckedOn)},
        {QStringLiteral("pilot_started_on"), date(w.pilotStartedOn)},
    };
    appendReviewState(fields, w.review);
    fields.push_back({QStringLiteral("notes"), text(w.notes)});
    return fields;
}

Fields taskFields(const ScheduledTask& t, int position)
{
    return {
        {QStringLiteral("position"), qint64(position)}, {QStringLiteral("name"), t.name.trimmed()},
        {QStringLiteral("schedule"), text(t.schedule)}, {QStringLiteral("owner_id"), ref(t.ownerId)},
        {QStringLiteral("active"), t.active},
    };
}

Fields connectorFields(const Connector& c)
{
    // Reserved and moved in, not copied from an initializer list: an import writes this for every row.
    Fields fields;
    fields.reserve(21);
    fields.push_back({QStringLiteral("name"), c.name.trimmed()});
    fields.push_back({QStringLiteral("system_name"), text(c.system)});
    fields.push_back({QStringLiteral("access"), keyText(c.access)});
    fields.push_back({QStringLiteral("sensitivity"), keyText(c.sensitivity)});
    fields.push_back({QStringLiteral("external"), c.external});
    fields.push_back({QStringLiteral("tier"), qint64(c.tier)});
    fields.push_back({QStringLiteral("owner_id"), ref(c.ownerId)});
    fields.push_back({QStringLiteral("approved_by"), ref(c.approvedBy)});
    fields.push_back({QStringLiteral("approved_on"), date(c.approvedOn)});
    fields.push_back({QStringLiteral("status"), keyText(c.status)});
    fields.push_back({QStringLiteral("widened_by"), ref(c.widenedBy)});
    fields.push_back({QStringLiteral("widened_on"), date(c.widenedOn)});
    fields.push_back({QStringLiteral("transport"), text(keyText(c.server.transport))});
    fields.push_back({QStringLiteral("command"), text(c.server.command)});
    fields.push_back({QStringLiteral("args"), text(argsToText(c.server.args))});
    fields.push_back({QStringLiteral("url"), text(c.server.url)});
    appendReviewState(fields, c.review);
    fields.push_back({QStringLiteral("notes"), text(c.notes)});
    return fields;
}

Fields scopeFields(const OAuthScope& s, int position)
{
    Fields fields;
    fields.reserve(5); // and the connector's id, which the writer puts first
    fields.push_back({QStringLiteral("position"), qint64(position)});
    fields.push_back({QStringLiteral("scope"), s.scope.trimmed()});
    fields.push_back({QStringLiteral("mode"), keyText(s.mode)});
    fields.push_back({QStringLiteral("justification"), text(s.justification)});
    return fields;
}

Fields skillFields(const Skill& s)
{
    Fields fields{
        {QStringLiteral("name"), s.name.trimmed()},
        {QStringLiteral("intended_use"), text(s.intendedUse)},
        {QStringLiteral("inputs"), text(s.inputs)},
        {QStringLiteral("outputs"), text(s.outputs)},
        {QStringLiteral("owner_id"), ref(s.ownerId)},
        {QStringLiteral("version"), text(s.version)},
        {QStringLiteral("status"), key(s.status)},
        {QStringLiteral("has_skill_md"), s.hasSkillMd},
        {QStringLiteral("skill_md_url"), text(s.skillMdUrl)},
        {QStringLiteral("verified_on"), date(s.verifiedOn)},
    };
    appendReviewState(fields, s.review);
    fields.push_back({QStringLiteral("notes"), text(s.notes)});
    return fields;
}

Fields reviewFields(const Review& r)
{
    return {
        {QStringLiteral("subject_type"), r.subjectType},
        {QStringLiteral("subject_id"), r.subjectId},
        {QStringLiteral("reviewed_on"), date(r.reviewedOn)},
        {QStringLiteral("reviewer_id"), ref(r.reviewerId)},
        {QStringLiteral("notes"), text(r.notes)},
    };
}

Fields requestFields(const ForumRequest& r)
{
    return {
        {QStringLiteral("kind"), key(r.kind)},
        {QStringLiteral("title"), r.title.trimmed()},
        {QStringLiteral("description"), text(r.description)},
        {QStringLiteral("requested_by"), ref(r.requestedBy)},
        {QStringLiteral("requested_on"), date(r.requestedOn)},
        {QStringLiteral("status"), key(r.status)},
        {QStringLiteral("decided_on"), date(r.decidedOn)},
        {QStringLiteral("decision"), text(r.decision)},
        {QStringLiteral("connector_id"), ref(r.connectorId)},
        {QStringLiteral("skill_id"), ref(r.skillId)},
    };
}

Fields incidentFields(const Incident& i)
{
    return {
        {QStringLiteral("title"), i.title.trimmed()},        {QStringLiteral("occurred_on"), date(i.occurredOn)},
        {QStringLiteral("reported_by"), ref(i.reportedBy)},  {QStringLiteral("severity"), key(i.severity)},
        {QStringLiteral("status"), key(i.status)},           {QStringLiteral("description"), text(i.description)},
        {QStringLiteral("resolved_on"), date(i.resolvedOn)},
    };
}

Fields meetingFields(const ForumMeeting& m)
{
    return {
        {QStringLiteral("held_on"), date(m.heldOn)},
        {QStringLiteral("notes"), text(m.notes)},
    };
}

namespace {

constexpr TableNaming tableNamings[] = {
    {"people", QT_TRANSLATE_NOOP("steward::Store", "person"), "name", nullptr, nullptr},
    {"workspaces", QT_TRANSLATE_NOOP("steward::Store", "workspace"), "name", nullptr, nullptr},
    {"scheduled_tasks", QT_TRANSLATE_NOOP("steward::Store", "scheduled task"), "name", "workspace_id", "workspaces"},
    {"connectors", QT_TRANSLATE_NOOP("steward::Store", "connector"), "name", nullptr, nullptr},
    {"connector_scopes", QT_TRANSLATE_NOOP("steward::Store", "OAuth scope"), "scope", "connector_id", "connectors"},
    {"skills", QT_TRANSLATE_NOOP("steward::Store", "skill"), "name", nullptr, nullptr},
    {"requests", QT_TRANSLATE_NOOP("steward::Store", "request"), "title", nullptr, nullptr},
    {"incidents", QT_TRANSLATE_NOOP("steward::Store", "incident"), "title", nullptr, nullptr},
    {"incident_follow_ups", QT_TRANSLATE_NOOP("steward::Store", "follow-up"), "text", "incident_id", "incidents"},
    {"forum_meetings", QT_TRANSLATE_NOOP("steward::Store", "forum meeting"), "held_on", nullptr, nullptr},
    {"reviews", QT_TRANSLATE_NOOP("steward::Store", "review"), nullptr, nullptr, nullptr},
    {"raci_roles", QT_TRANSLATE_NOOP("steward::Store", "RACI role"), "name", nullptr, nullptr},
    {"raci_activities", QT_TRANSLATE_NOOP("steward::Store", "RACI activity"), "name", nullptr, nullptr},
    {"cadences", QT_TRANSLATE_NOOP("steward::Store", "review cadence"), "cadence", nullptr, nullptr},
    {"governance_objects", QT_TRANSLATE_NOOP("steward::Store", "governance object"), "kind", nullptr, nullptr},
    {"policy", QT_TRANSLATE_NOOP("steward::Store", "policy"), "title", nullptr, nullptr},
    {"policy_groups", QT_TRANSLATE_NOOP("steward::Store", "allowed group"), "name", nullptr, nullptr},
    {"policy_data_classes", QT_TRANSLATE_NOOP("steward::Store", "data-class rule"), "data_class", nullptr, nullptr},
    {"policy_prohibited", QT_TRANSLATE_NOOP("steward::Store", "prohibited use"), "text", nullptr, nullptr},
    {"policy_review_tiers", QT_TRANSLATE_NOOP("steward::Store", "review tier"), "tier", nullptr, nullptr},
    {"policy_audit_fields", QT_TRANSLATE_NOOP("steward::Store", "audit field"), "name", nullptr, nullptr},
    {"policy_sections", QT_TRANSLATE_NOOP("steward::Store", "policy section"), "title", nullptr, nullptr},
    {"policy_versions", QT_TRANSLATE_NOOP("steward::Store", "policy version"), "version", nullptr, nullptr},
};

} // namespace

const TableNaming* namingOf(const QString& table)
{
    for (const TableNaming& naming : tableNamings) {
        if (table == QLatin1String(naming.table))
            return &naming;
    }
    return nullptr;
}

QString nounOf(const QString& table)
{
    const TableNaming* naming = namingOf(table);
    return naming ? QCoreApplication::translate("steward::Store", naming->noun) : table;
}

// A column as a message names it, and whether that name is plural ("the notes ... look").
std::pair<QString, bool> columnLabel(const QString& column)
{
    struct Label
    {
        const char* column;
        const char* label;
        bool plural;
    };
    static constexpr Label labels[] = {
        {"notes", QT_TRANSLATE_NOOP("steward::Store", "notes"), true},
        {"inputs", QT_TRANSLATE_NOOP("steward::Store", "inputs"), true},
        {"outputs", QT_TRANSLATE_NOOP("steward::Store", "outputs"), true},
        {"args", QT_TRANSLATE_NOOP("steward::Store", "arguments"), true},
        {"system_name", QT_TRANSLATE_NOOP("steward::Store", "system"), false},
        {"url", QT_TRANSLATE_NOOP("steward::Store", "URL"), false},
        {"business_function", QT_TRANSLATE_NOOP("steward::Store", "business function"), false},
        {"claude_md_url", QT_TRANSLATE_NOOP("steward::Store", "CLAUDE.md link"), false},
        {"skill_md_url", QT_TRANSLATE_NOOP("steward::Store", "SKILL.md link"), false},
        {"condition_text", QT_TRANSLATE_NOOP("steward::Store", "condition"), false},
        {"training_opt_out", QT_TRANSLATE_NOOP("steward::Store", "training opt-out posture"), false},
        {"retention", QT_TRANSLATE_NOOP("steward::Store", "retention posture"), false},
        {"scope", QT_TRANSLATE_NOOP("steward::Store", "scope string"), false},
        {"body", QT_TRANSLATE_NOOP("steward::Store", "text"), false},
    };
    for (const Label& label : labels) {
        if (column == QLatin1String(label.column))
            return {QCoreApplication::translate("steward::Store", label.label), label.plural};
    }
    QString plain = column;
    return {plain.replace(QLatin1Char('_'), QLatin1Char(' ')), false};
}

} // namespace steward::mapping
