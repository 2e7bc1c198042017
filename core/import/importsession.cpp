#include "import/importsession.h"

#include "rules/connectorrules.h"
#include "store/store.h"

#include <QCoreApplication>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

QHash<QString, Id> byName(const std::vector<NamedId>& rows)
{
    QHash<QString, Id> ids;
    ids.reserve(qsizetype(rows.size()));
    for (const NamedId& row : rows)
        ids.insert(row.name, row.id);
    return ids;
}

} // namespace

ImportSession::ImportSession(Store& store, ImportReport& report)
    : m_store(store)
    , m_report(report)
    , m_people(byName(store.personNames()))
    , m_connectors(byName(store.connectorNames()))
    , m_skills(byName(store.skillNames()))
    , m_workspaces(byName(store.workspaceNames()))
{
}

Id ImportSession::person(const QString& name, const Warn& warn)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    if (const auto it = m_people.constFind(trimmed); it != m_people.constEnd())
        return *it;
    Person added;
    added.name = trimmed;
    const Id id = m_store.addPerson(added);
    m_people.insert(trimmed, id);
    m_report.count(QStringLiteral("people"), Outcome::Added);
    warn(Tr::tr("\u201c%1\u201d was not in the people directory and has been added to it.").arg(trimmed));
    return id;
}

void ImportSession::notePerson(const QString& name, Id id)
{
    m_people.insert(name, id);
}

Id ImportSession::writeConnector(Connector wanted, const Connector* existing, const Warn& warn, Outcome* outcome)
{
    const int floor = rules::tierFloor(wanted);
    if (wanted.tier < floor) {
        warn(Tr::tr("tier %1 is below the floor for this connector, tier %2 (%3): raised to %2.")
                 .arg(wanted.tier)
                 .arg(floor)
                 .arg(rules::floorReason(wanted)));
        wanted.tier = floor;
    }
    if (!existing) {
        wanted.id = m_store.addConnector(wanted, Store::WriteMode::Edit);
        m_connectors.insert(wanted.name, wanted.id);
        *outcome = Outcome::Added;
        return wanted.id;
    }
    wanted.id = existing->id;
    if (wanted == *existing) {
        *outcome = Outcome::Unchanged;
        return wanted.id;
    }
    m_store.updateConnector(wanted, Store::WriteMode::Edit);
    if (existing->name != wanted.name) {
        m_connectors.remove(existing->name);
        m_connectors.insert(wanted.name, wanted.id);
    }
    // The rules may have had their say: what was stored is what the report speaks of.
    const auto stored = m_store.connector(wanted.id);
    if (stored && stored->status == ApprovalStatus::PendingReapproval && wanted.status != stored->status)
        warn(Tr::tr("this widens the approved connector (%1): it is now pending re-approval, as after any widening.")
                 .arg(wanted.access == Access::ReadWrite && existing->access == Access::ReadOnly
                          ? Tr::tr("read-only becomes read-write")
                          : Tr::tr("a scope it did not hold, or writing where it read")));
    *outcome = Outcome::Updated;
    return wanted.id;
}

} // namespace steward::imports
