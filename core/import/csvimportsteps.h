#pragma once

#include "export/inventoryobject.h"
#include "import/csvtable.h"
#include "import/importsession.h"

#include <QHash>
#include <functional>

// The CSV importer's steps (import/csvimport.h says what they do), one per object: csvimport.cpp
// (people, requests, incidents, reviews), csvimportinventories.cpp (connectors, skills,
// workspaces) and csvimportdocuments.cpp (the policy and the RACI matrix). Every step runs inside
// the import's transaction.
namespace steward::imports {

class CsvImport
{
public:
    CsvImport(Store& store, CsvTable& table, ImportReport& report);
    void run(InventoryObject object);

private:
    // Runs one store write for `row`; a refusal becomes the row's error and ends the import.
    void write(CsvRow& row, const std::function<void()>& write);
    // A person by name: a present column replaces `id` ("" for nobody).
    void person(CsvRow& row, const char* column, Id& id);
    // cadence, last_reviewed and (withReviewer) last_reviewed_by.
    void review(CsvRow& row, ReviewState& state, bool withReviewer);
    // Names, one per line, resolved with `find`; an unknown name is an error.
    std::optional<std::vector<Id>> links(CsvRow& row, const char* column, const QString& noun,
                                         const std::function<Id(const QString&)>& find);
    // Whether `key` was in an earlier row (an error naming it); notes it otherwise.
    bool duplicate(CsvRow& row, const char* column, const QString& key, const QString& noun);
    // The header, requiring `required` columns; false (reported) when it cannot be used.
    bool header(InventoryObject object, const QStringList& required);
    bool failedSince(int errors) const { return m_report.errorCount() != errors; }

    void people();
    void connectors();
    void skills();
    void workspaces();
    void requests();
    void incidents();
    void reviews();
    void policy();
    void raci();

    Store& m_store;
    CsvTable& m_table;
    ImportReport& m_report;
    ImportSession m_session;
    QHash<QString, qint64> m_seen; // key → the row it was first in
};

} // namespace steward::imports
