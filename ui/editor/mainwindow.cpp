#include "editor/mainwindow.h"

#include "commands/storecommand.h"
#include "connectors/connectorspage.h"
#include "dashboard/dashboardpage.h"
#include "editor/editorapp.h"
#include "editor/reminderbanner.h"
#include "exchange/exchangecontroller.h"
#include "findings/findingsdock.h"
#include "findings/lintrunner.h"
#include "forum/incidentspage.h"
#include "forum/requestspage.h"
#include "forummode/forummodewindow.h"
#include "help/about.h"
#include "help/userguidewindow.h"
#include "pages/inventorypage.h"
#include "people/peoplepage.h"
#include "policy/policypage.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "raci/racipage.h"
#include "reconcile/reconcilepage.h"
#include "reviews/reviewspage.h"
#include "skills/skillspage.h"
#include "store/store.h"
#include "templates/templates.h"
#include "widgets/tablecopy.h"
#include "widgets/viewstate.h"
#include "workspaces/workspacespage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

constexpr int maxRecentFiles = 8;

QString recentKey()
{
    return QStringLiteral("recentFiles");
}

QString pageSettingsGroup(const Page* page)
{
    return QStringLiteral("pages/") + page->objectName();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_central(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_navigation(new QListWidget(this))
    , m_pageStack(new QStackedWidget(this))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_findings(new FindingsDock(this))
    , m_banner(new ReminderBanner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_exchange = new ExchangeController(
        this, [this] { return m_store.get(); }, m_undoStack);
    setAcceptDrops(true);
    setWindowTitle(tr("Steward"));
    // A first start fills most of the screen (at least the 1280 × 800 the pages are laid out for).
    QSize size(1280, 800);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.expandedTo(screen->availableSize() * 0.9).boundedTo(screen->availableSize());
    resize(size);

    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setSpacing(3);
    m_navigation->setMinimumWidth(180);
    m_navigation->setIconSize(QSize(20, 20));
    m_pageStack->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pageStack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 1080});

    m_central->setObjectName(QStringLiteral("centralStackedWidget"));
    m_central->addWidget(makeEmptyState());
    // The reminders sit above the pages, so they are read without covering anything.
    auto* editor = new QWidget(m_central);
    editor->setObjectName(QStringLiteral("editorWidget"));
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_splitter, 1);
    m_central->addWidget(editor);
    setCentralWidget(m_central);

    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_findings->statusButton());
    addDockWidget(Qt::BottomDockWidgetArea, m_findings);
    connect(m_findings, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
    connect(m_findings->runner(), &LintRunner::finished, this, &MainWindow::remindOnce);
    // The Reviews page's count comes from the check until the page has read the file itself.
    connect(m_findings->runner(), &LintRunner::finished, this, &MainWindow::updateCounts);
    connect(m_banner, &ReminderBanner::showReviewsRequested, this,
            [this] { showFinding(QStringLiteral("reviewsPage"), 0); });

    createPages();
    createActions();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::inventoryChanged);
    StoreCommand::setFailureHandler(
        [this](const QString& message) { QMessageBox::warning(this, tr("Cannot undo or redo"), message); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // First start: the pages get most of the height; the findings panel a strip below them that
    // shows a handful of rows (the status bar's count opens it in full).
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // Once laid out: before that the dock has no height to give up.
        QTimer::singleShot(0, this, [this] { resizeDocks({m_findings}, {height() / 4}, Qt::Vertical); });
    }
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    for (Page* page : m_pages)
        restoreViewState(page, settings, pageSettingsGroup(page));
    m_navigation->setCurrentRow(settings.value(QStringLiteral("window/page"), 0).toInt());
    showStore();
}

MainWindow::~MainWindow()
{
    StoreCommand::setFailureHandler({});
    m_exchange->abandon(); // an import's worker writes beside the store
    // Pages hold a pointer to the store: let them go first.
    detachPages();
    m_undoStack->clear();
}

void MainWindow::createPages()
{
    auto* reviews = new ReviewsPage(m_pageStack);
    reviews->setLintRunner(m_findings->runner());
    auto* reconcile = new ReconcilePage(m_pageStack);
    connect(reconcile, &ReconcilePage::findingActivated, this, &MainWindow::showFinding);
    m_pages = {
        new DashboardPage(m_findings, m_pageStack),
        new PolicyPage(m_pageStack),
        new WorkspacesPage(m_pageStack),
        new ConnectorsPage(m_pageStack),
        new SkillsPage(m_pageStack),
        new PeoplePage(m_pageStack),
        new RaciPage(m_pageStack),
        reviews,
        new RequestsPage(m_pageStack),
        new IncidentsPage(m_pageStack),
        reconcile,
    };
    for (Page* page : m_pages) {
        m_pageStack->addWidget(page);
        auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
        item->setSizeHint(QSize(0, 30));
        connect(page, &Page::actionsChanged, this, &MainWindow::updateEditActions);
        connect(page, &Page::inventoryChanged, this, &MainWindow::updateCounts);
    }
    m_pageStates.assign(m_pages.size(), PageState::Unread);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = fileMenu->addAction(tr("&New…"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newAction"));
    QAction* openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fileMenu->addSeparator();
    m_saveCopyAction = fileMenu->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setObjectName(QStringLiteral("saveCopyAction"));
    m_closeAction = fileMenu->addAction(tr("&Close"), this, &MainWindow::closeFile);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    fileMenu->addSeparator();
    m_exchange->addActions(fileMenu);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    QAction* redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setObjectName(QStringLiteral("redoAction"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    m_addAction = editMenu->addAction(tr("&Add"), this, [this] {
        if (Page* page = currentPage())
            page->add();
    });
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_duplicateAction = editMenu->addAction(tr("D&uplicate"), this, [this] {
        if (Page* page = currentPage())
            page->duplicate();
    });
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_deleteAction = editMenu->addAction(tr("&Delete"), this, [this] {
        if (Page* page = currentPage())
            page->remove();
    });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_markReviewedAction = editMenu->addAction(tr("&Mark Reviewed…"), this, [this] {
        if (Page* page = currentPage())
            page->markReviewed();
    });
    m_markReviewedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_markReviewedAction->setObjectName(QStringLiteral("markReviewedAction"));
    editMenu->addSeparator();
    QAction* copyTableAction = editMenu->addAction(tr("&Copy as Table"), this, [this] {
        const tables::Table table = currentPage() ? currentPage()->selectedTable() : tables::Table();
        if (table.headers.isEmpty() || table.rows.empty()) {
            statusBar()->showMessage(tr("Select the rows to copy first."), 4000);
            return;
        }
        copyTable(table);
        statusBar()->showMessage(tr("Copied %1 rows as a table (HTML and Markdown).").arg(table.rows.size()), 4000);
    });
    copyTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyTableAction->setObjectName(QStringLiteral("copyTableAction"));
    m_findAction = editMenu->addAction(tr("&Find"), this, [this] {
        if (Page* page = currentPage())
            page->focusFind();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    editMenu->addSeparator();
    QAction* preferencesAction = editMenu->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(m_store.get(), m_undoStack, this);
        dialog.exec();
    });
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* navigationAction = viewMenu->addAction(tr("&Navigation"));
    navigationAction->setCheckable(true);
    navigationAction->setChecked(true);
    navigationAction->setObjectName(QStringLiteral("navigationAction"));
    connect(navigationAction, &QAction::toggled, m_navigation, &QWidget::setVisible);
    QAction* fullScreenAction = viewMenu->addAction(tr("&Full Screen"));
    fullScreenAction->setCheckable(true);
    // F11 belongs to Forum Mode (the presenter key); full screen keeps the platform's others.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    fullScreenKeys.removeAll(QKeySequence(Qt::Key_F11));
    fullScreenAction->setShortcuts(fullScreenKeys);
    fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_forumModeAction = viewMenu->addAction(tr("F&orum Mode"), this, &MainWindow::openForumMode);
    m_forumModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_forumModeAction->setObjectName(QStringLiteral("forumModeAction"));
    viewMenu->addAction(m_findings->toggleViewAction());
    connect(fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* guideAction = helpMenu->addAction(tr("&User Guide"), this, [this] {
        // One guide window, kept where the user left it between uses.
        auto* guide = findChild<UserGuideWindow*>();
        if (!guide)
            guide = new UserGuideWindow(this);
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setObjectName(QStringLiteral("userGuideAction"));
    helpMenu->addSeparator();
    QAction* aboutAction = helpMenu->addAction(tr("&About Steward"), this, [this] {
        QMessageBox::about(this, tr("About Steward"), aboutText(m_store.get()));
    });
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

// What the window shows while no file is open.
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

bool MainWindow::openFile(const QString& path)
{
    std::unique_ptr<Store> opened = openStore(path);
    if (!opened)
        return false;
    // Only the page in view reads the file before the window paints; the others read it when
    // first shown (reading all of them took seconds on a large inventory). Reading may still find
    // damage the opening checks did not reach: the file that was open stays open then.
    const auto current = std::size_t(std::max(m_pageStack->currentIndex(), 0));
    try {
        m_pages[current]->setStore(opened.get(), m_undoStack);
    } catch (const std::exception& e) {
        m_pages[current]->setStore(m_pageStates[current] == PageState::Unread ? nullptr : m_store.get(), m_undoStack);
        QMessageBox::critical(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                              tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        return false;
    }
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (i != current && m_pageStates[i] != PageState::Unread)
            m_pages[i]->setStore(nullptr, nullptr); // they read the new file when shown
        m_pageStates[i] = i == current ? PageState::Current : PageState::Unread;
    }
    m_exchange->abandon(); // a dialog's worker may be using the file that goes
    m_undoStack->clear();  // commands refer to the file they were made on
    m_store = std::move(opened);
    m_store->setActor(Preferences::load().actor); // Edit › Preferences: the name the audit trail records
    rememberRecent(m_store->path());
    showStore();
    return true;
}

void MainWindow::openForumMode()
{
    if (!m_store)
        return;
    if (!m_forumMode) {
        m_forumMode = new ForumModeWindow(m_store.get(), m_undoStack, this);
        m_forumMode->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_forumMode, &ForumModeWindow::left, this, &QWidget::activateWindow);
    }
    m_forumMode->showFullScreen();
    m_forumMode->activateWindow();
}

void MainWindow::closeFile()
{
    m_exchange->abandon();
    detachPages();
    m_undoStack->clear();
    m_store.reset();
    showStore();
}

void MainWindow::detachPages()
{
    delete m_forumMode; // it reads the store that is going
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pageStates[i] != PageState::Unread)
            m_pages[i]->setStore(nullptr, nullptr);
        m_pageStates[i] = PageState::Unread;
    }
}

std::unique_ptr<Store> MainWindow::openStore(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    try {
        return Store::open(path);
    } catch (const OpenError& e) {
        if (e.kind() != OpenErrorKind::Locked && e.kind() != OpenErrorKind::NotWritable) {
            QMessageBox::critical(this, tr("Cannot open %1").arg(name), e.message());
            return nullptr;
        }
        const QString title = e.kind() == OpenErrorKind::Locked ? tr("File in use") : tr("File not writable");
        const auto answer =
            QMessageBox::question(this, title, e.message() + QStringLiteral("\n\n") + tr("Open it read-only?"),
                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return nullptr;
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot open %1").arg(name), QString::fromUtf8(e.what()));
        return nullptr;
    }
    try {
        return Store::open(path, Store::Mode::ReadOnly);
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot open %1").arg(name), QString::fromUtf8(e.what()));
        return nullptr;
    }
}

void MainWindow::newFile()
{
    const QString folder = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("New inventory"), folder, tr("Steward inventories (*.steward)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".steward")))
        path += QStringLiteral(".steward");
    try {
        // The seeds' starting point: review tiers, prohibited uses, audit fields, RACI, cadences.
        auto store = Store::create(path);
        templates::fillSeed(*store);
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot create %1").arg(QFileInfo(path).fileName()),
                              QString::fromUtf8(e.what()));
        return;
    }
    openFile(path);
}

void MainWindow::chooseFile()
{
    const QString folder = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open inventory"), folder,
                                                      tr("Steward inventories (*.steward);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_store)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QFileInfo(m_store->path()).absolutePath(),
                                                tr("Steward inventories (*.steward)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".steward")))
        path += QStringLiteral(".steward");
    try {
        m_store->saveCopy(path);
        statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Cannot save a copy"), QString::fromUtf8(e.what()));
    }
}

void MainWindow::showStore()
{
    // The first check of a newly opened file says what needs reviewing (remindOnce).
    m_banner->hide();
    m_remindPending = bool(m_store);
    m_findings->setStore(m_store.get());
    m_central->setCurrentIndex(m_store ? 1 : 0);
    m_saveCopyAction->setEnabled(bool(m_store));
    m_closeAction->setEnabled(bool(m_store));
    m_forumModeAction->setEnabled(bool(m_store));
    m_exchange->storeChanged();
    if (!m_store) {
        setWindowTitle(tr("Steward"));
        m_pathLabel->clear();
        m_countsLabel->clear();
        m_modeLabel->clear();
        updateEditActions();
        return;
    }
    const QString name = QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read-only) — Steward").arg(name) : tr("%1 — Steward").arg(name));
    m_pathLabel->setText(QDir::toNativeSeparators(m_store->path()));
    m_modeLabel->setText(m_store->isReadOnly() ? tr("Read-only") : tr("Every change is saved as you make it"));
    updateCounts();
    updateEditActions();
    m_navigation->setFocus();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || std::size_t(index) >= m_pages.size())
        return;
    const auto i = std::size_t(index);
    // A page reads before it is shown, so it never paints what it held before.
    if (m_store && m_pageStates[i] == PageState::Unread) {
        try {
            m_pages[i]->setStore(m_store.get(), m_undoStack);
            m_pageStates[i] = PageState::Current;
        } catch (const std::exception& e) {
            m_pages[i]->setStore(nullptr, nullptr);
            QMessageBox::critical(
                this, tr("Cannot show %1").arg(m_pages[i]->title()),
                tr("%1 cannot be read: %2").arg(QFileInfo(m_store->path()).fileName(), QString::fromUtf8(e.what())));
        }
    } else if (m_pageStates[i] == PageState::Stale) {
        m_pageStates[i] = PageState::Current;
        m_pages[i]->reload();
    }
    m_pageStack->setCurrentIndex(index);
    updateEditActions();
}

// After a command, undo or redo: the page in view re-reads now, the others when next shown.
void MainWindow::inventoryChanged()
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pageStates[i] == PageState::Unread)
            continue; // it reads everything when shown anyway
        if (int(i) == m_pageStack->currentIndex())
            m_pages[i]->reload();
        else
            m_pageStates[i] = PageState::Stale;
    }
    m_findings->recompute();
    updateCounts();
    updateEditActions();
}

// Reminders when a file opens: the banner, and the system tray's notification where there is one.
void MainWindow::remindOnce()
{
    const LintRunner* runner = m_findings->runner();
    if (!m_remindPending || !m_store || !runner->hasResult())
        return;
    m_remindPending = false;
    const Reminders reminders = Reminders::of(runner->result());
    const int dueSoonDays = m_store->reviewSettings().dueSoonDays;
    m_banner->showReminders(reminders, dueSoonDays);
    if (!reminders.any() || !Preferences::load().trayNotifications || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(
            windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/steward.svg")) : windowIcon(), this);
        m_tray->setToolTip(tr("Steward"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
            showFinding(QStringLiteral("reviewsPage"), 0);
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("%1: reviews to do").arg(QFileInfo(m_store->path()).fileName()), reminders.text(dueSoonDays),
                        QSystemTrayIcon::Warning);
}

// A finding's object: its page, with its row selected where the page has rows.
void MainWindow::showFinding(const QString& pageName, Id id)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->objectName() != pageName)
            continue;
        m_navigation->setCurrentRow(int(i));
        if (auto* inventory = qobject_cast<InventoryPage*>(m_pages[i]); inventory && id != 0)
            inventory->select(id);
        return;
    }
}

void MainWindow::updateCounts()
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const qint64 count = pageCount(i);
        m_navigation->item(int(i))->setText(count < 0 ? m_pages[i]->title()
                                                      : tr("%1 (%2)").arg(m_pages[i]->title()).arg(count));
    }
    if (m_store)
        m_countsLabel->setText(tr("%1 workspaces · %2 connectors · %3 skills · %4 people")
                                   .arg(m_store->count(QStringLiteral("workspaces")))
                                   .arg(m_store->count(QStringLiteral("connectors")))
                                   .arg(m_store->count(QStringLiteral("skills")))
                                   .arg(m_store->count(QStringLiteral("people"))));
}

void MainWindow::updateEditActions()
{
    Page* page = m_store ? currentPage() : nullptr;
    m_addAction->setEnabled(page && page->canAdd());
    m_duplicateAction->setEnabled(page && page->canDuplicate());
    m_deleteAction->setEnabled(page && page->canRemove());
    m_markReviewedAction->setEnabled(page && page->canMarkReviewed());
    m_findAction->setEnabled(page != nullptr);
}

qint64 MainWindow::pageCount(std::size_t index) const
{
    const QString table = m_pages[index]->countTable();
    if (table.isEmpty())
        return m_pages[index]->count();
    return m_store ? m_store->count(table) : 0;
}

Page* MainWindow::currentPage() const
{
    const int index = m_pageStack->currentIndex();
    return index >= 0 && std::size_t(index) < m_pages.size() ? m_pages[std::size_t(index)] : nullptr;
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey()).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(recentKey(), recent.mid(0, maxRecentFiles));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey()).toStringList();
    for (const QString& path : recent) {
        QAction* action =
            m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [] { QSettings().remove(recentKey()); });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_exchange->acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_exchange->acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!m_exchange->acceptsDrag(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_exchange->drop(event->mimeData(), [this](const QString& path) { openFile(path); });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    for (const Page* page : m_pages)
        saveViewState(page, settings, pageSettingsGroup(page));
    event->accept();
}

} // namespace steward::ui
