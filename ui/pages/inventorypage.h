#pragma once

#include "domain/types.h"
#include "pages/page.h"

#include <QPointer>
#include <functional>

class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace steward::ui {

class CollatingFilterProxy;
class PagedTableModelBase;

// An inventory (connectors, skills, workspaces…): a filterable, sortable table of every row and,
// beside it, the form of the selected one. Add, duplicate and delete are undoable commands like
// every edit. A derived page supplies its model, its form and what its rows are.
class InventoryPage : public Page
{
    Q_OBJECT

public:
    qint64 count() const override;
    QString countTable() const override { return m_countTable; }

    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    bool canAdd() const override;
    bool canDuplicate() const override;
    bool canRemove() const override;
    void focusFind() override;
    tables::Table selectedTable() const override;

    // The current row (the one the form shows); 0 when none, or when several rows are selected
    // (Copy as Table takes them all; the one-row actions wait for one).
    Id selectedId() const;
    void select(Id id);

    CollatingFilterProxy* proxy() const { return m_proxy; }
    // Every row of the table is loaded (by the background loading, a filter, a sort or a scroll).
    bool allRowsLoaded() const;

protected:
    // The names a page is found by (tests, accessibility): "connectorsPage", "Filter connectors"…
    struct Names
    {
        QString page;
        QString table;
        QString splitter;
        QString tableAccessible;
        QString filterAccessible;
        QString filterPlaceholder;
        QString countTable; // the store table count() counts
    };

    explicit InventoryPage(QWidget* parent = nullptr);
    // Puts the derived page's model and form in place; called once, from its constructor.
    void setUp(PagedTableModelBase* model, QWidget* form, int sortColumn, const Names& names);

    virtual void setFormStore(Store* store, QUndoStack* undoStack) = 0;
    virtual void showInForm(Id id) = 0;
    virtual void focusForm() = 0;

    // Stores the row named `name` under `id` (0: a new one) and returns the id it got.
    using AddAction = std::function<Id(const QString& name, Id id)>;
    using RemoveAction = std::function<void(Id id)>;
    // Adds a row as one command, trying " 2", " 3"… after `name` while it is taken; selects it.
    Id addAsCommand(const QString& name, const QString& commandText, const QString& failedTitle, AddAction add,
                    RemoveAction remove);
    // Mark Reviewed… for the selected row, a review subject of `subjectType` named `name`.
    void markSelectedReviewed(const QString& subjectType, const QString& name);
    // Asks before a delete that takes more than the row with it; true when the answer is Yes.
    bool confirmDelete(const QString& question, const QString& title);

    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;

private:
    Id currentId() const;
    void onSelectionChanged();
    void onStackChanged();
    void loadInBackground();
    void loadNextPage();

    PagedTableModelBase* m_model = nullptr;
    CollatingFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QSplitter* m_splitter;
    QTimer* m_backgroundLoad;
    bool m_loadAfterPaint = false; // start the background loading when the table next paints
    QString m_countTable;
    bool m_reloading = false;
};

} // namespace steward::ui
