#include "editor/mainwindow.h"

#include "editor/editorapp.h"
#include "editor/inventoryoverview.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace steward::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_overview(new InventoryOverview(this))
    , m_pathLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Steward"));
    m_central->setObjectName(QStringLiteral("centralStackedWidget"));
    m_central->addWidget(makeEmptyState());
    m_central->addWidget(m_overview);
    setCentralWidget(m_central);
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
    const QString folder = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open inventory"), folder,
                                                      tr("Steward inventories (*.steward);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

// What the window shows while no file is open (the one it was asked to open could not be).
QWidget* MainWindow::makeEmptyState()
{
    auto* page = new QWidget(m_central);
    auto* layout = new QVBoxLayout(page);
    auto* message = new QLabel(tr("No inventory is open."), page);
    message->setObjectName(QStringLiteral("emptyStateLabel"));
    message->setAlignment(Qt::AlignCenter);
    QFont font = message->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    message->setFont(font);
    auto* openButton = new QPushButton(tr("Open an inventory…"), page);
    openButton->setObjectName(QStringLiteral("openPushButton"));
    auto* sampleButton = new QPushButton(tr("Open the sample inventory"), page);
    sampleButton->setObjectName(QStringLiteral("samplePushButton"));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseFile);
    connect(sampleButton, &QPushButton::clicked, this, [this] {
        try {
            openFile(sampleInventoryPath());
        } catch (const std::exception& e) {
            QMessageBox::critical(this, tr("Steward"),
                                  tr("Cannot prepare the sample inventory: %1").arg(QString::fromUtf8(e.what())));
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    layout->addStretch();
    layout->addWidget(message);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void MainWindow::showStore()
{
    m_overview->setStore(m_store.get());
    m_central->setCurrentIndex(m_store ? 1 : 0);
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
