// bench_export [ROWS]: `steward export FILE --format json` on the `steward demo FILE --size ROWS`
// inventory, beside `sqlite3 FILE .dump` of the same file (the database's own text dump, the floor
// for "the whole file as text"), both run as the commands a user runs; target: at most twice as long.
#include "export/jsonexport.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {

// Median of a few runs: one slow run (a cold cache, a busy machine) should not be the figure.
double medianMs(int runs, const std::function<bool()>& work, bool* ok)
{
    std::vector<double> times;
    *ok = true;
    for (int i = 0; i < runs; ++i) {
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
    process.start(program, args);
    return process.waitForFinished(600'000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString rows = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("100000");
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.steward"));
    const QString steward = QStringLiteral(STEWARD_BINARY);
    if (!run(steward, {QStringLiteral("demo"), path, QStringLiteral("--size"), rows})) {
        out << "bench_export: steward demo failed" << Qt::endl;
        return 1;
    }
    const QString json = dir.filePath(QStringLiteral("bench.json"));
    bool ok = false;
    const double exportMs = medianMs(
        5,
        [&] {
            return run(steward, {QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("-o"), json});
        },
        &ok);
    if (!ok) {
        out << "bench_export: steward export failed" << Qt::endl;
        return 1;
    }
    // The same export in this process, without starting a program or writing a file: the part
    // that is Steward's own code.
    std::size_t bytes = 0;
    const auto store = steward::Store::open(path, steward::Store::Mode::ReadOnly);
    bool same = true;
    const double inProcessMs = medianMs(
        5, [&] { return (bytes = std::size_t(steward::jsonexport::inventoryJson(*store).size())) > 0; }, &same);

    out << QStringLiteral("demo inventory: --size %1, %2 MB; JSON export %3 MB")
               .arg(rows)
               .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
               .arg(double(bytes) / 1e6, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("steward export --format json -o OUT   %1 ms (median of 5)").arg(exportMs, 8, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  of which the export itself          %1 ms (in process, no file written)")
               .arg(inProcessMs, 8, 'f', 1)
        << Qt::endl;

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "sqlite3 FILE .dump                     skipped: no sqlite3 shell on PATH (packaging/dev bench "
               "installs it)"
            << Qt::endl;
        return 0;
    }
    const QString dump = dir.filePath(QStringLiteral("bench.sql"));
    const double dumpMs = medianMs(
        5,
        [&] {
            return run(sqlite3, {path, QStringLiteral(".dump")}, dump);
        },
        &ok);
    if (!ok) {
        out << "bench_export: sqlite3 .dump failed" << Qt::endl;
        return 1;
    }
    const double ratio = exportMs / dumpMs;
    out << QStringLiteral("sqlite3 FILE .dump > OUT               %1 ms (median of 5), %2 MB")
               .arg(dumpMs, 8, 'f', 1)
               .arg(double(QFileInfo(dump).size()) / 1e6, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("ratio export / dump                    %1 x    (target <= 2 x)  %2")
               .arg(ratio, 8, 'f', 2)
               .arg(ratio <= 2.0 ? QStringLiteral("ok") : QStringLiteral("OVER"))
        << Qt::endl;
    return 0;
}
