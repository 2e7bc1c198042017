#pragma once

// Shared by the CSV import and round-trip tests: the sample inventory built for a fixed day (so
// exports are the same every run), made consistent with the tier rule, and an import that checks
// what every refused import must leave behind: the file byte for byte, the inventory as its JSON
// export shows it, and a report without counts.

#include "coretest.h"
#include "export/csvexport.h"
#include "export/jsonexport.h"
#include "import/csvimport.h"
#include "templates/templates.h"

namespace steward::test {

inline const QDate SampleDay(2026, 11, 22);

// The sample keeps one connector below its floor on purpose (lint has it to report); raised to it
// here, so that an import of its own export has nothing to correct.
inline void fillConsistentSample(Store& store)
{
    templates::fillSample(store, SampleDay);
    for (Connector c : store.connectors()) {
        if (c.tier < 3 && c.name == QLatin1String("HubSpot")) {
            c.tier = 3;
            store.updateConnector(c);
        }
    }
}

inline QString issuesText(const imports::ImportReport& report)
{
    QStringList lines;
    for (const imports::ImportIssue& issue : report.errors())
        lines.append(QStringLiteral("error: ") + imports::issueText(QStringLiteral("in.csv"), issue));
    for (const imports::ImportIssue& issue : report.warnings())
        lines.append(QStringLiteral("warning: ") + imports::issueText(QStringLiteral("in.csv"), issue));
    return lines.join(QLatin1Char('\n'));
}

// Imports `csv` into `inventory`; when the import is refused, checks (QVERIFY) that nothing changed.
inline imports::ImportReport importChecked(TempInventory& inventory, InventoryObject object, const QByteArray& csv)
{
    const QByteArray json = jsonexport::inventoryJson(inventory.store());
    inventory.close();
    const QByteArray bytes = fileBytes(inventory.path());
    inventory.reopen();
    const imports::ImportReport report = imports::importCsv(inventory.store(), object, csv);
    if (!report.ok()) {
        if (jsonexport::inventoryJson(inventory.store()) != json)
            QTest::qFail("a refused import changed the inventory", __FILE__, __LINE__);
        inventory.close();
        if (fileBytes(inventory.path()) != bytes)
            QTest::qFail("a refused import changed the file", __FILE__, __LINE__);
        inventory.reopen();
        if (!report.objects().empty())
            QTest::qFail("a refused import kept its counts", __FILE__, __LINE__);
    }
    return report;
}

} // namespace steward::test
