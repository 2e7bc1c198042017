#pragma once

#include "domain/types.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class ExchangeController;
class FindingsDock;
class ForumModeWindow;
class Page;
class ReminderBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path for editing; a file another Steward holds, or one that cannot be written, may be
    // opened read-only after asking. On any failure a message box says why and the current file
    // stays open.
    bool openFile(const QString& path);
    void closeFile();
    Store* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent* event) override;
    // A CSV or JSON file dropped on the window is imported (File › Import…); a .steward file opens.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    std::unique_ptr<Store> openStore(const QString& path);
    void createActions();
    void createPages();
    QWidget* makeEmptyState();
    void newFile();
    void chooseFile();
    void saveCopy();
    void showStore();
    void showPage(int index);
    void inventoryChanged();
    void showFinding(const QString& pageName, Id id);
    // View › Forum Mode: the open inventory full screen for the governance forum.
    void openForumMode();
    void remindOnce();
    void updateCounts();
    void updateEditActions();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    Page* currentPage() const;
    qint64 pageCount(std::size_t index) const;
    void detachPages();

    std::unique_ptr<Store> m_store;
    QUndoStack* m_undoStack = nullptr;
    QStackedWidget* m_central = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    // What each page holds of the open file: nothing yet (it reads when first shown), rows that
    // an edit made out of date (it re-reads when next shown), or what the file holds now.
    enum class PageState { Unread, Stale, Current };

    std::vector<Page*> m_pages;
    std::vector<PageState> m_pageStates;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    FindingsDock* m_findings = nullptr;
    ExchangeController* m_exchange = nullptr;
    ReminderBanner* m_banner = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_remindPending = false;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_markReviewedAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_forumModeAction = nullptr;
    QPointer<ForumModeWindow> m_forumMode;
};

} // namespace steward::ui
