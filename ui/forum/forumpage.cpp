#include "forum/forumpage.h"

#include "commands/storecommand.h"
#include "forum/forumform.h"
#include "forum/forumtablemodel.h"
#include "store/store.h"
#include "widgets/collatingfilterproxy.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace steward::ui {

ForumPage::ForumPage(QWidget* parent)
    : Page(parent)
{
}

void ForumPage::setUp(ForumTableModel* model, ForumForm* form, const QString& tableName, const QString& accessibleName,
                      const QString& filterHint)
{
    m_model = model;
    m_model->setParent(this);
    m_proxy = new CollatingFilterProxy(ForumTableModel::IdRole, this);
    m_proxy->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(filterHint);
    m_filterEdit->setAccessibleName(tr("Filter %1").arg(accessibleName));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &CollatingFilterProxy::setFilterText);
    m_filterEdit->installEventFilter(this);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(tableName);
    m_tableView->setAccessibleName(accessibleName);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table for the form
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(0, Qt::AscendingOrder);
    m_tableView->setWordWrap(false); // one line per row, elided, as on the inventory pages
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->horizontalHeader()->setDefaultSectionSize(150);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ForumPage::onCurrentChanged);
    // Return on a row goes to its form, so the whole page works from the keyboard.
    connect(m_tableView, &QTableView::activated, this, [this] { m_form->focusTitle(); });

    m_form = form;
    connect(m_form, &ForumForm::committed, this, [this] {
        reload();
        Q_EMIT inventoryChanged();
    });

    auto* tableSide = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filterEdit);
    tableLayout->addWidget(m_tableView);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QString(tableName).replace(QStringLiteral("TableView"), QStringLiteral("Splitter")));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableSide);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_filterEdit, m_tableView);
}

void ForumPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &ForumPage::onStackChanged);
    m_reloading = true;
    m_model->setStore(store);
    m_reloading = false;
    m_form->setStore(store, undoStack);
    if (m_proxy->rowCount() > 0)
        m_tableView->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentChanged();
}

void ForumPage::reload()
{
    const Id selected = selectedId();
    const int proxyRow = m_tableView->selectionModel()->currentIndex().row();
    m_reloading = true;
    m_model->reload();
    m_reloading = false;
    select(selected);
    // The selected row went away (deleted, or its add undone): its neighbour takes its place.
    if (selectedId() == 0 && proxyRow >= 0 && m_proxy->rowCount() > 0) {
        const QModelIndex index = m_proxy->index(std::min(proxyRow, m_proxy->rowCount() - 1), 0);
        m_tableView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    onCurrentChanged(); // the row may be the same index but hold new values
}

void ForumPage::onStackChanged()
{
    // Undo and redo change the store behind the form: show what it holds now.
    reload();
    Q_EMIT inventoryChanged();
}

void ForumPage::onCurrentChanged()
{
    if (m_reloading)
        return;
    m_form->showRecord(selectedId());
    Q_EMIT actionsChanged();
}

Id ForumPage::selectedId() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ForumTableModel::IdRole).value<Id>() : 0;
}

bool ForumPage::select(Id id)
{
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (row >= 0 && !index.isValid()) {
        m_filterEdit->clear(); // the filter hid the row being worked on: show everything
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid()) {
        m_tableView->selectionModel()->clear();
        return false;
    }
    m_tableView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

bool ForumPage::canAdd() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool ForumPage::canDuplicate() const
{
    return canAdd() && selectedId() != 0;
}

bool ForumPage::canRemove() const
{
    return canAdd() && selectedId() != 0;
}

bool ForumPage::pushCommand(StoreCommand* command)
{
    const QString refusal = StoreCommand::push(m_undoStack, command);
    if (!refusal.isEmpty()) {
        m_form->showMessage(refusal);
        return false;
    }
    return true;
}

bool ForumPage::pushAdd(const QString& text, std::function<Id(Id)> add, std::function<void(Id)> removeAdded)
{
    // The id the store gave on the first apply; redo after undo restores the record under it.
    auto id = std::make_shared<Id>(0);
    auto* command = new StoreCommand(
        text, [add, id] { *id = add(*id); }, [removeAdded, id] { removeAdded(*id); });
    if (!pushCommand(command))
        return false;
    reload();
    select(*id);
    m_form->focusTitle(); // typing replaces the placeholder title
    return true;
}

void ForumPage::remove()
{
    const Id id = selectedId();
    if (!canRemove())
        return;
    if (StoreCommand* command = removeCommand(id))
        pushCommand(command);
}

bool ForumPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down or Return in the filter goes to the matches, as in a search field with results below.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_tableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_tableView->setCurrentIndex(m_proxy->index(0, 0));
            m_tableView->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ForumPage::focusFind()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

} // namespace steward::ui
