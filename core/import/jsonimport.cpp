#include "import/jsonimport.h"

#include "export/jsonexport.h"
#include "import/inventoryimport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <set>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

const char* const Sections[] = {"schema_version", "settings", "people",     "cadences",      "governance",
                                "connectors",     "skills",   "workspaces", "policy",        "raci",
                                "reviews",        "requests", "incidents",  "forum_meetings"};

QString quoted(const QString& name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

} // namespace

ImportReport importInventoryJson(Store& store, const QByteArray& text)
{
    ImportReport report;
    JsonDocument document(text, report);
    if (document.ok()) {
        try {
            store.transaction([&] {
                InventoryImport(store, document, report).run();
                if (!report.ok())
                    throw AbortImport{};
            });
        } catch (const AbortImport&) {
            // Rolled back; the report says why.
        } catch (const StoreError& e) {
            report.fail({e.message()});
        } catch (const std::exception& e) { // out of memory, or anything unforeseen: still all or nothing
            report.fail({Tr::tr("the import stopped: %1").arg(QString::fromUtf8(e.what()))});
        }
        document.locateIssues();
    }
    if (!report.ok())
        report.clearCounts();
    return report;
}

InventoryImport::InventoryImport(Store& store, JsonDocument& document, ImportReport& report)
    : m_store(store)
    , m_document(document)
    , m_report(report)
    , m_session(store, report)
    , m_root(document.root())
{
}

void InventoryImport::run()
{
    if (!m_root.is_object()) {
        m_document.error({}, {}, {},
                         Tr::tr("expected a Steward inventory (an object), not %1.").arg(jsonTypeName(m_root)));
        return;
    }
    const auto version = m_root.find("schema_version");
    if (version == m_root.end()) {
        m_document.error({}, {}, {}, Tr::tr("this is no Steward inventory export: schema_version is missing."));
        return;
    }
    if (!version->is_number_integer() || version->get<std::int64_t>() < 1) {
        m_document.error(JsonPath().key("schema_version"), {}, QStringLiteral("schema_version"),
                         Tr::tr("expected a version number, 1 or more."));
        return;
    }
    if (version->get<std::int64_t>() > jsonexport::InventorySchemaVersion) {
        m_document.error(JsonPath().key("schema_version"), {}, QStringLiteral("schema_version"),
                         Tr::tr("this export is of schema version %1, from a newer Steward; this one reads version "
                                "%2. Import it with that Steward, or update this one.")
                             .arg(version->get<std::int64_t>())
                             .arg(jsonexport::InventorySchemaVersion));
        return;
    }
    for (const auto& member : m_root.items()) {
        const std::string& name = member.key();
        if (std::find_if(std::begin(Sections), std::end(Sections), [&](const char* s) { return name == s; }) ==
            std::end(Sections))
            m_document.warning(JsonPath().key(name), {}, keyLabel(name),
                               Tr::tr("Steward does not know this section; it was ignored."));
    }
    for (const Review& review : m_store.reviews())
        m_reviewsBefore[{review.subjectType, review.subjectId, review.reviewedOn, review.reviewerId}].push_back(review);

    // In the order rows refer to each other: people first, then what refers to them.
    settings();
    people();
    cadences();
    governance();
    connectors();
    skills();
    workspaces();
    policy();
    raci();
    reviews();
    requests();
    incidents();
    forumMeetings();
}

InventoryImport::Elements InventoryImport::section(const char* name)
{
    const auto it = m_root.find(name);
    if (it == m_root.end())
        return {};
    const JsonPath path = JsonPath().key(name);
    if (!it->is_array()) {
        m_document.error(path, {}, QString::fromLatin1(name),
                         Tr::tr("expected a list of records, not %1.").arg(jsonTypeName(*it)));
        return {};
    }
    Elements elements;
    elements.reserve(it->size());
    for (std::size_t i = 0; i < it->size(); ++i)
        elements.emplace_back(path.index(i), &(*it)[i]);
    return elements;
}

RecordReader InventoryImport::record(const JsonPath& path, const Json& value)
{
    return RecordReader(m_document, value, path, path.text(), path.size());
}

QString InventoryImport::label(const JsonPath& path, const QString& name)
{
    return QStringLiteral("%1 %2").arg(path.text(), quoted(name));
}

void InventoryImport::write(RecordReader& reader, const std::function<void()>& write)
{
    try {
        write();
    } catch (const StoreError& e) {
        reader.error(e.message());
        throw AbortImport{};
    }
}

ImportSession::Warn InventoryImport::warnAt(RecordReader& reader, const char* key)
{
    return [&reader, key](const QString& message) {
        reader.warning(key, message);
    };
}

void InventoryImport::person(RecordReader& reader, const char* key, Id& id)
{
    if (const auto name = reader.reference(key))
        write(reader, [&] { id = m_session.person(*name, warnAt(reader, key)); });
}

void InventoryImport::reviewState(RecordReader& reader, ReviewState& state)
{
    std::optional<RecordReader> review = reader.object("review");
    if (!review)
        return;
    if (const auto cadence = review->enumeration<Cadence>("cadence"))
        state.cadence = *cadence;
    if (const Json* days = review->take("cadence_days"); days && days->is_null())
        state.cadenceDays = 0;
    else if (const auto number = review->integer("cadence_days", 1, 3660))
        state.cadenceDays = *number;
    if (state.cadence != Cadence::Custom)
        state.cadenceDays = 0; // only a custom cadence has a period of its own
    else if (state.cadenceDays == 0)
        review->error("cadence_days", Tr::tr("a custom cadence needs its period: 1 to 3660 days."));
    person(*review, "last_reviewed_by", state.lastReviewedBy);
    if (const auto day = review->date("last_reviewed_on"))
        state.lastReviewedOn = *day;
    review->finish();
}

std::optional<std::vector<Id>> InventoryImport::links(RecordReader& reader, const char* key, const QString& noun,
                                                      const std::function<Id(const QString&)>& find,
                                                      const QSet<QString>& failed)
{
    const auto names = reader.strings(key, true, true);
    if (!names)
        return std::nullopt;
    std::vector<Id> ids;
    for (qsizetype i = 0; i < names->size(); ++i) {
        const QString name = names->at(i).trimmed();
        if (const Id id = find(name))
            ids.push_back(id);
        else if (!failed.contains(name))
            reader.error(reader.path().key(key).index(std::size_t(i)),
                         Tr::tr("there is no %1 named %2 in the inventory or in the import.").arg(noun, quoted(name)));
    }
    std::sort(ids.begin(), ids.end()); // the order the store keeps links in
    return ids;
}

void InventoryImport::settings()
{
    const auto it = m_root.find("settings");
    if (it == m_root.end())
        return;
    RecordReader reader(m_document, *it, JsonPath().key("settings"), QStringLiteral("settings"), 1);
    if (!reader.isObject())
        return;
    const int errors = m_report.errorCount();
    const ReviewSettings before = m_store.reviewSettings();
    ReviewSettings wanted = before;
    if (const auto days = reader.integer("due_soon_days", 0, ReviewSettings::maxDueSoonDays))
        wanted.dueSoonDays = *days;
    if (const auto weeks = reader.integer("pilot_weeks", 1, ReviewSettings::maxPilotWeeks))
        wanted.pilotWeeks = *weeks;
    reader.finish();
    if (failedSince(errors))
        return;
    if (wanted == before) {
        m_report.count(QStringLiteral("settings"), Outcome::Unchanged);
        return;
    }
    write(reader, [&] { m_store.setReviewSettings(wanted); });
    m_report.count(QStringLiteral("settings"), Outcome::Updated);
}

void InventoryImport::people()
{
    QHash<QString, Person> before;
    for (const Person& p : m_store.people())
        before.insert(p.name, p);
    QHash<QString, QString> seen; // name → where it was first
    for (const auto& [path, value] : section("people")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        const auto name = reader.name("name");
        if (!name)
            continue;
        reader.setRecord(label(path, *name));
        if (seen.contains(*name)) {
            reader.error("name",
                         Tr::tr("%1 is already at %2; each person appears once.").arg(quoted(*name), seen[*name]));
            continue;
        }
        seen.insert(*name, path.text());
        const auto existing = before.constFind(*name);
        Person p = existing != before.constEnd() ? *existing : Person();
        p.name = *name;
        if (const auto email = reader.text("email"))
            p.email = *email;
        if (const auto title = reader.text("title"))
            p.title = *title;
        if (const auto team = reader.text("team"))
            p.team = *team;
        if (const auto notes = reader.text("notes"))
            p.notes = *notes;
        reader.finish();
        if (failedSince(errors))
            continue;
        if (existing == before.constEnd()) {
            write(reader, [&] { m_session.notePerson(p.name, m_store.addPerson(p)); });
            m_report.count(QStringLiteral("people"), Outcome::Added);
        } else if (p == *existing) {
            m_report.count(QStringLiteral("people"), Outcome::Unchanged);
        } else {
            write(reader, [&] { m_store.updatePerson(p); });
            m_report.count(QStringLiteral("people"), Outcome::Updated);
        }
    }
}

void InventoryImport::cadences()
{
    const Elements elements = section("cadences");
    if (elements.empty())
        return;
    std::vector<CadenceDefinition> merged = m_store.cadences();
    const std::vector<CadenceDefinition> before = merged;
    std::optional<RecordReader> last;
    std::set<Cadence> seen;
    for (const auto& [path, value] : elements) {
        last.emplace(record(path, *value));
        RecordReader& reader = *last;
        const int errors = m_report.errorCount();
        if (!reader.isObject())
            continue;
        if (!reader.has("cadence")) {
            reader.error(Tr::tr("“cadence” is missing; every record of this kind needs one."));
            continue;
        }
        const auto cadence = reader.enumeration<Cadence>("cadence");
        if (!cadence)
            continue;
        reader.setRecord(label(path, key(*cadence)));
        if (seen.count(*cadence)) {
            reader.error("cadence", Tr::tr("the %1 cadence is described twice.").arg(key(*cadence)));
            continue;
        }
        seen.insert(*cadence);
        auto found = std::find_if(merged.begin(), merged.end(),
                                  [&](const CadenceDefinition& c) { return c.cadence == *cadence; });
        const bool added = found == merged.end();
        if (added)
            found = merged.insert(merged.end(), CadenceDefinition{0, *cadence, {}, {}});
        const CadenceDefinition old = *found;
        if (const auto title = reader.text("title"))
            found->title = *title;
        if (const auto agenda = reader.text("agenda"))
            found->agenda = *agenda;
        reader.finish();
        if (failedSince(errors))
            continue;
        m_report.count(QStringLiteral("cadences"),
                       added ? Outcome::Added : (old == *found ? Outcome::Unchanged : Outcome::Updated));
    }
    if (merged != before && m_report.ok()) {
        std::sort(merged.begin(), merged.end(),
                  [](const CadenceDefinition& a, const CadenceDefinition& b) { return a.cadence < b.cadence; });
        write(*last, [&] { m_store.setCadences(merged); });
    }
}

void InventoryImport::governance()
{
    std::set<GovernanceKind> seen;
    for (const auto& [path, value] : section("governance")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        if (!reader.isObject())
            continue;
        if (!reader.has("kind")) {
            reader.error(Tr::tr("\u201ckind\u201d is missing; every record of this kind needs one."));
            continue;
        }
        const auto kind = reader.enumeration<GovernanceKind>("kind");
        if (!kind)
            continue;
        reader.setRecord(label(path, key(*kind)));
        if (seen.count(*kind)) {
            reader.error("kind", Tr::tr("the %1 governance object appears twice.").arg(key(*kind)));
            continue;
        }
        seen.insert(*kind);
        const GovernanceObject before = m_store.governanceObject(*kind);
        GovernanceObject g = before;
        person(reader, "owner", g.ownerId);
        if (const auto location = reader.text("location"))
            g.location = *location;
        reviewState(reader, g.review);
        reader.finish();
        if (failedSince(errors))
            continue;
        if (g == before) {
            m_report.count(QStringLiteral("governance"), Outcome::Unchanged);
            continue;
        }
        write(reader, [&] { m_store.updateGovernanceObject(g); });
        m_report.count(QStringLiteral("governance"), Outcome::Updated);
    }
}

} // namespace steward::imports
