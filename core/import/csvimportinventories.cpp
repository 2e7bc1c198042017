// The CSV importer's steps for the three inventories: connectors (through the editor's rules),
// skills and workspaces, with their scopes, tasks and links.
#include "export/csvvalues.h"
#include "import/csvimportsteps.h"
#include "rules/connectorrules.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

// The scopes of one mode a column lists; an error for one listed twice.
std::optional<QStringList> scopeList(CsvRow& row, const char* column)
{
    const auto text = row.text(column);
    if (!text)
        return std::nullopt;
    const QStringList scopes = csvvalues::splitScopes(*text);
    // A cell lists a scope or two: compared in place, a set only for a long list.
    constexpr qsizetype few = 16;
    QSet<QString> seen;
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString& scope = scopes[i];
        const bool twice = scopes.size() <= few
                               ? std::find(scopes.cbegin(), scopes.cbegin() + i, scope) != scopes.cbegin() + i
                               : seen.contains(scope);
        if (twice) {
            row.error(column, Tr::tr("the scope %1 is listed twice.").arg(quotedValue(scope)));
            return std::nullopt;
        }
        if (scopes.size() > few)
            seen.insert(scope);
    }
    return scopes;
}

// The connector's scopes as the two columns give them (a column the file lacks keeps the scopes of
// its mode). Scopes it holds keep their place and justification (the CSV has no column for it),
// new ones follow in the file's order, reads first: an unchanged file changes nothing.
void readScopes(CsvRow& row, Connector& c)
{
    const bool readGiven = row.has("read_scopes");
    const bool writeGiven = row.has("write_scopes");
    if (!readGiven && !writeGiven)
        return;
    const auto readList = scopeList(row, "read_scopes");
    const auto writeList = scopeList(row, "write_scopes");
    if ((readGiven && !readList) || (writeGiven && !writeList))
        return;
    if (c.scopes.empty()) {
        // A connector without scopes yet (every new one): what follows comes down to the lists as
        // given, reads first, without the sets it needs to keep held scopes in place.
        const QStringList reads = readList.value_or(QStringList());
        const QStringList writes = writeList.value_or(QStringList());
        if (readList && writeList) {
            const QSet<QString> writeSet =
                writes.size() > 16 ? QSet<QString>(writes.begin(), writes.end()) : QSet<QString>();
            for (const QString& scope : reads) {
                if (writes.size() > 16 ? writeSet.contains(scope) : writes.contains(scope)) {
                    row.error("write_scopes", Tr::tr("the scope %1 is listed both to read and to write: list it in "
                                                     "one of read_scopes and write_scopes.")
                                                  .arg(quotedValue(scope)));
                    return;
                }
            }
        }
        c.scopes.reserve(std::size_t(reads.size() + writes.size()));
        for (const QString& scope : reads)
            c.scopes.push_back({0, scope, ScopeMode::Read, {}});
        for (const QString& scope : writes)
            c.scopes.push_back({0, scope, ScopeMode::Write, {}});
        return;
    }
    QStringList reads;
    QStringList writes;
    for (const OAuthScope& scope : c.scopes)
        (scope.mode == ScopeMode::Write ? writes : reads).append(scope.scope);
    if (readList)
        reads = *readList;
    if (writeList)
        writes = *writeList;
    const QSet<QString> readSet(reads.begin(), reads.end());
    const QSet<QString> writeSet(writes.begin(), writes.end());
    // What the file lists wins over what a column it lacks would keep.
    QHash<QString, ScopeMode> modes;
    for (const QString& scope : std::as_const(reads)) {
        if (writeSet.contains(scope) && readList && writeList) {
            row.error("write_scopes", Tr::tr("the scope %1 is listed both to read and to write: list it in one of "
                                             "read_scopes and write_scopes.")
                                          .arg(quotedValue(scope)));
            return;
        }
        if (!writeSet.contains(scope) || readList)
            modes.insert(scope, ScopeMode::Read);
    }
    for (const QString& scope : std::as_const(writes)) {
        if (!readSet.contains(scope) || writeList)
            modes.insert(scope, ScopeMode::Write);
    }
    std::vector<OAuthScope> scopes;
    QSet<QString> placed;
    for (const OAuthScope& held : c.scopes) {
        const auto mode = modes.constFind(held.scope);
        if (mode == modes.constEnd() || placed.contains(held.scope))
            continue;
        OAuthScope scope = held;
        scope.mode = *mode;
        scopes.push_back(scope);
        placed.insert(held.scope);
    }
    for (const QStringList* list : {&reads, &writes}) {
        for (const QString& scope : *list) {
            if (!placed.contains(scope) &&
                modes.value(scope) == (list == &reads ? ScopeMode::Read : ScopeMode::Write)) {
                scopes.push_back({0, scope, modes.value(scope), {}});
                placed.insert(scope);
            }
        }
    }
    c.scopes = scopes;
}

void readServer(CsvRow& row, Connector& c)
{
    if (const auto text = row.text("transport")) {
        const QString word = text->trimmed().toLower();
        if (const auto transport = parse<Transport>(word))
            c.server.transport = *transport;
        else
            row.error("transport",
                      Tr::tr("%1 is not one of stdio, http, sse, or empty when unknown.").arg(quotedValue(*text)));
    }
    if (const auto endpoint = row.text("endpoint"))
        csvvalues::setEndpoint(c.server, *endpoint);
}

// Scheduled tasks keep their ids when the same one comes back, so an unchanged list stays unchanged.
void keepTaskIds(std::vector<ScheduledTask>& wanted, const std::vector<ScheduledTask>& before)
{
    std::vector<bool> used(before.size(), false);
    for (ScheduledTask& task : wanted) {
        task.id = 0;
        for (std::size_t i = 0; i < before.size(); ++i) {
            if (!used[i] && before[i].name == task.name) {
                task.id = before[i].id;
                used[i] = true;
                break;
            }
        }
    }
}

} // namespace

void CsvImport::connectors()
{
    if (!header(InventoryObject::Connectors, {QStringLiteral("name")}))
        return;
    QHash<QString, Connector> before;
    for (Connector& c : m_store.connectors())
        before.insert(c.name, std::move(c));
    m_seen.reserve(m_seen.size() + m_table.rowsHint());
    m_session.reserveConnectors(m_table.rowsHint());
    const QString noun = Tr::tr("connector");
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        const auto name = row.name("name");
        if (!name)
            continue;
        row.setName(*name);
        if (duplicate(row, "name", *name, noun))
            continue;
        const auto existing = before.constFind(*name);
        const Connector* old = existing != before.constEnd() ? &*existing : nullptr;
        Connector c = old ? *old : Connector();
        c.name = *name;
        if (const auto system = row.text("system"))
            c.system = *system;
        if (const auto access = row.enumeration<Access>("access"))
            c.access = *access;
        readScopes(row, c);
        if (const auto sensitivity = row.enumeration<DataClass>("sensitivity"))
            c.sensitivity = *sensitivity;
        if (const auto external = row.yesNo("external"))
            c.external = *external;
        const auto tier = row.integer("tier", 1, 3);
        if (tier)
            c.tier = *tier;
        person(row, "owner", c.ownerId);
        person(row, "approved_by", c.approvedBy);
        if (const auto day = row.date("approved_on"))
            c.approvedOn = *day;
        if (const auto status = row.enumeration<ApprovalStatus>("status"))
            c.status = *status;
        review(row, c.review, false);
        readServer(row, c);
        if (const auto notes = row.text("notes"))
            c.notes = *notes;
        if (failedSince(errors))
            continue;
        if (!old && !tier)
            c.tier = rules::tierFloor(c); // a new connector without a tier starts at its floor
        Outcome outcome = Outcome::Unchanged;
        const ImportSession::Warn warn = [&row](const QString& message) {
            row.warning(message);
        };
        write(row, [&] { m_session.writeConnector(std::move(c), old, warn, &outcome); });
        m_report.count(QStringLiteral("connectors"), outcome);
    }
}

void CsvImport::skills()
{
    if (!header(InventoryObject::Skills, {QStringLiteral("name")}))
        return;
    QHash<QString, Skill> before;
    for (Skill& s : m_store.skills())
        before.insert(s.name, std::move(s));
    const auto connectorId = [this](const QString& name) {
        return m_session.connectorId(name);
    };
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        const auto name = row.name("name");
        if (!name)
            continue;
        row.setName(*name);
        if (duplicate(row, "name", *name, Tr::tr("skill")))
            continue;
        const auto existing = before.constFind(*name);
        Skill s = existing != before.constEnd() ? *existing : Skill();
        s.name = *name;
        if (const auto use = row.text("intended_use"))
            s.intendedUse = *use;
        if (const auto inputs = row.text("inputs"))
            s.inputs = *inputs;
        if (const auto outputs = row.text("outputs"))
            s.outputs = *outputs;
        person(row, "owner", s.ownerId);
        if (const auto version = row.text("version"))
            s.version = *version;
        if (const auto status = row.enumeration<SkillStatus>("status"))
            s.status = *status;
        if (const auto ids = links(row, "connectors", Tr::tr("connector"), connectorId))
            s.connectorIds = *ids;
        if (const auto present = row.yesNo("has_skill_md"))
            s.hasSkillMd = *present;
        if (const auto url = row.text("skill_md_url"))
            s.skillMdUrl = url->trimmed();
        if (const auto day = row.date("verified_on"))
            s.verifiedOn = *day;
        review(row, s.review, true);
        if (const auto notes = row.text("notes"))
            s.notes = *notes;
        if (failedSince(errors))
            continue;
        if (existing == before.constEnd()) {
            write(row, [&] { m_session.noteSkill(s.name, m_store.addSkill(s)); });
            m_report.count(QStringLiteral("skills"), Outcome::Added);
        } else if (s == *existing) {
            m_report.count(QStringLiteral("skills"), Outcome::Unchanged);
        } else {
            write(row, [&] { m_store.updateSkill(s); });
            m_report.count(QStringLiteral("skills"), Outcome::Updated);
        }
    }
}

void CsvImport::workspaces()
{
    if (!header(InventoryObject::Workspaces, {QStringLiteral("name")}))
        return;
    QHash<QString, Workspace> before;
    for (Workspace& w : m_store.workspaces())
        before.insert(w.name, std::move(w));
    const auto connectorId = [this](const QString& name) {
        return m_session.connectorId(name);
    };
    const auto skillId = [this](const QString& name) {
        return m_session.skillId(name);
    };
    csv::Record record;
    while (m_table.next(record)) {
        CsvRow row(m_table, record);
        const int errors = m_report.errorCount();
        const auto name = row.name("name");
        if (!name)
            continue;
        row.setName(*name);
        if (duplicate(row, "name", *name, Tr::tr("workspace")))
            continue;
        const auto existing = before.constFind(*name);
        Workspace w = existing != before.constEnd() ? *existing : Workspace();
        w.name = *name;
        if (const auto purpose = row.text("purpose"))
            w.purpose = *purpose;
        person(row, "owner", w.ownerId);
        person(row, "sponsor", w.sponsorId);
        if (const auto function = row.text("function"))
            w.function = *function;
        if (const auto status = row.enumeration<WorkspaceStatus>("status"))
            w.status = *status;
        if (const auto seats = row.integer("seats", 0, 10'000'000))
            w.seats = *seats;
        if (const auto dataClass = row.enumeration<DataClass>("data_class"))
            w.dataClass = *dataClass;
        if (const auto description = row.text("data_description"))
            w.dataDescription = *description;
        if (const auto present = row.yesNo("has_claude_md"))
            w.hasClaudeMd = *present;
        if (const auto url = row.text("claude_md_url"))
            w.claudeMdUrl = url->trimmed();
        if (const auto day = row.date("pilot_started_on"))
            w.pilotStartedOn = *day;
        if (const auto day = row.date("memory_checked_on"))
            w.memoryCheckedOn = *day;
        if (const auto ids = links(row, "connectors", Tr::tr("connector"), connectorId))
            w.connectorIds = *ids;
        if (const auto ids = links(row, "skills", Tr::tr("skill"), skillId))
            w.skillIds = *ids;
        if (const auto text = row.text("tasks")) {
            std::vector<ScheduledTask> tasks;
            for (const QString& line : csvvalues::splitLines(*text)) {
                const auto parts = csvvalues::parseTaskLine(line);
                if (!parts) {
                    row.error("tasks", Tr::tr("%1 is not a task: write each on its own line as \u201cname | schedule "
                                              "| owner | yes\u201d (a pipe inside a part as \\|).")
                                           .arg(quotedValue(line)));
                    continue;
                }
                if (parts->name.isEmpty()) {
                    row.error("tasks", Tr::tr("the task %1 has no name.").arg(quotedValue(line)));
                    continue;
                }
                ScheduledTask task;
                task.name = parts->name;
                task.schedule = parts->schedule;
                write(row, [&] {
                    task.ownerId =
                        m_session.person(parts->owner, [&row](const QString& m) { row.warning("tasks", m); });
                });
                if (!parts->active.isEmpty()) {
                    const auto active = csvvalues::parseYesNo(parts->active);
                    if (!active)
                        row.error("tasks", Tr::tr("the task %1 says %2 where it says whether it is active: yes or no.")
                                               .arg(quotedValue(parts->name), quotedValue(parts->active)));
                    task.active = active.value_or(true);
                }
                tasks.push_back(task);
            }
            keepTaskIds(tasks, w.tasks);
            w.tasks = tasks;
        }
        review(row, w.review, true);
        if (const auto notes = row.text("notes"))
            w.notes = *notes;
        if (failedSince(errors))
            continue;
        if (existing == before.constEnd()) {
            write(row, [&] { m_session.noteWorkspace(w.name, m_store.addWorkspace(w)); });
            m_report.count(QStringLiteral("workspaces"), Outcome::Added);
        } else if (w == *existing) {
            m_report.count(QStringLiteral("workspaces"), Outcome::Unchanged);
        } else {
            write(row, [&] { m_store.updateWorkspace(w); });
            m_report.count(QStringLiteral("workspaces"), Outcome::Updated);
        }
    }
}

} // namespace steward::imports
