#pragma once

#include "import/importsession.h"
#include "import/jsoninput.h"

#include <QSet>
#include <functional>
#include <map>
#include <tuple>

// The inventory JSON importer's steps (import/jsonimport.h says what they do), one per section:
// jsonimport.cpp (settings, people, cadences, governance objects), jsonimportinventories.cpp
// (connectors, skills, workspaces) and jsonimportforum.cpp (policy, RACI, reviews, requests,
// incidents, forum meetings). Every step runs inside the import's transaction.
namespace steward::imports {

// Thrown inside the transaction to roll it back once the report holds an error.
struct AbortImport
{
};

class InventoryImport
{
public:
    InventoryImport(Store& store, JsonDocument& document, ImportReport& report);
    void run();

private:
    using Elements = std::vector<std::pair<JsonPath, const Json*>>;

    // The elements of the list section `name` (an error when it is no list); empty when absent.
    Elements section(const char* name);
    // A reader for one element, named by its path until its name is known.
    RecordReader record(const JsonPath& path, const Json& value);
    static QString label(const JsonPath& path, const QString& name);
    // Runs one store write for the record `reader` reads; a refusal becomes the record's error and
    // ends the import.
    void write(RecordReader& reader, const std::function<void()>& write);
    ImportSession::Warn warnAt(RecordReader& reader, const char* key);
    // A person by name: a present member replaces `id` (null or "" for nobody).
    void person(RecordReader& reader, const char* key, Id& id);
    void reviewState(RecordReader& reader, ReviewState& state);
    // Names in a list member, resolved to ids with `find`; unknown names are errors.
    std::optional<std::vector<Id>> links(RecordReader& reader, const char* key, const QString& noun,
                                         const std::function<Id(const QString&)>& find, const QSet<QString>& failed);
    // People by name, in the given order, each once; unknown names are added (and warned about).
    std::vector<Id> people(RecordReader& reader, const char* key, const QStringList& names);
    // A single-name member of an older export (`key`), added to `ids` when present.
    void legacyLink(RecordReader& reader, const char* key, const QString& noun,
                    const std::function<Id(const QString&)>& find, const QSet<QString>& failed, std::vector<Id>& ids);
    bool failedSince(int errors) const { return m_report.errorCount() != errors; }

    void settings();
    void people();
    void cadences();
    void governance();
    void connectors();
    void skills();
    void workspaces();
    void policy();
    void raci();
    void reviews();
    void requests();
    void incidents();
    void forumMeetings();

    Store& m_store;
    JsonDocument& m_document;
    ImportReport& m_report;
    ImportSession m_session;
    const Json& m_root;
    // Records that failed: a later reference to one of them is not an error of its own.
    QSet<QString> m_failedConnectors;
    QSet<QString> m_failedSkills;
    QSet<QString> m_failedWorkspaces;
    // Reviews as the file held them before the import, to match the import's against.
    std::map<std::tuple<QString, Id, QDate, Id>, std::vector<Review>> m_reviewsBefore;
};

} // namespace steward::imports
