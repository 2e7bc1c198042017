#pragma once

#include "forum/forumfigures.h"
#include "rules/findings.h"

#include <QObject>
#include <QString>
#include <cstddef>

class QThread;
class QTimer;

namespace steward::ui {

// Keeps the findings of the open inventory current. Reading and linting a 100k-row file takes
// over a second, so a run happens on a worker thread that opens its own read-only Store on the
// same file (a Store and its QSqlDatabase belong to the thread that opened them; the window's
// store never leaves the GUI thread). A request made while a run is under way is folded into one
// run after it; a run for a file that is no longer open is thrown away.
class LintRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 150;
    // The changes figures() keeps, newest first: as many as the Dashboard lists.
    static constexpr std::size_t KeptChanges = 200;

    explicit LintRunner(QObject* parent = nullptr);
    ~LintRunner() override;

    // The inventory to lint, "" for none (the result empties). Lints it at once.
    void setPath(const QString& path);
    const QString& path() const { return m_path; }
    // Lints again once edits have paused for DebounceMs: a burst of keystrokes costs one run.
    void schedule();
    // Lints now, or as soon as the run under way ends.
    void runNow();

    // A run is waiting for the pause, under way, or due after the one under way.
    bool isBusy() const;
    bool hasResult() const { return m_hasResult; }
    const rules::LintResult& result() const { return m_result; }
    // The Dashboard's figures, read by the same run from the same state of the file; of the
    // changes, the newest KeptChanges (changeCount counts them all).
    const forum::Figures& figures() const { return m_figures; }
    // Why the last run could not read the file; "" when it could.
    const QString& error() const { return m_error; }
    // How long the last run took, reading included.
    qint64 lastRunMs() const { return m_lastRunMs; }

Q_SIGNALS:
    // result(), error() and hasResult() changed.
    void finished();

private:
    struct Outcome;
    void start();
    void onRunEnded(Outcome& outcome, quint64 generation);

    QString m_path;
    QTimer* m_debounce;
    QThread* m_thread = nullptr;
    bool m_runAgain = false;
    quint64 m_generation = 0; // bumped by setPath: results of an earlier file are stale
    bool m_hasResult = false;
    rules::LintResult m_result;
    forum::Figures m_figures;
    QString m_error;
    qint64 m_lastRunMs = 0;
};

} // namespace steward::ui
