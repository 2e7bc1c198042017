// The inventory JSON importer's steps for the three inventories: connectors (through the editor's
// rules), skills and workspaces, with their scopes, tasks and links.
#include "import/inventoryimport.h"
#include "store/store.h"

#include <QCoreApplication>

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

// Scopes and tasks keep their ids when the same one comes back, so an unchanged list stays unchanged.
template <typename T, typename Key> void keepIds(std::vector<T>& wanted, const std::vector<T>& before, Key key)
{
    std::vector<bool> used(before.size(), false);
    for (T& item : wanted) {
        item.id = 0;
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (!used[i] && key(before[i]) == key(item)) {
                item.id = before[i].id;
                used[i] = true;
                break;
            }
        }
    }
}

} // namespace

void InventoryImport::connectors()
{
    QHash<QString, Connector> before;
    for (const Connector& c : m_store.connectors())
        before.insert(c.name, c);
    QHash<QString, QString> seen;
    for (const auto& [path, value] : section("connectors")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        const auto name = reader.name("name");
        if (!name)
            continue;
        reader.setRecord(label(path, *name));
        if (seen.contains(*name)) {
            reader.error("name",
                         Tr::tr("%1 is already at %2; each connector appears once.").arg(quoted(*name), seen[*name]));
            continue;
        }
        seen.insert(*name, path.text());
        const auto existing = before.constFind(*name);
        const Connector* old = existing != before.constEnd() ? &*existing : nullptr;
        Connector c = old ? *old : Connector();
        c.name = *name;
        if (const auto system = reader.text("system"))
            c.system = *system;
        if (const auto access = reader.enumeration<Access>("access"))
            c.access = *access;
        if (const auto scopes = reader.array("scopes")) {
            std::vector<OAuthScope> read;
            QSet<QString> strings;
            for (const auto& [at, item] : *scopes) {
                RecordReader entry = reader.element(at, *item);
                if (!entry.isObject())
                    continue;
                OAuthScope scope;
                if (const auto text = entry.name("scope")) {
                    scope.scope = *text;
                    if (strings.contains(*text))
                        entry.error("scope", Tr::tr("the scope %1 is listed twice.").arg(quoted(*text)));
                    strings.insert(*text);
                }
                if (const auto mode = entry.enumeration<ScopeMode>("mode"))
                    scope.mode = *mode;
                scope.justification = entry.text("justification").value_or(QString());
                entry.finish();
                read.push_back(scope);
            }
            keepIds(read, c.scopes, [](const OAuthScope& s) { return s.scope; });
            c.scopes = read;
        }
        if (const auto sensitivity = reader.enumeration<DataClass>("sensitivity"))
            c.sensitivity = *sensitivity;
        if (const auto external = reader.boolean("external"))
            c.external = *external;
        if (const auto tier = reader.integer("tier", 1, 3))
            c.tier = *tier;
        person(reader, "owner", c.ownerId);
        person(reader, "approved_by", c.approvedBy);
        if (const auto day = reader.date("approved_on"))
            c.approvedOn = *day;
        if (const auto status = reader.enumeration<ApprovalStatus>("status"))
            c.status = *status;
        person(reader, "widened_by", c.widenedBy);
        if (const auto day = reader.date("widened_on"))
            c.widenedOn = *day;
        if (std::optional<RecordReader> server = reader.object("server")) {
            if (const auto transport = server->enumeration<Transport>("transport"))
                c.server.transport = *transport;
            if (const auto command = server->text("command"))
                c.server.command = *command;
            if (const auto args = server->strings("args"))
                c.server.args = *args;
            if (const auto url = server->text("url"))
                c.server.url = *url;
            server->finish();
        }
        reviewState(reader, c.review);
        if (const auto notes = reader.text("notes"))
            c.notes = *notes;
        reader.finish();
        if (failedSince(errors)) {
            m_failedConnectors.insert(*name);
            continue;
        }
        Outcome outcome = Outcome::Unchanged;
        const ImportSession::Warn warn = [&reader](const QString& message) {
            reader.warning(message);
        };
        write(reader, [&] { m_session.writeConnector(c, old, warn, &outcome); });
        m_report.count(QStringLiteral("connectors"), outcome);
    }
}

void InventoryImport::skills()
{
    QHash<QString, Skill> before;
    for (const Skill& s : m_store.skills())
        before.insert(s.name, s);
    QHash<QString, QString> seen;
    const auto connectorId = [this](const QString& name) {
        return m_session.connectorId(name);
    };
    for (const auto& [path, value] : section("skills")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        const auto name = reader.name("name");
        if (!name)
            continue;
        reader.setRecord(label(path, *name));
        if (seen.contains(*name)) {
            reader.error("name",
                         Tr::tr("%1 is already at %2; each skill appears once.").arg(quoted(*name), seen[*name]));
            continue;
        }
        seen.insert(*name, path.text());
        const auto existing = before.constFind(*name);
        Skill s = existing != before.constEnd() ? *existing : Skill();
        s.name = *name;
        if (const auto use = reader.text("intended_use"))
            s.intendedUse = *use;
        if (const auto inputs = reader.text("inputs"))
            s.inputs = *inputs;
        if (const auto outputs = reader.text("outputs"))
            s.outputs = *outputs;
        person(reader, "owner", s.ownerId);
        if (const auto version = reader.text("version"))
            s.version = *version;
        if (const auto status = reader.enumeration<SkillStatus>("status"))
            s.status = *status;
        if (const auto present = reader.boolean("has_skill_md"))
            s.hasSkillMd = *present;
        if (const auto url = reader.text("skill_md_url"))
            s.skillMdUrl = *url;
        if (const auto day = reader.date("verified_on"))
            s.verifiedOn = *day;
        reviewState(reader, s.review);
        if (const auto notes = reader.text("notes"))
            s.notes = *notes;
        if (const auto ids = links(reader, "connectors", Tr::tr("connector"), connectorId, m_failedConnectors))
            s.connectorIds = *ids;
        reader.finish();
        if (failedSince(errors)) {
            m_failedSkills.insert(*name);
            continue;
        }
        if (existing == before.constEnd()) {
            write(reader, [&] { m_session.noteSkill(s.name, m_store.addSkill(s)); });
            m_report.count(QStringLiteral("skills"), Outcome::Added);
        } else if (s == *existing) {
            m_report.count(QStringLiteral("skills"), Outcome::Unchanged);
        } else {
            write(reader, [&] { m_store.updateSkill(s); });
            m_report.count(QStringLiteral("skills"), Outcome::Updated);
        }
    }
}

void InventoryImport::workspaces()
{
    QHash<QString, Workspace> before;
    for (const Workspace& w : m_store.workspaces())
        before.insert(w.name, w);
    QHash<QString, QString> seen;
    const auto connectorId = [this](const QString& name) {
        return m_session.connectorId(name);
    };
    const auto skillId = [this](const QString& name) {
        return m_session.skillId(name);
    };
    for (const auto& [path, value] : section("workspaces")) {
        RecordReader reader = record(path, *value);
        const int errors = m_report.errorCount();
        const auto name = reader.name("name");
        if (!name)
            continue;
        reader.setRecord(label(path, *name));
        if (seen.contains(*name)) {
            reader.error("name",
                         Tr::tr("%1 is already at %2; each workspace appears once.").arg(quoted(*name), seen[*name]));
            continue;
        }
        seen.insert(*name, path.text());
        const auto existing = before.constFind(*name);
        Workspace w = existing != before.constEnd() ? *existing : Workspace();
        w.name = *name;
        if (const auto purpose = reader.text("purpose"))
            w.purpose = *purpose;
        person(reader, "owner", w.ownerId);
        person(reader, "sponsor", w.sponsorId);
        if (const auto function = reader.text("function"))
            w.function = *function;
        if (const auto status = reader.enumeration<WorkspaceStatus>("status"))
            w.status = *status;
        if (const auto seats = reader.integer("seats", 0, 10'000'000))
            w.seats = *seats;
        if (const auto dataClass = reader.enumeration<DataClass>("data_class"))
            w.dataClass = *dataClass;
        if (const auto description = reader.text("data_description"))
            w.dataDescription = *description;
        if (const auto present = reader.boolean("has_claude_md"))
            w.hasClaudeMd = *present;
        if (const auto url = reader.text("claude_md_url"))
            w.claudeMdUrl = *url;
        if (const auto day = reader.date("memory_checked_on"))
            w.memoryCheckedOn = *day;
        if (const auto day = reader.date("pilot_started_on"))
            w.pilotStartedOn = *day;
        reviewState(reader, w.review);
        if (const auto notes = reader.text("notes"))
            w.notes = *notes;
        if (const auto tasks = reader.array("tasks")) {
            std::vector<ScheduledTask> read;
            for (const auto& [at, item] : *tasks) {
                RecordReader entry = reader.element(at, *item);
                if (!entry.isObject())
                    continue;
                ScheduledTask task;
                task.name = entry.name("name").value_or(QString());
                task.schedule = entry.text("schedule").value_or(QString());
                person(entry, "owner", task.ownerId);
                task.active = entry.boolean("active").value_or(true);
                entry.finish();
                read.push_back(task);
            }
            keepIds(read, w.tasks, [](const ScheduledTask& t) { return t.name; });
            w.tasks = read;
        }
        if (const auto ids = links(reader, "connectors", Tr::tr("connector"), connectorId, m_failedConnectors))
            w.connectorIds = *ids;
        if (const auto ids = links(reader, "skills", Tr::tr("skill"), skillId, m_failedSkills))
            w.skillIds = *ids;
        reader.finish();
        if (failedSince(errors)) {
            m_failedWorkspaces.insert(*name);
            continue;
        }
        if (existing == before.constEnd()) {
            write(reader, [&] { m_session.noteWorkspace(w.name, m_store.addWorkspace(w)); });
            m_report.count(QStringLiteral("workspaces"), Outcome::Added);
        } else if (w == *existing) {
            m_report.count(QStringLiteral("workspaces"), Outcome::Unchanged);
        } else {
            write(reader, [&] { m_store.updateWorkspace(w); });
            m_report.count(QStringLiteral("workspaces"), Outcome::Updated);
        }
    }
}

} // namespace steward::imports
