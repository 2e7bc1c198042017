#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace steward::ui {

// One long import or export step on a worker thread, with a progress dialog over `parent` that
// appears when the step takes longer than ShowAfterMs and whose Cancel asks the step to stop.
// A worker opens its own Store (a Qt SQL connection belongs to the thread that opened it) and
// checks the flag where it can: the importers and exporters themselves cannot be interrupted, so
// the dialog says "Cancelling…" until the step returns.
class ExchangeJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int ShowAfterMs = 400;
    // What runs on the worker: it reads the flag, never the job.
    using Work = std::function<void(const std::atomic_bool& cancelRequested)>;

    explicit ExchangeJob(QWidget* parent);
    // Asks the step under way to stop and waits for it: its Store must be gone before the
    // window's is.
    ~ExchangeJob() override;

    // Starts `work`; `label` says what it does. One step at a time.
    void start(const QString& label, Work work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    bool cancelRequested() const;
    // The progress dialog of the step under way (it may not be shown yet); null when none runs.
    QProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    // On the GUI thread, once the worker has ended; `cancelled`: Cancel was asked meanwhile.
    void finished(bool cancelled);

private:
    void onThreadFinished();

    QWidget* m_parent;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_progress; // a child of m_parent, which may delete it first
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace steward::ui
