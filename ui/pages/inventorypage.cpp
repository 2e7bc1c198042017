#include "pages/inventorypage.h"

#include "commands/storecommand.h"
#include "pages/pagedtablemodel.h"
#include "reviews/markrevieweddialog.h"
#include "store/store.h"
#include "widgets/collatingfilterproxy.h"
#include "widgets/tablecopy.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace steward::ui {

InventoryPage::InventoryPage(QWidget* parent)
    : Page(parent)
    , m_proxy(new CollatingFilterProxy(PagedTableModelBase::IdRole, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(this))
    , m_backgroundLoad(new QTimer(this))
{
    // One page per pass of the event loop once it is idle: the rest of the table arrives while
    // the person reads the first rows, and input is handled between pages.
    m_backgroundLoad->setInterval(0);
    connect(m_backgroundLoad, &QTimer::timeout, this, &InventoryPage::loadNextPage);
}

void InventoryPage::setUp(PagedTableModelBase* model, QWidget* form, int sortColumn, const Names& names)
{
    m_model = model;
    m_countTable = names.countTable;
    setObjectName(names.page);
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(names.filterAccessible);
    m_filter->setPlaceholderText(names.filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(names.table);
    m_table->setAccessibleName(names.tableAccessible);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for Copy as Table; the form, Duplicate and Delete follow the current one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-content sizing: measuring 100k rows is what makes tables slow.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_splitter->setObjectName(names.splitter);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, form);
    setFocusProxy(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CollatingFilterProxy::setFilterText);
    connect(m_proxy, &CollatingFilterProxy::allRowsNeeded, m_model, &PagedTableModelBase::fetchAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::onSelectionChanged);
    // One row or several: the one-row actions (Duplicate, Delete, Mark Reviewed) wait for one.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &Page::actionsChanged);
}

qint64 InventoryPage::count() const
{
    return m_store ? m_store->count(m_countTable) : 0;
}

void InventoryPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &InventoryPage::onStackChanged);
    m_model->setStore(store);
    setFormStore(store, undoStack);
    // A page opens on its first row, so the form beside the table shows something to work on.
    if (store && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    loadInBackground();
    Q_EMIT actionsChanged();
}

void InventoryPage::reload()
{
    const Id selected = currentId();
    const int proxyRow = m_table->selectionModel()->currentIndex().row();
    m_reloading = true;
    m_model->reload();
    m_reloading = false;
    select(selected);
    // The selected row went away (deleted, or its add undone): its neighbour takes its place.
    if (currentId() == 0 && proxyRow >= 0 && m_proxy->rowCount() > 0) {
        const QModelIndex index = m_proxy->index(std::min(proxyRow, m_proxy->rowCount() - 1), 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showInForm(currentId());
    loadInBackground();
    Q_EMIT actionsChanged();
}

bool InventoryPage::allRowsLoaded() const
{
    return !m_model->canFetchMore({});
}

void InventoryPage::loadInBackground()
{
    // Starts once the table has painted (eventFilter): the first rows show before any more load.
    m_backgroundLoad->stop();
    m_loadAfterPaint = !allRowsLoaded();
}

void InventoryPage::loadNextPage()
{
    if (!isVisible() || allRowsLoaded()) {
        m_backgroundLoad->stop();
        return;
    }
    const int first = m_model->rowCount();
    m_model->fetchMore({});
    // What a filter matches the new rows against is made now, not on the first keystroke.
    m_proxy->prepareRows(first, m_model->rowCount() - 1);
    if (allRowsLoaded())
        m_backgroundLoad->stop();
}

void InventoryPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_loadAfterPaint = !allRowsLoaded();
}

void InventoryPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    m_backgroundLoad->stop(); // a page out of sight costs nothing; it goes on when shown again
}

void InventoryPage::onStackChanged()
{
    // Undo and redo change the store behind the form: show what it holds now.
    reload();
    Q_EMIT inventoryChanged();
}

Id InventoryPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PagedTableModelBase::IdRole).value<Id>() : 0;
}

Id InventoryPage::selectedId() const
{
    return m_table->selectionModel()->selectedRows().size() > 1 ? 0 : currentId();
}

tables::Table InventoryPage::selectedTable() const
{
    return tableOfSelection(m_table);
}

void InventoryPage::select(Id id)
{
    int row = m_model->rowOf(id);
    while (id != 0 && row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (row >= 0 && !index.isValid()) {
        m_filter->clear(); // the filter hid the row the person is working on
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid()) {
        m_table->selectionModel()->clear();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void InventoryPage::onSelectionChanged()
{
    if (m_reloading)
        return;
    showInForm(currentId());
    Q_EMIT actionsChanged();
}

bool InventoryPage::canAdd() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool InventoryPage::canDuplicate() const
{
    return canAdd() && selectedId() != 0;
}

bool InventoryPage::canRemove() const
{
    return canAdd() && selectedId() != 0;
}

void InventoryPage::focusFind()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

Id InventoryPage::addAsCommand(const QString& name, const QString& commandText, const QString& failedTitle,
                               AddAction add, RemoveAction remove)
{
    QString lastError;
    // Names are unique in the store; its refusal of a taken name tells us to try the next number.
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const QString tried = attempt == 1 ? name : tr("%1 %2").arg(name).arg(attempt);
        auto id = std::make_shared<Id>(0); // the id it was stored under, so undo and redo agree
        auto apply = [add, tried, id] {
            *id = add(tried, *id);
        };
        auto revert = [remove, id] {
            remove(*id);
        };
        lastError = StoreCommand::push(m_undoStack,
                                       new StoreCommand(commandText.arg(tried), std::move(apply), std::move(revert)));
        if (lastError.isEmpty()) {
            select(*id);
            showInForm(*id);
            focusForm();
            return *id;
        }
        if (m_store->isReadOnly())
            break;
    }
    QMessageBox::warning(this, failedTitle, lastError);
    return 0;
}

bool InventoryPage::confirmDelete(const QString& question, const QString& title)
{
    return QMessageBox::question(this, title, question) == QMessageBox::Yes;
}

bool InventoryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && m_loadAfterPaint) {
        m_loadAfterPaint = false;
        m_backgroundLoad->start();
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && canRemove()) {
            remove();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedId() != 0) {
            focusForm();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void InventoryPage::markSelectedReviewed(const QString& subjectType, const QString& name)
{
    if (!canRemove()) // writable, with a row selected
        return;
    const Id id = selectedId();
    if (ui::markReviewed(window(), m_store, m_undoStack, subjectType, id, name))
        select(id);
}

} // namespace steward::ui
