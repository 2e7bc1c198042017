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
    std::unique_ptr<Store> opened;
    try {
        opened = Store::open(path);
    } catch (const OpenError& e) {
        if (e.kind() != OpenErrorKind::Locked) {
            QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
            return false;
        }
        const auto answer = QMessageBox::question(this, tr("File in use"),
                                                  e.message() + QStringLiteral("\n\n") + tr("Open it read-only?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        try {
            opened = Store::open(path, Store::Mode::ReadOnly);
        } catch (const OpenError& again) {
            QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), again.message());
            return false;
        }
    } catch (const StoreError& e) {
        QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), e.message());
        return false;
    }
    m_overview->setStore(nullptr);
    m_store = std::move(opened);
    showStore();
    return true;
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
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read-only) — Steward").arg(name) : tr("%1 — Steward").arg(name));
    m_pathLabel->setText(QDir::toNativeSeparators(m_store->path()));
    m_modeLabel->setText(m_store->isReadOnly() ? tr("Read-only") : tr("Saved automatically"));
}

} // namespace steward::ui
