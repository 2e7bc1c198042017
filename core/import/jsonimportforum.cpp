// The inventory JSON importer's later steps: the policy with its approved versions, the RACI matrix,
// and the forum's records (reviews, requests, incidents, meetings).
#include "domain/policysnapshot.h"
#include "import/inventoryimport.h"
#include "import/policycontent.h"
#include "import/rowmatch.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

QString quoted(const QString& name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

bool sameApproval(const PolicyVersion& a, const PolicyVersion& b)
{
    return a.approvedBy == b.approvedBy && a.approvedOn == b.approvedOn && a.effectiveOn == b.effectiveOn &&
           a.snapshot == b.snapshot;
}

} // namespace

void InventoryImport::policy()
{
    const auto it = m_root.find("policy");
    if (it == m_root.end())
        return;
    RecordReader reader(m_document, *it, JsonPath().key("policy"), QStringLiteral("policy"), 1);
    if (!reader.isObject())
        return;
    const int errors = m_report.errorCount();
    const Policy before = m_store.policy();
    Policy p = before;
    readPolicyContent(reader, p);
    if (const auto version = reader.text("version"))
        p.version = version->trimmed();
    const bool statusGiven = reader.has("status");
    if (const auto status = reader.enumeration<PolicyStatus>("status"))
        p.status = *status;
    const bool approverGiven = reader.has("approved_by");
    const bool approvedOnGiven = reader.has("approved_on");
    const bool effectiveOnGiven = reader.has("effective_on");
    person(reader, "approved_by", p.approvedBy);
    if (const auto day = reader.date("approved_on"))
        p.approvedOn = *day;
    if (const auto day = reader.date("effective_on"))
        p.effectiveOn = *day;

    // The approved versions: those the file lacks are appended, those it holds must be the same.
    std::vector<PolicyVersion> merged = before.history;
    std::vector<PolicyVersion> given;
    int versionsAdded = 0;
    int versionsUnchanged = 0;
    if (const auto versions = reader.array("history")) {
        QHash<QString, QString> seen;
        for (const auto& [at, item] : *versions) {
            RecordReader entry = reader.element(at, *item);
            if (!entry.isObject())
                continue;
            const int entryErrors = m_report.errorCount();
            PolicyVersion version;
            if (const auto number = entry.name("version")) {
                version.version = *number;
                if (seen.contains(*number))
                    entry.error("version", Tr::tr("version %1 is already at %2; each version is approved once.")
                                               .arg(*number, seen.value(*number)));
                seen.insert(*number, at.text());
            }
            person(entry, "approved_by", version.approvedBy);
            if (version.approvedBy == 0)
                entry.error("approved_by", Tr::tr("an approved version needs the person who approved it."));
            version.approvedOn = entry.date("approved_on").value_or(QDate());
            version.effectiveOn = entry.date("effective_on").value_or(QDate());
            if (!version.approvedOn.isValid() || !version.effectiveOn.isValid())
                entry.error(Tr::tr("an approved version needs the day it was approved (approved_on) and the day it "
                                   "took effect (effective_on)."));
            Policy content;
            if (std::optional<RecordReader> text = entry.object("content")) {
                readPolicyContent(*text, content);
                text->finish();
            } else if (!entry.has("content")) {
                entry.error(Tr::tr("an approved version needs its content, the policy as it was approved."));
            }
            content.version = version.version;
            version.snapshot = policySnapshot(content);
            entry.finish();
            if (failedSince(entryErrors))
                continue;
            const auto held = std::find_if(before.history.begin(), before.history.end(),
                                           [&](const PolicyVersion& v) { return v.version == version.version; });
            if (held == before.history.end()) {
                merged.push_back(version);
                ++versionsAdded;
            } else if (sameApproval(*held, version)) {
                ++versionsUnchanged;
            } else {
                entry.error(Tr::tr("the inventory holds version %1 as approved on %2, differently: an approved version "
                                   "is frozen and cannot be replaced.")
                                .arg(version.version, held->approvedOn.toString(Qt::ISODate)));
            }
            given.push_back(version);
        }
    }

    // An approved policy is its latest approved version, approval included (as the editor keeps it).
    if (p.status == PolicyStatus::Approved && !failedSince(errors)) {
        const PolicyVersion* latest = merged.empty() ? nullptr : &merged.back();
        if (!latest || policySnapshot(p) != latest->snapshot) {
            if (statusGiven && latest)
                reader.error("status", Tr::tr("the policy is marked approved, but its text is not that of version %1, "
                                              "its latest approved version: mark it draft, or give the text that was "
                                              "approved.")
                                           .arg(latest->version));
            else if (statusGiven)
                reader.error("status", Tr::tr("the policy is marked approved, but no approved version is in its "
                                              "history."));
            else {
                p.status = PolicyStatus::Draft;
                reader.warning(Tr::tr("the policy was approved as version %1; the imported changes make it a draft, "
                                      "to be approved again.")
                                   .arg(before.version));
            }
        } else {
            if (!approverGiven)
                p.approvedBy = latest->approvedBy;
            if (!approvedOnGiven)
                p.approvedOn = latest->approvedOn;
            if (!effectiveOnGiven)
                p.effectiveOn = latest->effectiveOn;
            if (p.approvedBy != latest->approvedBy || p.approvedOn != latest->approvedOn ||
                p.effectiveOn != latest->effectiveOn)
                reader.error(Tr::tr("the policy is marked approved, but its approver and dates are not those of "
                                    "version %1 as its history records them.")
                                 .arg(latest->version));
        }
    }
    reader.finish();
    if (failedSince(errors))
        return;

    Policy unversioned = p;
    unversioned.history.clear();
    Policy beforeUnversioned = before;
    beforeUnversioned.history.clear();
    const bool changed = unversioned != beforeUnversioned;
    if (changed || versionsAdded > 0) {
        p.history = given;
        write(reader, [&] { m_store.restorePolicy(p); });
    }
    m_report.count(QStringLiteral("policy"), changed ? Outcome::Updated : Outcome::Unchanged);
    for (int i = 0; i < versionsAdded; ++i)
        m_report.count(QStringLiteral("policy versions"), Outcome::Added);
    for (int i = 0; i < versionsUnchanged; ++i)
        m_report.count(QStringLiteral("policy versions"), Outcome::Unchanged);
}

void InventoryImport::raci()
{
    const auto it = m_root.find("raci");
    if (it == m_root.end())
        return;
    RecordReader reader(m_document, *it, JsonPath().key("raci"), QStringLiteral("raci"), 1);
    if (!reader.isObject())
        return;
    const int errors = m_report.errorCount();
    const Raci before = m_store.raci();
    Raci wanted;
    if (!reader.has("roles") || !reader.has("activities"))
        reader.error(Tr::tr("the RACI matrix needs its roles and its activities, both."));
    std::vector<bool> roleUsed(before.roles.size(), false);
    QHash<QString, QString> seen;
    for (const auto& [at, item] : reader.array("roles").value_or(Elements())) {
        RecordReader entry = reader.element(at, *item);
        const auto name = entry.name("name");
        if (!name)
            continue;
        if (seen.contains(*name))
            entry.error("name", Tr::tr("a role named %1 is already at %2.").arg(quoted(*name), seen.value(*name)));
        seen.insert(*name, at.text());
        RaciRole role(0, *name);
        for (std::size_t i = 0; i < before.roles.size(); ++i) {
            if (!roleUsed[i] && before.roles[i].name == *name) {
                role.id = before.roles[i].id;
                roleUsed[i] = true;
                break;
            }
        }
        for (const QString& holder : entry.strings("people", true, true).value_or(QStringList())) {
            Id id = 0;
            write(entry,
                  [&] { id = m_session.person(holder, [&entry](const QString& m) { entry.warning("people", m); }); });
            role.people.push_back(id);
        }
        std::sort(role.people.begin(), role.people.end()); // as the store reads them back
        entry.finish();
        wanted.roles.push_back(role);
    }
    std::vector<bool> activityUsed(before.activities.size(), false);
    seen.clear();
    static const QRegularExpression letters(QStringLiteral("^[RACIraci]*$"));
    for (const auto& [at, item] : reader.array("activities").value_or(Elements())) {
        RecordReader entry = reader.element(at, *item);
        const auto name = entry.name("name");
        if (!name)
            continue;
        if (seen.contains(*name))
            entry.error("name", Tr::tr("an activity named %1 is already at %2.").arg(quoted(*name), seen.value(*name)));
        seen.insert(*name, at.text());
        RaciActivity activity{0, *name};
        for (std::size_t i = 0; i < before.activities.size(); ++i) {
            if (!activityUsed[i] && before.activities[i].name == *name) {
                activity.id = before.activities[i].id;
                activityUsed[i] = true;
                break;
            }
        }
        const int row = int(wanted.activities.size());
        wanted.activities.push_back(activity);
        const auto cells = entry.strings("letters");
        if (!cells) {
            if (!entry.has("letters"))
                entry.error(Tr::tr("\u201cletters\u201d is missing: one entry per role, \"\" for none."));
            continue;
        }
        if (cells->size() != qsizetype(wanted.roles.size())) {
            entry.error(
                "letters",
                Tr::tr("expected one entry per role (%1), not %2.").arg(wanted.roles.size()).arg(cells->size()));
            continue;
        }
        for (qsizetype role = 0; role < cells->size(); ++role) {
            const QString text = cells->at(role).toUpper();
            if (!letters.match(text).hasMatch()) {
                entry.error(
                    entry.path().key("letters").index(std::size_t(role)),
                    Tr::tr("%1 is not RACI letters: R, A, C and I, or \"\" for none.").arg(quoted(cells->at(role))));
                continue;
            }
            QString normalized; // the order the store keeps letters in
            for (QChar letter : QStringLiteral("RACI")) {
                if (text.contains(letter))
                    normalized += letter;
            }
            if (!normalized.isEmpty())
                wanted.cells.push_back({row, int(role), normalized});
        }
        entry.finish();
    }
    reader.finish();
    if (failedSince(errors))
        return;
    if (wanted == before) {
        m_report.count(QStringLiteral("raci"), Outcome::Unchanged);
        return;
    }
    write(reader, [&] { m_store.setRaci(wanted); });
    m_report.count(QStringLiteral("raci"),
                   before.roles.empty() && before.activities.empty() ? Outcome::Added : Outcome::Updated);
}

void InventoryImport::reviews()
{
    QHash<QString, Id> governanceIds;
    for (const GovernanceObject& g : m_store.governanceObjects())
        governanceIds.insert(key(g.kind), g.id);
    const QStringList types{QStringLiteral("workspace"), QStringLiteral("connector"), QStringLiteral("skill"),
                            QStringLiteral("governance")};
    for (const auto& [path, value] : section("reviews")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        if (!reader.isObject())
            continue;
        Review review;
        std::optional<RecordReader> subject = reader.object("subject");
        if (!subject && !reader.has("subject"))
            reader.error(Tr::tr("\u201csubject\u201d is missing: {\"type\": …, \"name\": …}."));
        if (subject) {
            const auto type = subject->choice("type", types);
            const auto name = subject->name("name");
            if (type && name) {
                review.subjectType = *type;
                reader.setRecord(QStringLiteral("%1 (%2 %3)").arg(path.text(), *type, quoted(*name)));
                const QSet<QString>* failed = *type == QLatin1String("connector")   ? &m_failedConnectors
                                              : *type == QLatin1String("skill")     ? &m_failedSkills
                                              : *type == QLatin1String("workspace") ? &m_failedWorkspaces
                                                                                    : nullptr;
                review.subjectId = *type == QLatin1String("connector")   ? m_session.connectorId(*name)
                                   : *type == QLatin1String("skill")     ? m_session.skillId(*name)
                                   : *type == QLatin1String("workspace") ? m_session.workspaceId(*name)
                                                                         : governanceIds.value(*name);
                if (review.subjectId == 0 && !(failed && failed->contains(*name)))
                    subject->error("name", *type == QLatin1String("governance")
                                               ? Tr::tr("governance objects are %1.")
                                                     .arg(keys<GovernanceKind>().join(QStringLiteral(", ")))
                                               : Tr::tr("there is no %1 named %2 in the inventory or in the import.")
                                                     .arg(*type, quoted(*name)));
            }
            subject->finish();
        }
        if (!reader.has("reviewed_on"))
            reader.error(Tr::tr("\u201creviewed_on\u201d is missing: the day the review took place."));
        if (const auto day = reader.date("reviewed_on")) {
            review.reviewedOn = *day;
            if (!day->isValid())
                reader.error("reviewed_on", Tr::tr("a review needs the day it took place."));
        }
        person(reader, "reviewer", review.reviewerId);
        const auto notes = reader.text("notes");
        review.notes = notes.value_or(QString());
        reader.finish();
        if (failedSince(errors))
            continue;
        const auto match = takeMatch(
            m_reviewsBefore, std::tuple{review.subjectType, review.subjectId, review.reviewedOn, review.reviewerId});
        if (!match) {
            write(reader, [&] { m_store.addReview(review); });
            m_report.count(QStringLiteral("reviews"), Outcome::Added);
        } else if (!notes || *notes == match->notes) {
            m_report.count(QStringLiteral("reviews"), Outcome::Unchanged);
        } else {
            review.id = match->id;
            write(reader, [&] { m_store.updateReview(review); });
            m_report.count(QStringLiteral("reviews"), Outcome::Updated);
        }
    }
}

void InventoryImport::requests()
{
    using Key = std::tuple<RequestKind, QString, QDate>;
    auto before = byKey<ForumRequest, Key>(m_store.requests(), [](const ForumRequest& r) {
        return Key{r.kind, r.title, r.requestedOn};
    });
    for (const auto& [path, value] : section("requests")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        const auto title = reader.name("title");
        if (!title)
            continue;
        reader.setRecord(label(path, *title));
        if (!reader.has("kind"))
            reader.error(
                Tr::tr("\u201ckind\u201d is missing: %1.").arg(keys<RequestKind>().join(QStringLiteral(", "))));
        const auto kind = reader.enumeration<RequestKind>("kind");
        const QDate requestedOn = reader.date("requested_on").value_or(QDate());
        const auto match = kind ? takeMatch(before, Key{*kind, *title, requestedOn}) : std::optional<ForumRequest>();
        ForumRequest r = match.value_or(ForumRequest());
        r.kind = kind.value_or(r.kind);
        r.title = *title;
        r.requestedOn = requestedOn;
        if (const auto description = reader.text("description"))
            r.description = *description;
        person(reader, "requested_by", r.requestedBy);
        if (const auto name = reader.reference("connector")) {
            r.connectorId = name->isEmpty() ? 0 : m_session.connectorId(*name);
            if (!name->isEmpty() && r.connectorId == 0 && !m_failedConnectors.contains(*name))
                reader.error(
                    "connector",
                    Tr::tr("there is no connector named %1 in the inventory or in the import.").arg(quoted(*name)));
        }
        if (const auto name = reader.reference("skill")) {
            r.skillId = name->isEmpty() ? 0 : m_session.skillId(*name);
            if (!name->isEmpty() && r.skillId == 0 && !m_failedSkills.contains(*name))
                reader.error(
                    "skill",
                    Tr::tr("there is no skill named %1 in the inventory or in the import.").arg(quoted(*name)));
        }
        if (const auto status = reader.enumeration<RequestStatus>("status"))
            r.status = *status;
        if (const auto names = reader.strings("deciders", true, true))
            r.deciders = people(reader, "deciders", *names);
        if (const auto day = reader.date("decided_on"))
            r.decidedOn = *day;
        if (const auto decision = reader.text("decision"))
            r.decision = *decision;
        reader.finish();
        if (failedSince(errors))
            continue;
        if (!match) {
            write(reader, [&] { m_store.addRequest(r); });
            m_report.count(QStringLiteral("requests"), Outcome::Added);
        } else if (r == *match) {
            m_report.count(QStringLiteral("requests"), Outcome::Unchanged);
        } else {
            write(reader, [&] { m_store.updateRequest(r); });
            m_report.count(QStringLiteral("requests"), Outcome::Updated);
        }
    }
}

void InventoryImport::incidents()
{
    using Key = std::tuple<QString, QDate>;
    auto before = byKey<Incident, Key>(m_store.incidents(), [](const Incident& i) {
        return Key{i.title, i.occurredOn};
    });
    for (const auto& [path, value] : section("incidents")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        const auto title = reader.name("title");
        if (!title)
            continue;
        reader.setRecord(label(path, *title));
        const QDate occurredOn = reader.date("occurred_on").value_or(QDate());
        const auto match = takeMatch(before, Key{*title, occurredOn});
        Incident incident = match.value_or(Incident());
        incident.title = *title;
        incident.occurredOn = occurredOn;
        person(reader, "reported_by", incident.reportedBy);
        if (const auto severity = reader.enumeration<Severity>("severity"))
            incident.severity = *severity;
        if (const auto status = reader.enumeration<IncidentStatus>("status"))
            incident.status = *status;
        const auto connectorId = [this](const QString& name) {
            return m_session.connectorId(name);
        };
        const auto workspaceId = [this](const QString& name) {
            return m_session.workspaceId(name);
        };
        if (const auto ids = links(reader, "connectors", Tr::tr("connector"), connectorId, m_failedConnectors))
            incident.connectorIds = *ids;
        if (const auto ids = links(reader, "workspaces", Tr::tr("workspace"), workspaceId, m_failedWorkspaces))
            incident.workspaceIds = *ids;
        // Exports of schema version 1 named one connector and one workspace.
        legacyLink(reader, "connector", Tr::tr("connector"), connectorId, m_failedConnectors, incident.connectorIds);
        legacyLink(reader, "workspace", Tr::tr("workspace"), workspaceId, m_failedWorkspaces, incident.workspaceIds);
        if (const auto description = reader.text("description"))
            incident.description = *description;
        if (const auto day = reader.date("resolved_on"))
            incident.resolvedOn = *day;
        if (const auto followUps = reader.strings("follow_ups")) {
            incident.followUps.clear();
            for (const QString& line : *followUps) {
                if (!line.trimmed().isEmpty())
                    incident.followUps.append(line.trimmed());
            }
        }
        reader.finish();
        if (failedSince(errors))
            continue;
        if (!match) {
            write(reader, [&] { m_store.addIncident(incident); });
            m_report.count(QStringLiteral("incidents"), Outcome::Added);
        } else if (incident == *match) {
            m_report.count(QStringLiteral("incidents"), Outcome::Unchanged);
        } else {
            write(reader, [&] { m_store.updateIncident(incident); });
            m_report.count(QStringLiteral("incidents"), Outcome::Updated);
        }
    }
}

std::vector<Id> InventoryImport::people(RecordReader& reader, const char* key, const QStringList& names)
{
    // In the order given: the first decider is the one recorded as a connector's approver.
    std::vector<Id> ids;
    for (const QString& name : names) {
        Id id = 0;
        write(reader, [&] { id = m_session.person(name.trimmed(), warnAt(reader, key)); });
        if (id != 0 && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

void InventoryImport::legacyLink(RecordReader& reader, const char* key, const QString& noun,
                                 const std::function<Id(const QString&)>& find, const QSet<QString>& failed,
                                 std::vector<Id>& ids)
{
    const auto name = reader.reference(key);
    if (!name || name->isEmpty())
        return;
    const Id id = find(*name);
    if (id == 0) {
        if (!failed.contains(*name))
            reader.error(key,
                         Tr::tr("there is no %1 named %2 in the inventory or in the import.").arg(noun, quoted(*name)));
        return;
    }
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
        std::sort(ids.begin(), ids.end());
    }
}

void InventoryImport::forumMeetings()
{
    using Key = QDate;
    auto before = byKey<ForumMeeting, Key>(m_store.forumMeetings(), [](const ForumMeeting& m) { return m.heldOn; });
    for (const auto& [path, value] : section("forum_meetings")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        if (!reader.has("held_on"))
            reader.error(Tr::tr("\u201cheld_on\u201d is missing: the day the forum met."));
        const QDate heldOn = reader.date("held_on").value_or(QDate());
        if (reader.has("held_on") && !heldOn.isValid())
            reader.error("held_on", Tr::tr("a forum meeting needs the day it was held."));
        reader.setRecord(label(path, heldOn.toString(Qt::ISODate)));
        const auto match = takeMatch(before, heldOn);
        ForumMeeting m = match.value_or(ForumMeeting());
        m.heldOn = heldOn;
        if (const auto names = reader.strings("attendees", true, true))
            m.attendees = people(reader, "attendees", *names);
        if (const auto notes = reader.text("notes"))
            m.notes = *notes;
        reader.finish();
        if (failedSince(errors))
            continue;
        if (!match) {
            write(reader, [&] { m_store.addForumMeeting(m); });
            m_report.count(QStringLiteral("forum_meetings"), Outcome::Added);
        } else if (m == *match) {
            m_report.count(QStringLiteral("forum_meetings"), Outcome::Unchanged);
        } else {
            write(reader, [&] { m_store.updateForumMeeting(m); });
            m_report.count(QStringLiteral("forum_meetings"), Outcome::Updated);
        }
    }
}

} // namespace steward::imports
