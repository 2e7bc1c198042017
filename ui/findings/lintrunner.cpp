#include "findings/lintrunner.h"

#include "store/store.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <memory>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace steward::ui {
namespace {

// A run reads the whole inventory (about 50 MB for 100k rows) into this thread's malloc arena and
// frees it at the end; glibc keeps those pages resident for the process's lifetime unless told,
// so every page shown afterwards would add to it instead of reusing it.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

struct LintRunner::Outcome
{
    rules::LintResult result;
    forum::Figures figures;
    QString error;
    qint64 ms = 0;
};

LintRunner::LintRunner(QObject* parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LintRunner::start);
}

LintRunner::~LintRunner()
{
    // The run reads a file the window may close next: let it end before anything goes.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LintRunner::setPath(const QString& path)
{
    ++m_generation;
    m_path = path;
    m_debounce->stop();
    m_runAgain = false;
    m_result = {};
    m_figures = {};
    m_error.clear();
    m_hasResult = false;
    if (m_path.isEmpty())
        Q_EMIT finished();
    else
        start();
}

void LintRunner::schedule()
{
    if (!m_path.isEmpty())
        m_debounce->start();
}

void LintRunner::runNow()
{
    if (!m_path.isEmpty())
        start();
}

bool LintRunner::isBusy() const
{
    return m_debounce->isActive() || m_thread || m_runAgain;
}

void LintRunner::start()
{
    m_debounce->stop();
    if (m_thread) {
        m_runAgain = true; // the run under way may have read the file before the latest change
        return;
    }
    m_runAgain = false;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([path = m_path, outcome] {
        QElapsedTimer clock;
        clock.start();
        try {
            const std::unique_ptr<Store> store = Store::open(path, Store::Mode::ReadOnly);
            const rules::LintInput input = rules::readLintInput(*store);
            outcome->result = rules::lint(input);
            outcome->figures = forum::readFigures(*store, input, QDate::currentDate());
            outcome->figures.keepNewestChanges(KeptChanges);
        } catch (const std::exception& e) {
            outcome->error = QString::fromUtf8(e.what());
        }
        releaseFreedMemory();
        outcome->ms = clock.elapsed();
    });
    m_thread->setObjectName(QStringLiteral("lintThread"));
    connect(m_thread, &QThread::finished, this,
            [this, outcome, generation = m_generation] { onRunEnded(*outcome, generation); });
    m_thread->start(QThread::LowPriority);
}

void LintRunner::onRunEnded(Outcome& outcome, quint64 generation)
{
    m_thread->wait(); // finished() is emitted just before the thread really ends
    m_thread->deleteLater();
    m_thread = nullptr;
    if (generation == m_generation) {
        m_result = std::move(outcome.result);
        m_figures = std::move(outcome.figures);
        m_error = outcome.error;
        m_hasResult = outcome.error.isEmpty();
        m_lastRunMs = outcome.ms;
        Q_EMIT finished();
    }
    if (m_runAgain && !m_path.isEmpty())
        start(); // an edit, or another file, came while this run was reading
}

} // namespace steward::ui
