#include "workspaces/workspacespage.h"

#include "commands/storecommand.h"
#include "store/store.h"
#include "widgets/collatingfilterproxy.h"
#include "workspaces/workspaceform.h"
#include "workspaces/workspacetablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace steward::ui {

WorkspacesPage::WorkspacesPage(QWidget* parent)
    : Page(parent)
    , m_model(new WorkspaceTableModel(this))
    , m_proxy(new CollatingFilterProxy(WorkspaceTableModel::IdRole, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_form(new WorkspaceForm(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("workspacesPage"));
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(tr("Filter workspaces"));
    m_filter->setPlaceholderText(tr("Filter workspaces…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("workspacesTableView"));
    m_table->setAccessibleName(tr("Workspaces"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkspaceTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-content sizing: measuring 100k rows is what makes tables slow.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_splitter->setObjectName(QStringLiteral("workspacesSplitter"));

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_form);
    setFocusProxy(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CollatingFilterProxy::setFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkspacesPage::onSelectionChanged);
}

QString WorkspacesPage::title() const
{
    return tr("Workspaces");
}

QIcon WorkspacesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("folder"), QIcon(QStringLiteral(":/icons/steward.svg")));
}

qint64 WorkspacesPage::count() const
{
    return m_store ? m_store->count(QStringLiteral("workspaces")) : 0;
}

void WorkspacesPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &WorkspacesPage::onStackChanged);
    m_model->setStore(store);
    m_form->setStore(store, undoStack);
    Q_EMIT actionsChanged();
}

void WorkspacesPage::reload()
{
    const Id selected = selectedId();
    const int proxyRow = m_table->selectionModel()->currentIndex().row();
    m_reloading = true;
    m_model->reload();
    m_reloading = false;
    select(selected);
    // The selected row went away (deleted, or its add undone): its neighbour takes its place.
    if (selectedId() == 0 && proxyRow >= 0 && m_proxy->rowCount() > 0) {
        const QModelIndex index = m_proxy->index(std::min(proxyRow, m_proxy->rowCount() - 1), 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_form->showWorkspace(selectedId());
    Q_EMIT actionsChanged();
}

void WorkspacesPage::onStackChanged()
{
    // Undo and redo change the store behind the form: show what it holds now.
    reload();
    Q_EMIT inventoryChanged();
}

Id WorkspacesPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(WorkspaceTableModel::IdRole).value<Id>() : 0;
}

void WorkspacesPage::select(Id id)
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

void WorkspacesPage::onSelectionChanged()
{
    if (m_reloading)
        return;
    m_form->showWorkspace(selectedId());
    Q_EMIT actionsChanged();
}

bool WorkspacesPage::canAdd() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool WorkspacesPage::canDuplicate() const
{
    return canAdd() && selectedId() != 0;
}

bool WorkspacesPage::canRemove() const
{
    return canAdd() && selectedId() != 0;
}

void WorkspacesPage::focusFind()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

Id WorkspacesPage::addAsCommand(Workspace workspace, const QString& name, const QString& commandText)
{
    QString lastError;
    // Names are unique in the store; its refusal of a taken name tells us to try the next number.
    for (int attempt = 1; attempt <= 100; ++attempt) {
        workspace.name = attempt == 1 ? name : tr("%1 %2").arg(name).arg(attempt);
        Store* store = m_store;
        auto id = std::make_shared<Id>(0); // the id it was stored under, so undo and redo agree
        auto apply = [store, workspace, id] {
            Workspace w = workspace;
            w.id = *id;
            *id = store->addWorkspace(w);
        };
        auto revert = [store, id] {
            store->removeWorkspace(*id);
        };
        lastError = StoreCommand::push(
            m_undoStack, new StoreCommand(commandText.arg(workspace.name), std::move(apply), std::move(revert)));
        if (lastError.isEmpty()) {
            select(*id);
            m_form->showWorkspace(*id);
            m_form->focusName();
            return *id;
        }
        if (m_store->isReadOnly())
            break;
    }
    QMessageBox::warning(this, tr("Workspace not added"), lastError);
    return 0;
}

void WorkspacesPage::add()
{
    if (!canAdd())
        return;
    Workspace workspace; // a new workspace starts as a pilot, reviewed weekly while it is one
    workspace.status = WorkspaceStatus::Pilot;
    workspace.review.cadence = Cadence::Weekly;
    addAsCommand(workspace, tr("New workspace"), tr("Add workspace “%1”"));
}

void WorkspacesPage::duplicate()
{
    const auto original = canDuplicate() ? m_store->workspace(selectedId()) : std::nullopt;
    if (!original)
        return;
    Workspace copy = *original;
    copy.id = 0;
    for (ScheduledTask& task : copy.tasks)
        task.id = 0;
    // A review is of the original: the copy has not been reviewed yet.
    copy.review.lastReviewedOn = {};
    copy.review.lastReviewedBy = 0;
    addAsCommand(copy, tr("%1 (copy)").arg(original->name), tr("Duplicate workspace as “%1”"));
}

QString WorkspacesPage::contentsText(const Workspace& w, int reviews) const
{
    QStringList parts;
    if (!w.tasks.empty()) {
        QStringList tasks;
        for (const ScheduledTask& task : w.tasks)
            tasks << task.name;
        parts << tr("scheduled tasks: %1").arg(tasks.join(QStringLiteral(", ")));
    }
    auto namesOf = [](const auto& items, const std::vector<Id>& ids) {
        QStringList names;
        for (const auto& item : items) {
            if (std::find(ids.begin(), ids.end(), item.id) != ids.end())
                names << item.name;
        }
        return names.join(QStringLiteral(", "));
    };
    if (!w.connectorIds.empty())
        parts << tr("links to connectors: %1").arg(namesOf(m_store->connectors(), w.connectorIds));
    if (!w.skillIds.empty())
        parts << tr("links to skills: %1").arg(namesOf(m_store->skills(), w.skillIds));
    if (reviews > 0)
        parts << tr("%n recorded review(s)", nullptr, reviews);
    return parts.join(QStringLiteral("; "));
}

void WorkspacesPage::remove()
{
    const auto workspace = canRemove() ? m_store->workspace(selectedId()) : std::nullopt;
    if (!workspace)
        return;
    const Id id = workspace->id;
    // What undo has to give back besides the row, its tasks and links: the reviews of it.
    std::vector<Review> reviews;
    for (const Review& r : m_store->reviews()) {
        if (r.subjectType == QStringLiteral("workspace") && r.subjectId == id)
            reviews.push_back(r);
    }
    const std::vector<Incident> incidents = m_store->incidents();
    const bool hasIncidents = std::any_of(incidents.begin(), incidents.end(),
                                          [id](const Incident& incident) { return incident.workspaceId == id; });
    // With incidents the store refuses anyway: its message says why, no question first.
    const QString contents = hasIncidents ? QString() : contentsText(*workspace, int(reviews.size()));
    if (!contents.isEmpty()) {
        const QString question =
            tr("Delete “%1” with its %2?\n\nUndo brings them back.").arg(workspace->name, contents);
        if (QMessageBox::question(this, tr("Delete workspace"), question) != QMessageBox::Yes)
            return;
    }
    Store* store = m_store;
    auto currentId = std::make_shared<Id>(id);
    auto apply = [store, currentId] {
        store->removeWorkspace(*currentId);
    };
    auto revert = [store, currentId, w = *workspace, reviews] {
        store->transaction([&] {
            Workspace restored = w;
            restored.id = *currentId;
            const Id newId = store->addWorkspace(restored); // under its id, with tasks and links
            *currentId = newId;
            for (Review r : reviews) {
                r.subjectId = newId;
                store->addReview(r);
            }
        });
    };
    const QString error =
        StoreCommand::push(m_undoStack, new StoreCommand(tr("Delete workspace “%1”").arg(workspace->name),
                                                         std::move(apply), std::move(revert)));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Workspace not deleted"), error);
}

bool WorkspacesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && canRemove()) {
            remove();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedId() != 0) {
            m_form->focusName();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace steward::ui
