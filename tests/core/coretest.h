#pragma once

// Helpers shared by the core test executables: a store in a temporary directory that can be
// closed and reopened, a compact fingerprint of the audit trail, and QTest::toString overloads
// (found by argument-dependent lookup) so a failed QCOMPARE on a value type prints its fields, and
// builders for the store round-trip tests.

#include "domain/types.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <utility>
#include <vector>

namespace steward::test {

// One inventory file in its own temporary directory. reopen() closes the store first, so every
// read after it comes from the file, not from anything the Store object kept.
class TempInventory
{
public:
    TempInventory()
        : m_dir(makeTempDir())
        , m_path(m_dir->filePath(QStringLiteral("inventory.steward")))
    {
        m_store = Store::create(m_path);
    }

    Store& store() { return *m_store; }
    Store* operator->() { return m_store.get(); }
    const QString& path() const { return m_path; }
    QString dirPath() const { return m_dir->path(); }

    void close() { m_store.reset(); }
    Store& reopen(Store::Mode mode = Store::Mode::ReadWrite)
    {
        m_store.reset();
        m_store = Store::open(m_path, mode);
        return *m_store;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// seq and hash of every audit row: the hash covers every column, so equal fingerprints mean an
// identical trail.
inline std::vector<std::pair<qint64, QString>> auditFingerprint(const Store& store)
{
    std::vector<std::pair<qint64, QString>> result;
    for (const AuditEntry& entry : store.auditTrail())
        result.emplace_back(entry.seq, entry.hash);
    return result;
}

// The audit rows written after the first `skip` rows.
inline std::vector<AuditEntry> auditSince(const Store& store, std::size_t skip)
{
    const std::vector<AuditEntry> all = store.auditTrail();
    return skip >= all.size() ? std::vector<AuditEntry>()
                              : std::vector<AuditEntry>(all.begin() + qsizetype(skip), all.end());
}

inline QString metaAuditHead(Store& store)
{
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && query.next())
        return query.value(0).toString();
    return {};
}

// Every file in dir, for "nothing was left behind" checks (journals, locks, backups).
inline QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Joined problems, so a failed check shows every line verify() reported.
inline QString joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n'));
}

inline bool anyContains(const QStringList& lines, const QString& needle)
{
    for (const QString& line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace steward::test

namespace steward {

namespace detail {
inline QString ids(const std::vector<Id>& values)
{
    QStringList parts;
    for (Id id : values)
        parts.append(QString::number(id));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}
inline QString review(const ReviewState& r)
{
    return QStringLiteral("review{%1 %2 by %3}")
        .arg(key(r.cadence), r.lastReviewedOn.toString(Qt::ISODate))
        .arg(r.lastReviewedBy);
}
inline char* out(const QString& text)
{
    return qstrdup(text.toUtf8().constData());
}
} // namespace detail

inline char* toString(const Person& p)
{
    return detail::out(
        QStringLiteral("Person{%1 \"%2\" %3 | %4 | %5 | %6}").arg(p.id).arg(p.name, p.email, p.title, p.team, p.notes));
}

inline char* toString(const CadenceDefinition& c)
{
    return detail::out(QStringLiteral("Cadence{%1 %2 \"%3\" \"%4\"}").arg(c.id).arg(key(c.cadence), c.title, c.agenda));
}

inline char* toString(const GovernanceObject& g)
{
    return detail::out(QStringLiteral("GovernanceObject{%1 %2 owner %3 %4 %5}")
                           .arg(g.id)
                           .arg(key(g.kind))
                           .arg(g.ownerId)
                           .arg(g.location, detail::review(g.review)));
}

inline char* toString(const Connector& c)
{
    QStringList scopes;
    for (const OAuthScope& s : c.scopes)
        scopes.append(QStringLiteral("%1:%2:%3:%4").arg(s.id).arg(s.scope, key(s.mode), s.justification));
    return detail::out(
        QStringLiteral("Connector{%1 \"%2\" sys=%3 %4 sens=%5 ext=%6 tier=%7 owner=%8 appr=%9/%10 %11 widened=%12/%13 "
                       "server=%14|%15|%16|%17 %18 notes=%19 scopes=[%20]}")
            .arg(c.id)
            .arg(c.name, c.system, key(c.access), key(c.sensitivity))
            .arg(c.external)
            .arg(c.tier)
            .arg(c.ownerId)
            .arg(c.approvedBy)
            .arg(c.approvedOn.toString(Qt::ISODate), key(c.status))
            .arg(c.widenedBy)
            .arg(c.widenedOn.toString(Qt::ISODate), key(c.server.transport), c.server.command,
                 c.server.args.join(QLatin1Char(',')), c.server.url, detail::review(c.review), c.notes,
                 scopes.join(QStringLiteral("; "))));
}

inline char* toString(const Workspace& w)
{
    QStringList tasks;
    for (const ScheduledTask& t : w.tasks)
        tasks.append(QStringLiteral("%1:%2:%3:%4:%5").arg(t.id).arg(t.name, t.schedule).arg(t.ownerId).arg(t.active));
    return detail::out(
        QStringLiteral("Workspace{%1 \"%2\" %3 owner=%4 sponsor=%5 fn=%6 %7 seats=%8 %9 \"%10\" md=%11 %12 "
                       "mem=%13 %14 notes=%15 tasks=[%16] connectors=%17 skills=%18}")
            .arg(w.id)
            .arg(w.name, w.purpose)
            .arg(w.ownerId)
            .arg(w.sponsorId)
            .arg(w.function, key(w.status))
            .arg(w.seats)
            .arg(key(w.dataClass), w.dataDescription)
            .arg(w.hasClaudeMd)
            .arg(w.claudeMdUrl, w.memoryCheckedOn.toString(Qt::ISODate), detail::review(w.review), w.notes,
                 tasks.join(QStringLiteral("; ")), detail::ids(w.connectorIds), detail::ids(w.skillIds)));
}

inline char* toString(const Skill& s)
{
    return detail::out(QStringLiteral("Skill{%1 \"%2\" use=%3 in=%4 out=%5 owner=%6 v=%7 %8 md=%9 %10 verified=%11 %12 "
                                      "notes=%13 connectors=%14}")
                           .arg(s.id)
                           .arg(s.name, s.intendedUse, s.inputs, s.outputs)
                           .arg(s.ownerId)
                           .arg(s.version, key(s.status))
                           .arg(s.hasSkillMd)
                           .arg(s.skillMdUrl, s.verifiedOn.toString(Qt::ISODate), detail::review(s.review), s.notes,
                                detail::ids(s.connectorIds)));
}

inline char* toString(const Policy& p)
{
    QStringList classes;
    for (const DataClassRule& r : p.dataClasses)
        classes.append(QStringLiteral("%1=%2(%3)").arg(key(r.dataClass), key(r.permission), r.condition));
    QStringList tiers;
    for (const ReviewTier& t : p.reviewTiers)
        tiers.append(QStringLiteral("%1:%2/%3").arg(t.tier).arg(t.rule, t.control));
    QStringList sections;
    for (const PolicySection& s : p.sections)
        sections.append(QStringLiteral("%1:%2").arg(s.id).arg(s.title));
    return detail::out(
        QStringLiteral("Policy{\"%1\" v%2 %3 by %4 on %5 eff %6 groups=[%7] classes=[%8] prohibited=[%9] "
                       "tiers=[%10] optout=%11 retention=%12 audit=[%13] sections=[%14] history=%15}")
            .arg(p.title, p.version, key(p.status))
            .arg(p.approvedBy)
            .arg(p.approvedOn.toString(Qt::ISODate), p.effectiveOn.toString(Qt::ISODate),
                 p.allowedGroups.join(QLatin1Char(',')), classes.join(QLatin1Char(',')),
                 p.prohibitedUses.join(QLatin1Char(',')), tiers.join(QLatin1Char(',')), p.trainingOptOut, p.retention,
                 p.auditFields.join(QLatin1Char(',')))
            .arg(sections.join(QLatin1Char(',')))
            .arg(p.history.size()));
}

inline char* toString(const Raci& r)
{
    QStringList roles;
    for (const RaciRole& role : r.roles)
        roles.append(QStringLiteral("%1:%2").arg(role.id).arg(role.name));
    QStringList activities;
    for (const RaciActivity& activity : r.activities)
        activities.append(QStringLiteral("%1:%2").arg(activity.id).arg(activity.name));
    QStringList cells;
    for (const RaciCell& cell : r.cells)
        cells.append(QStringLiteral("(%1,%2)=%3").arg(cell.activity).arg(cell.role).arg(cell.letters));
    return detail::out(
        QStringLiteral("Raci{roles=[%1] activities=[%2] cells=[%3]}")
            .arg(roles.join(QLatin1Char(',')), activities.join(QLatin1Char(',')), cells.join(QLatin1Char(','))));
}

inline char* toString(const Review& r)
{
    return detail::out(QStringLiteral("Review{%1 %2 %3 on %4 by %5 \"%6\"}")
                           .arg(r.id)
                           .arg(r.subjectType)
                           .arg(r.subjectId)
                           .arg(r.reviewedOn.toString(Qt::ISODate))
                           .arg(r.reviewerId)
                           .arg(r.notes));
}

inline QString idList(const std::vector<Id>& ids)
{
    QStringList list;
    for (Id id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
}

inline char* toString(const ForumRequest& r)
{
    return detail::out(
        QStringLiteral("Request{%1 %2 \"%3\" \"%4\" by %5 on %6 %7 decided %8 \"%9\" connector %10 skill %11 "
                       "deciders [%12]}")
            .arg(r.id)
            .arg(key(r.kind), r.title, r.description)
            .arg(r.requestedBy)
            .arg(r.requestedOn.toString(Qt::ISODate), key(r.status), r.decidedOn.toString(Qt::ISODate), r.decision)
            .arg(r.connectorId)
            .arg(r.skillId)
            .arg(idList(r.deciders)));
}

inline char* toString(const Incident& i)
{
    return detail::out(
        QStringLiteral("Incident{%1 \"%2\" on %3 by %4 %5 %6 connectors [%7] workspaces [%8] \"%9\" resolved %10 "
                       "follow-ups [%11]}")
            .arg(i.id)
            .arg(i.title, i.occurredOn.toString(Qt::ISODate))
            .arg(i.reportedBy)
            .arg(key(i.severity), key(i.status), idList(i.connectorIds), idList(i.workspaceIds), i.description,
                 i.resolvedOn.toString(Qt::ISODate), i.followUps.join(QStringLiteral(" | "))));
}

inline char* toString(const ForumMeeting& m)
{
    return detail::out(QStringLiteral("ForumMeeting{%1 on %2 attendees [%3] \"%4\"}")
                           .arg(m.id)
                           .arg(m.heldOn.toString(Qt::ISODate), idList(m.attendees), m.notes));
}

} // namespace steward

// Builders for the round-trip tests: minimal people, connectors and skills, and a small world of two
// people, three connectors and two skills for workspaces, reviews and incidents to refer to.
// compareEach() comes after the toString overloads so a failed comparison prints both values.
namespace steward::test {

inline Person person(const QString& name, const QString& email = {}, const QString& team = {})
{
    Person p;
    p.name = name;
    p.email = email;
    p.team = team;
    return p;
}

inline Connector connector(const QString& name, Id owner = 0)
{
    Connector c;
    c.name = name;
    c.system = name + QStringLiteral(" Cloud");
    c.ownerId = owner;
    return c;
}

inline Skill skill(const QString& name, Id owner = 0)
{
    Skill s;
    s.name = name;
    s.intendedUse = QStringLiteral("Summarise ") + name;
    s.ownerId = owner;
    return s;
}

template <typename T> void compareEach(const std::vector<T>& actual, const std::vector<T>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QCOMPARE(actual[i], expected[i]);
}

struct World
{
    Id ada = 0;
    Id bob = 0;
    Id github = 0;
    Id slack = 0;
    Id jira = 0;
    Id digest = 0;
    Id triage = 0;
};

inline World makeWorld(Store& store)
{
    World w;
    w.ada = store.addPerson(person(QStringLiteral("Ada")));
    w.bob = store.addPerson(person(QStringLiteral("Bob")));
    w.github = store.addConnector(connector(QStringLiteral("GitHub"), w.ada));
    w.slack = store.addConnector(connector(QStringLiteral("Slack"), w.bob));
    w.jira = store.addConnector(connector(QStringLiteral("Jira"), w.bob));
    w.digest = store.addSkill(skill(QStringLiteral("Digest"), w.ada));
    w.triage = store.addSkill(skill(QStringLiteral("Triage"), w.bob));
    return w;
}

inline Workspace fullWorkspace(const World& world)
{
    Workspace w;
    w.name = QStringLiteral("Finance close");
    w.purpose = QStringLiteral("Month-end close assistance");
    w.ownerId = world.ada;
    w.sponsorId = world.bob;
    w.function = QStringLiteral("Finance");
    w.status = WorkspaceStatus::Active;
    w.seats = 12;
    w.dataClass = DataClass::Confidential;
    w.dataDescription = QStringLiteral("GL extracts, no payroll");
    w.hasClaudeMd = true;
    w.claudeMdUrl = QStringLiteral("https://git.example.org/finance/CLAUDE.md");
    w.memoryCheckedOn = QDate(2024, 5, 2);
    w.pilotStartedOn = QDate(2024, 1, 8);
    w.review = {Cadence::Custom, QDate(2024, 5, 1), world.bob, 45};
    w.notes = QStringLiteral("Graduated from pilot in April.");
    w.tasks = {{0, QStringLiteral("Reconcile"), QStringLiteral("weekdays 07:00"), world.ada, true},
               {0, QStringLiteral("Variance report"), QStringLiteral("0 6 1 * *"), 0, false}};
    w.connectorIds = {world.github, world.jira};
    w.skillIds = {world.digest, world.triage};
    return w;
}

} // namespace steward::test
