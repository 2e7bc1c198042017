#include "exchange/exchangejob.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QWidget>

namespace steward::ui {

ExchangeJob::ExchangeJob(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
}

ExchangeJob::~ExchangeJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

void ExchangeJob::start(const QString& label, Work work)
{
    if (m_thread)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(label, QString(), 0, 0, m_parent);
    m_progress->setObjectName(QStringLiteral("exchangeProgressDialog"));
    m_progress->setWindowTitle(tr("Steward"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(360);
    auto* cancelButton = new QPushButton(tr("Cancel"), m_progress);
    cancelButton->setObjectName(QStringLiteral("cancelProgressPushButton"));
    cancelButton->setAccessibleName(tr("Cancel"));
    m_progress->setCancelButton(cancelButton);
    // The dialog's own cancel() would hide it at once; it stays until the worker has returned.
    disconnect(m_progress, &QProgressDialog::canceled, m_progress, &QProgressDialog::cancel);
    connect(m_progress, &QProgressDialog::canceled, this, &ExchangeJob::cancel);
    m_progress->setMinimumDuration(ShowAfterMs);
    m_progress->setValue(0); // starts the timer that shows it after ShowAfterMs

    m_thread = QThread::create([work = std::move(work), cancel = m_cancel] { work(*cancel); });
    m_thread->setObjectName(QStringLiteral("exchangeThread"));
    connect(m_thread, &QThread::finished, this, &ExchangeJob::onThreadFinished);
    m_thread->start();
}

void ExchangeJob::cancel()
{
    if (!m_thread || m_cancel->exchange(true))
        return;
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling…"));
        if (QPushButton* button = m_progress->findChild<QPushButton*>(QStringLiteral("cancelProgressPushButton")))
            button->setEnabled(false);
    }
}

bool ExchangeJob::cancelRequested() const
{
    return m_cancel && m_cancel->load();
}

void ExchangeJob::onThreadFinished()
{
    m_thread->wait(); // finished() is emitted just before the thread really ends
    m_thread->deleteLater();
    m_thread = nullptr;
    // Gone before anyone reacts: a dialog that opens next must not sit under it.
    delete m_progress;
    m_progress = nullptr;
    Q_EMIT finished(m_cancel->load());
}

} // namespace steward::ui
