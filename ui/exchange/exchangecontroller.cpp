#include "exchange/exchangecontroller.h"

#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "store/store.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace steward::ui {
namespace {

constexpr int messageMs = 8000;

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ExchangeController::ExchangeController(QMainWindow* window, std::function<Store*()> store, QUndoStack* stack)
    : QObject(window)
    , m_window(window)
    , m_store(std::move(store))
    , m_stack(stack)
{
}

ExchangeController::~ExchangeController()
{
    abandon();
}

void ExchangeController::addActions(QMenu* fileMenu)
{
    m_exportAction = fileMenu->addAction(tr("&Export…"), this, [this] { startExport(); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_importAction = fileMenu->addAction(tr("&Import…"), this, &ExchangeController::chooseImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    storeChanged();
}

void ExchangeController::storeChanged()
{
    const Store* store = m_store();
    if (m_exportAction)
        m_exportAction->setEnabled(store != nullptr);
    if (m_importAction)
        m_importAction->setEnabled(store && !store->isReadOnly());
}

void ExchangeController::abandon()
{
    delete m_exportDialog.data();
    delete m_importDialog.data();
}

ImportDialog* ExchangeController::startImport(const QString& path)
{
    Store* store = m_store();
    if (!store) {
        showMessage(tr("Open an inventory first: a file is imported into one."));
        return nullptr;
    }
    if (store->isReadOnly()) {
        showMessage(
            tr("%1 is open read-only: nothing can be imported into it.").arg(QFileInfo(store->path()).fileName()));
        return nullptr;
    }
    if (m_importDialog) {
        m_importDialog->raise();
        return m_importDialog;
    }
    auto* dialog = new ImportDialog(store, m_stack, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &ExchangeController::showMessage);
    m_importDialog = dialog;
    dialog->open();
    if (!path.isEmpty())
        dialog->setInputPath(path);
    return dialog;
}

ExportDialog* ExchangeController::startExport()
{
    const Store* store = m_store();
    if (!store)
        return nullptr;
    if (m_exportDialog) {
        m_exportDialog->raise();
        return m_exportDialog;
    }
    auto* dialog = new ExportDialog(store->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, &ExchangeController::showMessage);
    m_exportDialog = dialog;
    dialog->open();
    return dialog;
}

void ExchangeController::chooseImport()
{
    const Store* store = m_store();
    if (!store)
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a file"), QFileInfo(store->path()).absolutePath(),
                                     tr("CSV and JSON files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        startImport(path);
}

bool ExchangeController::acceptsDrag(const QMimeData* mime) const
{
    return !localFiles(mime).isEmpty();
}

void ExchangeController::drop(const QMimeData* mime, const std::function<void(const QString&)>& openFile)
{
    const QStringList files = localFiles(mime);
    if (files.isEmpty())
        return;
    if (files.size() > 1) {
        showMessage(tr("Drop one file at a time: each import is checked and undone on its own."));
        return;
    }
    const QString path = files.front();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // After the drop has returned: the dragging application is waiting for it.
    if (suffix == QLatin1String("steward"))
        QTimer::singleShot(0, this, [openFile, path] { openFile(path); });
    else if (isImportFileName(path))
        QTimer::singleShot(0, this, [this, path] { startImport(path); });
    else
        showMessage(tr("%1 is not a file Steward imports: drop a CSV or JSON file, or a .steward inventory to open it.")
                        .arg(QFileInfo(path).fileName()));
}

void ExchangeController::showMessage(const QString& message)
{
    m_window->statusBar()->showMessage(message, messageMs);
}

} // namespace steward::ui
