// bench_csv [ROWS]: the connectors CSV, both ways, as the commands a user runs.
// - Export: `steward export FILE --format csv --object connectors -o OUT` on the `steward demo FILE
//   --size ROWS` inventory, beside `sqlite3 -csv FILE 'select … from connectors'` writing the same
//   columns (owner and approver names, scopes joined by mode); target: at most 1.5 times as long.
// - Import: a synthesised connectors CSV of 100 000 rows (the demo's systems, scopes, owners and
//   approvers, every row following the tier rule) into an empty inventory with `steward import FILE
//   --format csv --object connectors`, beside `sqlite3 NEW.db '.import --csv FILE connectors'` of the
//   same file into an empty table; target: at most twice as long.
// Both print the times, the ratio, and how much of Steward's time is its own reading and writing of
// CSV (in process, without the store).
#include "export/csvexport.h"
#include "import/csvreader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {

constexpr int ImportRows = 100'000;

// Median of a few runs: one slow run (a cold cache, a busy machine) should not be the figure.
double medianMs(int runs, const std::function<bool()>& work, bool* ok, const std::function<void()>& before = {})
{
    std::vector<double> times;
    *ok = true;
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        QElapsedTimer timer;
        timer.start();
        *ok = work() && *ok;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool run(const QString& program, const QStringList& args, const QString& stdoutFile = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    else
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, args);
    return process.waitForFinished(900'000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The demo's mix, as a team's spreadsheet would hold it: a quarter read-write, every other row
// approved, owners and approvers from a directory of 300 people, tiers at their floor.
QByteArray synthesisedConnectors(int rows)
{
    struct System
    {
        const char* name;
        const char* read;
        const char* write;
        const char* sensitivity;
        bool external;
    };
    const System systems[] = {
        {"Salesforce", "api", "refresh_token", "confidential", false},
        {"Google Drive", "https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/drive.file",
         "internal", false},
        {"Slack", "channels:history", "chat:write", "internal", true},
        {"GitHub", "read:org", "repo", "internal", false},
        {"Jira", "read:jira-work", "write:jira-work", "internal", false},
        {"Zendesk", "tickets:read", "tickets:write", "confidential", true},
    };
    QByteArray csv("name,system,access,read_scopes,write_scopes,sensitivity,external,tier,owner,approved_by,"
                   "approved_on,status,cadence,last_reviewed,transport,endpoint,notes\r\n");
    csv.reserve(qsizetype(rows) * 200);
    for (int i = 0; i < rows; ++i) {
        const System& s = systems[std::size_t(i) % std::size(systems)];
        const bool write = i % 4 == 0;
        const bool sensitive = qstrcmp(s.sensitivity, "confidential") == 0;
        const int tier = write || sensitive ? 3 : s.external ? 2 : 1;
        const bool approved = i % 2 == 0;
        csv += QByteArray(s.name) + " connector " + QByteArray::number(i + 1) + ',' + s.name + ',' +
               (write ? "read-write," : "read-only,") + s.read + ',' + (write ? s.write : "") + ',' + s.sensitivity +
               ',' + (s.external ? "yes," : "no,") + QByteArray::number(tier) + ",Person " +
               QByteArray::number(i % 300) + ',' + (approved ? "Person " + QByteArray::number((i + 7) % 300) : "") +
               ',' + (approved ? "2026-03-01" : "") + ',' + (approved ? "approved" : "requested") +
               ",quarterly,2026-05-01,http,https://mcp.example.com/" + QByteArray::number(i + 1) + ",\r\n";
    }
    return csv;
}

// The same columns as Steward's connectors CSV, written by the database itself.
const char* const ConnectorsQuery =
    "select c.name, c.system_name, c.access,"
    " (select group_concat(scope, ' ') from connector_scopes s where s.connector_id = c.id and s.mode = 'read'),"
    " (select group_concat(scope, ' ') from connector_scopes s where s.connector_id = c.id and s.mode = 'write'),"
    " c.sensitivity, case c.external when 1 then 'yes' else 'no' end, c.tier,"
    " (select name from people p where p.id = c.owner_id), (select name from people p where p.id = c.approved_by),"
    " c.approved_on, c.status, c.cadence, c.last_reviewed_on, c.transport, coalesce(c.url, c.command), c.notes"
    " from connectors c order by c.id";

QString verdict(double ratio, double target)
{
    return ratio <= target ? QStringLiteral("ok") : QStringLiteral("OVER");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString rows = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("100000");
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString steward = QStringLiteral(STEWARD_BINARY);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    // Export
    const QString demo = dir.filePath(QStringLiteral("demo.steward"));
    if (!run(steward, {QStringLiteral("demo"), demo, QStringLiteral("--size"), rows})) {
        out << "bench_csv: steward demo failed" << Qt::endl;
        return 1;
    }
    const QString csvOut = dir.filePath(QStringLiteral("connectors.csv"));
    bool ok = false;
    const double exportMs = medianMs(
        5,
        [&] {
            return run(steward,
                       {QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--object"), QStringLiteral("connectors"), QStringLiteral("-o"), csvOut});
        },
        &ok);
    if (!ok) {
        out << "bench_csv: steward export failed" << Qt::endl;
        return 1;
    }
    qint64 connectorRows = 0;
    double inProcessMs = 0;
    double storeReadMs = 0;
    {
        const auto store = steward::Store::open(demo, steward::Store::Mode::ReadOnly);
        connectorRows = store->count(QStringLiteral("connectors"));
        bool same = true;
        inProcessMs = medianMs(
            5, [&] { return !steward::exports::csvExport(*store, steward::InventoryObject::Connectors).isEmpty(); },
            &same);
        storeReadMs = medianMs(
            5,
            [&] {
                qint64 n = 0;
                store->forEachConnectorText([&n](const steward::ConnectorText&) { ++n; });
                return n == connectorRows;
            },
            &same);
    }
    out << QStringLiteral("demo inventory: --size %1, %2 connectors; CSV %3 MB")
               .arg(rows)
               .arg(connectorRows)
               .arg(double(QFileInfo(csvOut).size()) / 1e6, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("steward export --format csv --object connectors   %1 ms (median of 5)")
               .arg(exportMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  of which the export itself                      %1 ms (in process, no file written)")
               .arg(inProcessMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral(
               "    of which reading the connectors               %1 ms (Store::forEachConnectorText, with their "
               "scopes)")
               .arg(storeReadMs, 8, 'f', 1)
        << Qt::endl;
    if (sqlite3.isEmpty()) {
        out << "sqlite3: skipped, no sqlite3 shell on PATH (packaging/dev bench installs it)" << Qt::endl;
        return 0;
    }
    const QString queryOut = dir.filePath(QStringLiteral("query.csv"));
    const double queryMs = medianMs(
        5,
        [&] {
            return run(sqlite3, {QStringLiteral("-csv"), demo, QString::fromLatin1(ConnectorsQuery)}, queryOut);
        },
        &ok);
    if (!ok) {
        out << "bench_csv: sqlite3 -csv failed" << Qt::endl;
        return 1;
    }
    const double exportRatio = exportMs / queryMs;
    out << QStringLiteral("sqlite3 -csv FILE 'select … from connectors'      %1 ms (median of 5, the same columns)")
               .arg(queryMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("ratio export / sqlite3 -csv                       %1 x    (target <= 1.5 x)  %2")
               .arg(exportRatio, 8, 'f', 2)
               .arg(verdict(exportRatio, 1.5))
        << Qt::endl;

    // Import
    const QString bigCsv = dir.filePath(QStringLiteral("connectors-100k.csv"));
    const QByteArray big = synthesisedConnectors(ImportRows);
    {
        QFile file(bigCsv);
        if (!file.open(QIODevice::WriteOnly) || file.write(big) != big.size()) {
            out << "bench_csv: cannot write the CSV" << Qt::endl;
            return 1;
        }
    }
    const QString target = dir.filePath(QStringLiteral("import.steward"));
    const double importMs = medianMs(
        3,
        [&] {
            return run(steward, {QStringLiteral("import"), target, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--object"), QStringLiteral("connectors"), bigCsv});
        },
        &ok,
        [&] {
            QFile::remove(target);
            run(steward, {QStringLiteral("new"), target, QStringLiteral("--template"), QStringLiteral("empty")});
        });
    if (!ok) {
        out << "bench_csv: steward import failed" << Qt::endl;
        return 1;
    }
    // Steward's own reading of the file, without the store: what is left is the store's writes
    // (rows, scopes, the audit trail with its hash chain).
    bool same = true;
    const double parseMs = medianMs(
        3,
        [&] {
            steward::csv::Reader reader(big);
            steward::csv::Record record;
            qint64 n = 0;
            while (reader.next(record))
                ++n;
            return n == ImportRows + 1;
        },
        &same);
    const QString db = dir.filePath(QStringLiteral("import.db"));
    const double sqliteImportMs = medianMs(
        3,
        [&] {
            return run(sqlite3, {db, QStringLiteral(".import --csv %1 connectors").arg(bigCsv)});
        },
        &ok, [&] { QFile::remove(db); });
    if (!ok) {
        out << "bench_csv: sqlite3 .import failed" << Qt::endl;
        return 1;
    }
    const double importRatio = importMs / sqliteImportMs;
    out << QStringLiteral("synthesised connectors CSV: %1 rows, %2 MB, into an empty inventory")
               .arg(ImportRows)
               .arg(double(big.size()) / 1e6, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("steward import --format csv --object connectors   %1 ms (median of 3)")
               .arg(importMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral(
               "  of which reading the CSV                        %1 ms (in process, csv::Reader alone; the rest is "
               "the store's writes and audit trail)")
               .arg(parseMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("sqlite3 NEW.db '.import --csv FILE connectors'   %1 ms (median of 3, into an empty table)")
               .arg(sqliteImportMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("ratio import / sqlite3 .import                    %1 x    (target <= 2 x)  %2")
               .arg(importRatio, 8, 'f', 2)
               .arg(verdict(importRatio, 2.0))
        << Qt::endl;
    return 0;
}
