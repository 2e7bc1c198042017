#pragma once

#include "domain/types.h"
#include "import/importreport.h"

#include <QHash>
#include <QString>
#include <functional>

namespace steward {

class Store;

namespace imports {

// What every importer does the same way while it writes, inside the import's one transaction:
// people found by name (an unknown name is added to the directory, with a warning), rows of the
// main tables found by name, and connectors written through the editor's rules.
class ImportSession
{
public:
    using Warn = std::function<void(const QString& message)>;

    ImportSession(Store& store, ImportReport& report);

    Store& store() { return m_store; }
    ImportReport& report() { return m_report; }

    // The person called `name` (0 for ""), added to the directory if unknown: counted as an added
    // person and warned about, since a misspelt name makes a second person.
    Id person(const QString& name, const Warn& warn);
    void notePerson(const QString& name, Id id);

    // Ids by name of what the file holds and the import added so far; 0 when unknown.
    Id connectorId(const QString& name) const { return m_connectors.value(name); }
    Id skillId(const QString& name) const { return m_skills.value(name); }
    Id workspaceId(const QString& name) const { return m_workspaces.value(name); }
    void noteSkill(const QString& name, Id id) { m_skills.insert(name, id); }
    void reserveConnectors(qsizetype more) { m_connectors.reserve(m_connectors.size() + more); }
    void noteWorkspace(const QString& name, Id id) { m_workspaces.insert(name, id); }

    // Writes `wanted` as the editor would (Store::WriteMode::Edit): a new connector when `existing`
    // is null, else an edit of it. A tier below its floor is raised to it first, with a warning, so
    // the import comes in whole and corrected; widening an approved connector (read-write, a new or
    // a wider scope) leaves it pending re-approval, with a warning. Nothing is written when `wanted`
    // equals `existing`. Returns the connector's id.
    Id writeConnector(Connector wanted, const Connector* existing, const Warn& warn, Outcome* outcome);

private:
    Store& m_store;
    ImportReport& m_report;
    QHash<QString, Id> m_people;
    QHash<QString, Id> m_connectors;
    QHash<QString, Id> m_skills;
    QHash<QString, Id> m_workspaces;
};

} // namespace imports
} // namespace steward
