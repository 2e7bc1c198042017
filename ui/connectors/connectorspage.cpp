#include "connectors/connectorspage.h"

#include "commands/storecommand.h"
#include "connectors/connectorform.h"
#include "connectors/connectortablemodel.h"
#include "store/store.h"
#include "widgets/collatingfilterproxy.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace steward::ui {

ConnectorsPage::ConnectorsPage(QWidget* parent)
    : Page(parent)
    , m_model(new ConnectorTableModel(this))
    , m_proxy(new CollatingFilterProxy(ConnectorTableModel::IdRole, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_form(new ConnectorForm(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("connectorsPage"));
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(tr("Filter connectors"));
    m_filter->setPlaceholderText(tr("Filter connectors…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("connectorsTableView"));
    m_table->setAccessibleName(tr("Connectors"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConnectorTableModel::Name, Qt::AscendingOrder);
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
    m_splitter->setObjectName(QStringLiteral("connectorsSplitter"));

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
            &ConnectorsPage::onSelectionChanged);
}

QString ConnectorsPage::title() const
{
    return tr("Connectors");
}

QIcon ConnectorsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("network-server"), QIcon(QStringLiteral(":/icons/steward.svg")));
}

qint64 ConnectorsPage::count() const
{
    return m_store ? m_store->count(QStringLiteral("connectors")) : 0;
}

void ConnectorsPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &ConnectorsPage::onStackChanged);
    m_model->setStore(store);
    m_form->setStore(store, undoStack);
    Q_EMIT actionsChanged();
}

void ConnectorsPage::reload()
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
    m_form->showConnector(selectedId());
    Q_EMIT actionsChanged();
}

void ConnectorsPage::onStackChanged()
{
    // Undo and redo change the store behind the form: show what it holds now.
    reload();
    Q_EMIT inventoryChanged();
}

Id ConnectorsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ConnectorTableModel::IdRole).value<Id>() : 0;
}

void ConnectorsPage::select(Id id)
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

void ConnectorsPage::onSelectionChanged()
{
    if (m_reloading)
        return;
    m_form->showConnector(selectedId());
    Q_EMIT actionsChanged();
}

bool ConnectorsPage::canAdd() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool ConnectorsPage::canDuplicate() const
{
    return canAdd() && selectedId() != 0;
}

bool ConnectorsPage::canRemove() const
{
    return canAdd() && selectedId() != 0;
}

void ConnectorsPage::focusFind()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

Id ConnectorsPage::addAsCommand(Connector connector, const QString& name, const QString& commandText)
{
    QString lastError;
    // Names are unique in the store; its refusal of a taken name tells us to try the next number.
    for (int attempt = 1; attempt <= 100; ++attempt) {
        connector.name = attempt == 1 ? name : tr("%1 %2").arg(name).arg(attempt);
        Store* store = m_store;
        auto id = std::make_shared<Id>(0); // the id it was stored under, so undo and redo agree
        auto apply = [store, connector, id] {
            Connector c = connector;
            c.id = *id;
            *id = store->addConnector(c);
        };
        auto revert = [store, id] {
            store->removeConnector(*id);
        };
        lastError = StoreCommand::push(
            m_undoStack, new StoreCommand(commandText.arg(connector.name), std::move(apply), std::move(revert)));
        if (lastError.isEmpty()) {
            select(*id);
            m_form->showConnector(*id);
            m_form->focusName();
            return *id;
        }
        if (m_store->isReadOnly())
            break;
    }
    QMessageBox::warning(this, tr("Connector not added"), lastError);
    return 0;
}

void ConnectorsPage::add()
{
    if (!canAdd())
        return;
    Connector connector; // least privilege: read-only, requested, tier 1 until someone says more
    connector.access = Access::ReadOnly;
    addAsCommand(connector, tr("New connector"), tr("Add connector “%1”"));
}

void ConnectorsPage::duplicate()
{
    const auto original = canDuplicate() ? m_store->connector(selectedId()) : std::nullopt;
    if (!original)
        return;
    Connector copy = *original;
    copy.id = 0;
    for (OAuthScope& scope : copy.scopes)
        scope.id = 0;
    // An approval is of the original: the copy is a new request until someone approves it.
    copy.status = ApprovalStatus::Requested;
    copy.approvedBy = 0;
    copy.approvedOn = {};
    copy.widenedBy = 0;
    copy.widenedOn = {};
    addAsCommand(copy, tr("%1 (copy)").arg(original->name), tr("Duplicate connector as “%1”"));
}

QString ConnectorsPage::referencesText(Id id) const
{
    QStringList workspaces;
    for (const Workspace& w : m_store->workspaces()) {
        if (std::find(w.connectorIds.begin(), w.connectorIds.end(), id) != w.connectorIds.end())
            workspaces << w.name;
    }
    QStringList skills;
    for (const Skill& s : m_store->skills()) {
        if (std::find(s.connectorIds.begin(), s.connectorIds.end(), id) != s.connectorIds.end())
            skills << s.name;
    }
    int reviews = 0;
    for (const Review& r : m_store->reviews())
        reviews += r.subjectType == QStringLiteral("connector") && r.subjectId == id ? 1 : 0;
    QStringList parts;
    if (!workspaces.isEmpty())
        parts << tr("workspaces: %1").arg(workspaces.join(QStringLiteral(", ")));
    if (!skills.isEmpty())
        parts << tr("skills: %1").arg(skills.join(QStringLiteral(", ")));
    if (reviews > 0)
        parts << tr("%n recorded review(s)", nullptr, reviews);
    return parts.join(QStringLiteral("; "));
}

void ConnectorsPage::remove()
{
    const auto connector = canRemove() ? m_store->connector(selectedId()) : std::nullopt;
    if (!connector)
        return;
    const Id id = connector->id;
    const std::vector<Incident> incidents = m_store->incidents();
    const bool hasIncidents = std::any_of(incidents.begin(), incidents.end(),
                                          [id](const Incident& incident) { return incident.connectorId == id; });
    const QString references = hasIncidents ? QString() : referencesText(id);
    if (!references.isEmpty()) {
        const QString question = tr("“%1” is used by %2.\n\nDeleting it removes those links; undo brings them back.")
                                     .arg(connector->name, references);
        if (QMessageBox::question(this, tr("Delete connector"), question) != QMessageBox::Yes)
            return;
    }
    // What undo has to give back besides the row: the links to it and the reviews of it.
    std::vector<Workspace> workspaces;
    for (const Workspace& w : m_store->workspaces()) {
        if (std::find(w.connectorIds.begin(), w.connectorIds.end(), id) != w.connectorIds.end())
            workspaces.push_back(w);
    }
    std::vector<Skill> skills;
    for (const Skill& s : m_store->skills()) {
        if (std::find(s.connectorIds.begin(), s.connectorIds.end(), id) != s.connectorIds.end())
            skills.push_back(s);
    }
    std::vector<Review> reviews;
    for (const Review& r : m_store->reviews()) {
        if (r.subjectType == QStringLiteral("connector") && r.subjectId == id)
            reviews.push_back(r);
    }
    Store* store = m_store;
    auto currentId = std::make_shared<Id>(id);
    auto apply = [store, currentId] {
        store->removeConnector(*currentId);
    };
    auto revert = [store, currentId, c = *connector, workspaces, skills, reviews] {
        store->transaction([&] {
            const Id oldId = *currentId;
            Connector restored = c;
            restored.id = oldId;
            const Id newId = store->addConnector(restored);
            *currentId = newId;
            // Ids are kept when the store can; otherwise the links follow the new one.
            auto relink = [oldId, newId](std::vector<Id> ids) {
                std::replace(ids.begin(), ids.end(), oldId, newId);
                return ids;
            };
            for (Workspace w : workspaces) {
                w.connectorIds = relink(w.connectorIds);
                store->updateWorkspace(w);
            }
            for (Skill s : skills) {
                s.connectorIds = relink(s.connectorIds);
                store->updateSkill(s);
            }
            for (Review r : reviews) {
                r.subjectId = newId;
                store->addReview(r);
            }
        });
    };
    const QString error =
        StoreCommand::push(m_undoStack, new StoreCommand(tr("Delete connector “%1”").arg(connector->name),
                                                         std::move(apply), std::move(revert)));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Connector not deleted"), error);
}

bool ConnectorsPage::eventFilter(QObject* watched, QEvent* event)
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
