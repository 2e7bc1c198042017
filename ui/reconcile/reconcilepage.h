#pragma once

#include "domain/types.h"
#include "pages/page.h"
#include "reconcile/configset.h"

#include <QPointer>
#include <array>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace steward::reconcile {
struct Difference;
}

namespace steward::ui {

class DifferenceFilterProxy;
class DifferenceModel;

// Where the deployed Claude configuration differs from the inventory. The owner opens or drops
// configuration files (.mcp.json, managed-mcp.json, claude_desktop_config.json,
// managed-settings.json); each is listed with the shape found in it, or with why it cannot be
// compared, and is left out then. The differences are lint-like findings, compared again whenever
// the inventory changes. A deployed server the inventory lacks can be added to it as a requested
// connector (never approved) in one undoable step; a difference about a connector shows it on the
// Connectors page. The files are only ever read; the list is remembered for the next session.
class ReconcilePage : public Page
{
    Q_OBJECT

public:
    explicit ReconcilePage(QWidget* parent = nullptr);
    ~ReconcilePage() override;

    QString title() const override;
    QIcon icon() const override;
    // The differences of the comparison; -1 (no count) while no file or no inventory is loaded.
    qint64 count() const override;

    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;
    void focusFind() override;
    tables::Table selectedTable() const override;

    // As the owner opening or dropping them: reads the files (again, if listed) and compares.
    void addFiles(const QStringList& paths);
    void removeSelectedFiles();
    void reloadFiles();
    const ConfigSet& configs() const { return m_configs; }

    DifferenceModel* model() const { return m_model; }
    DifferenceFilterProxy* proxy() const { return m_proxy; }
    // Makes the difference at `sourceRow` of the model the current one.
    void selectDifference(int sourceRow);
    // The current difference is a deployed server the inventory lacks, and the file can be written.
    bool canAddAsRequested() const;
    // Adds the current difference's server as a requested connector, as one undoable command;
    // returns its id, or 0 when nothing was added.
    Id addAsRequested();

Q_SIGNALS:
    // Show this connector on its page (the window's path for findings: pageName "connectorsPage").
    void findingActivated(const QString& pageName, steward::Id id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildEmptyState();
    QWidget* buildContents();
    QWidget* buildFilters(QWidget* parent);
    void chooseFiles();
    void filesChanged();
    void fillFileList();
    void refresh();
    void onStackChanged();
    void updateCounts();
    void updateActions();
    void showCurrent();
    void activate(const QModelIndex& index);
    const reconcile::Difference* currentDifference() const;
    QString freeConnectorName(const QString& name) const;

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;
    ConfigSet m_configs;
    DifferenceModel* m_model;
    DifferenceFilterProxy* m_proxy;
    QStackedWidget* m_stack = nullptr; // the empty state, or the files and their differences
    QTreeWidget* m_files = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QLabel* m_unreadableLabel = nullptr;
    std::array<QToolButton*, 3> m_severityButtons{};
    QLineEdit* m_filter = nullptr;
    QLabel* m_shownLabel = nullptr;
    QPushButton* m_addButton = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_tableMessage = nullptr;
    QLabel* m_detailLabel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    int m_refreshedIndex = -1; // the undo stack's index the comparison was made at
    bool m_stale = false;      // the inventory changed while the page was hidden
    bool m_restored = false;   // the last session's files were read again
    qint64 m_lastCount = -1;
};

} // namespace steward::ui
