// bench_store [ROWS]: how long the store takes for the jobs the foundation names — generating a
// demo inventory, opening it, reading every connector, linting it — printed against their targets.
#include "forum/forumfigures.h"
#include "rules/findings.h"
#include "store/store.h"
#include "templates/templates.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {

// Median of a few runs: one slow run (a cold cache, a busy machine) should not be the figure.
double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void line(QTextStream& out, const QString& what, double ms, double targetMs)
{
    out << QStringLiteral("%1 %2 ms   (target <= %3 ms)  %4")
               .arg(what, -34)
               .arg(ms, 9, 'f', 1)
               .arg(targetMs, 0, 'f', 0)
               .arg(ms <= targetMs ? QStringLiteral("ok") : QStringLiteral("OVER"))
        << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.steward"));

    qint64 written = 0;
    QElapsedTimer timer;
    timer.start();
    {
        auto store = steward::Store::create(path);
        store->transaction([&] {
            steward::templates::fillSeed(*store);
            written = steward::templates::fillDemo(*store, rows, 1, QDate(2026, 6, 1));
        });
    }
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;

    const double openMs = medianMs(5, [&] { steward::Store::open(path); });

    auto store = steward::Store::open(path, steward::Store::Mode::ReadOnly);
    std::size_t connectors = 0;
    const double readMs = medianMs(5, [&] { connectors = store->connectors().size(); });
    // What steward lint does after opening: read the whole inventory and apply every rule.
    std::size_t findings = 0;
    const double lintMs =
        medianMs(3, [&] { findings = steward::rules::lint(steward::rules::readLintInput(*store)).findings.size(); });

    // What the Dashboard and forum mode read beside it: the figures, the audit trail since the
    // last forum (the whole trail of a file written today) summed per object.
    const steward::rules::LintInput input = steward::rules::readLintInput(*store);
    std::size_t changes = 0;
    const double figuresMs =
        medianMs(3, [&] { changes = steward::forum::readFigures(*store, input, QDate::currentDate()).changeCount; });
    out << QStringLiteral("demo inventory: %1 rows written, %2 connectors, %3 audit rows, %4 MB")
               .arg(written)
               .arg(connectors)
               .arg(store->count(QStringLiteral("audit")))
               .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
        << Qt::endl;
    line(out, QStringLiteral("generate (demo --size %1)").arg(rows), generateMs, 3000);
    line(out, QStringLiteral("open (median of 5)"), openMs, 100);
    line(out, QStringLiteral("read all connectors (median of 5)"), readMs, 300);
    line(out, QStringLiteral("lint, %1 findings (median of 3)").arg(findings), lintMs, 1000);
    out << QStringLiteral("%1 %2 ms   (no target; the inventory read once, apart)")
               .arg(QStringLiteral("figures, %1 changes (median of 3)").arg(changes), -34)
               .arg(figuresMs, 9, 'f', 1)
        << Qt::endl;
    return 0;
}
