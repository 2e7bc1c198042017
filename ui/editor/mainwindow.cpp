#include "editor/mainwindow.h"

#include "editor/inventoryoverview.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace steward::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_overview(new InventoryOverview(this))
    , m_pathLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Steward"));
    setCentralWidget(m_overview);
    resize(1200, 760);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openAction"));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Steward"), this, [this] {
        QMessageBox::about(this, tr("About Steward"),
                           tr("<h3>Steward %1</h3><p>The governance of an AI-agent rollout — policy, workspaces, "
                              "connectors, skills — in one local file.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_modeLabel);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString& path)
{
    std::unique_ptr<Store> opened = openStore(path);
    if (!opened)
        return false;
    // Reading every page may still find damage the opening checks did not reach; the file
    // that was open stays open then.
    try {
        m_overview->setStore(opened.get());
    } catch (const std::exception& e) {
        m_overview->setStore(nullptr);
        QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                              tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        opened.reset();
        showStore();
        return false;
    }
    m_store = std::move(opened);
    showStore();
    return true;
}

std::unique_ptr<Store> MainWindow::openStore(const QString& path)
{
    std::unique_ptr<Store> opened;
    try {
        opened = Store::open(path);
    } catch (const OpenError& e) {
        if (e.kind() != OpenErrorKind::Locked && e.kind() != OpenErrorKind::NotWritable) {
            QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
            return nullptr;
        }
        const QString title = e.kind() == OpenErrorKind::Locked ? tr("File in use") : tr("File not writable");
        const auto answer =
            QMessageBox::question(this, title, e.message() + QStringLiteral("\n\n") + tr("Open it read-only?"),
                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return nullptr;
        try {
            opened = Store::open(path, Store::Mode::ReadOnly);
        } catch (const std::exception& again) {
            QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                                  QString::fromUtf8(again.what()));
            return nullptr;
        }
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), QString::fromUtf8(e.what()));
        return nullptr;
    }
    return opened;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open inventory"), QString(),
                                                      tr("Steward inventories (*.steward);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showStore()
{
    m_overview->setStore(m_store.get());
    m_overview->setFocus();
    if (!m_store) {
        setWindowTitle(tr("Steward"));
        m_pathLabel->clear();
        m_modeLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read-only) — Steward").arg(name) : tr("%1 — Steward").arg(name));
    m_pathLabel->setText(QDir::toNativeSeparators(m_store->path()));
    m_modeLabel->setText(m_store->isReadOnly() ? tr("Read-only") : tr("Saved automatically"));
}

} // namespace steward::ui
