#include "skills/skillspage.h"

#include "commands/storecommand.h"
#include "skills/skillform.h"
#include "skills/skilltablemodel.h"
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

SkillsPage::SkillsPage(QWidget* parent)
    : Page(parent)
    , m_model(new SkillTableModel(this))
    , m_proxy(new CollatingFilterProxy(SkillTableModel::IdRole, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_form(new SkillForm(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("skillsPage"));
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setAccessibleName(tr("Filter skills"));
    m_filter->setPlaceholderText(tr("Filter skills…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("skillsTableView"));
    m_table->setAccessibleName(tr("Skills"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SkillTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-content sizing: measuring many rows is what makes tables slow.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_splitter->setObjectName(QStringLiteral("skillsSplitter"));

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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SkillsPage::onSelectionChanged);
}

QString SkillsPage::title() const
{
    return tr("Skills");
}

QIcon SkillsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("applications-utilities"), QIcon(QStringLiteral(":/icons/steward.svg")));
}

qint64 SkillsPage::count() const
{
    return m_store ? m_store->count(QStringLiteral("skills")) : 0;
}

void SkillsPage::setStore(Store* store, QUndoStack* undoStack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &SkillsPage::onStackChanged);
    m_model->setStore(store);
    m_form->setStore(store, undoStack);
    Q_EMIT actionsChanged();
}

void SkillsPage::reload()
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
    m_form->showSkill(selectedId());
    Q_EMIT actionsChanged();
}

void SkillsPage::onStackChanged()
{
    // Undo and redo change the store behind the form: show what it holds now.
    reload();
    Q_EMIT inventoryChanged();
}

Id SkillsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SkillTableModel::IdRole).value<Id>() : 0;
}

void SkillsPage::select(Id id)
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

void SkillsPage::onSelectionChanged()
{
    if (m_reloading)
        return;
    m_form->showSkill(selectedId());
    Q_EMIT actionsChanged();
}

bool SkillsPage::canAdd() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

bool SkillsPage::canDuplicate() const
{
    return canAdd() && selectedId() != 0;
}

bool SkillsPage::canRemove() const
{
    return canAdd() && selectedId() != 0;
}

void SkillsPage::focusFind()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

Id SkillsPage::addAsCommand(Skill skill, const QString& name, const QString& commandText)
{
    QString lastError;
    // Names are unique in the store; its refusal of a taken name tells us to try the next number.
    for (int attempt = 1; attempt <= 100; ++attempt) {
        skill.name = attempt == 1 ? name : tr("%1 %2").arg(name).arg(attempt);
        Store* store = m_store;
        auto id = std::make_shared<Id>(0); // the id it was stored under, so undo and redo agree
        auto apply = [store, skill, id] {
            Skill s = skill;
            s.id = *id;
            *id = store->addSkill(s);
        };
        auto revert = [store, id] {
            store->removeSkill(*id);
        };
        lastError = StoreCommand::push(
            m_undoStack, new StoreCommand(commandText.arg(skill.name), std::move(apply), std::move(revert)));
        if (lastError.isEmpty()) {
            select(*id);
            m_form->showSkill(*id);
            m_form->focusName();
            return *id;
        }
        if (m_store->isReadOnly())
            break;
    }
    QMessageBox::warning(this, tr("Skill not added"), lastError);
    return 0;
}

void SkillsPage::add()
{
    if (!canAdd())
        return;
    Skill skill; // a draft until someone verifies and activates it
    skill.status = SkillStatus::Draft;
    addAsCommand(skill, tr("New skill"), tr("Add skill “%1”"));
}

void SkillsPage::duplicate()
{
    const auto original = canDuplicate() ? m_store->skill(selectedId()) : std::nullopt;
    if (!original)
        return;
    Skill copy = *original;
    copy.id = 0;
    // The copy has not been verified or put to use yet: it starts as a draft, like a new skill.
    copy.status = SkillStatus::Draft;
    addAsCommand(copy, tr("%1 (copy)").arg(original->name), tr("Duplicate skill as “%1”"));
}

QString SkillsPage::referencesText(const std::vector<Workspace>& workspaces, std::size_t reviews) const
{
    QStringList names;
    for (const Workspace& w : workspaces)
        names << w.name;
    QStringList parts;
    if (!names.isEmpty())
        parts << tr("workspaces: %1").arg(names.join(QStringLiteral(", ")));
    if (reviews > 0)
        parts << tr("%n recorded review(s)", nullptr, int(reviews));
    return parts.join(QStringLiteral("; "));
}

void SkillsPage::remove()
{
    const auto skill = canRemove() ? m_store->skill(selectedId()) : std::nullopt;
    if (!skill)
        return;
    const Id id = skill->id;
    // What undo has to give back besides the row (which carries its connector links): the
    // workspaces' links to it and the reviews of it.
    std::vector<Workspace> workspaces;
    for (const Workspace& w : m_store->workspaces()) {
        if (std::find(w.skillIds.begin(), w.skillIds.end(), id) != w.skillIds.end())
            workspaces.push_back(w);
    }
    std::vector<Review> reviews;
    for (const Review& r : m_store->reviews()) {
        if (r.subjectType == QStringLiteral("skill") && r.subjectId == id)
            reviews.push_back(r);
    }
    const QString references = referencesText(workspaces, reviews.size());
    if (!references.isEmpty()) {
        const QString question = tr("“%1” is used by %2.\n\nDeleting it removes those links; undo brings them back.")
                                     .arg(skill->name, references);
        if (QMessageBox::question(this, tr("Delete skill"), question) != QMessageBox::Yes)
            return;
    }
    Store* store = m_store;
    auto currentId = std::make_shared<Id>(id);
    auto apply = [store, currentId] {
        store->removeSkill(*currentId);
    };
    auto revert = [store, currentId, s = *skill, workspaces, reviews] {
        store->transaction([&] {
            const Id oldId = *currentId;
            Skill restored = s;
            restored.id = oldId;
            const Id newId = store->addSkill(restored);
            *currentId = newId;
            // Ids are kept when the store can; otherwise the links follow the new one.
            for (Workspace w : workspaces) {
                std::replace(w.skillIds.begin(), w.skillIds.end(), oldId, newId);
                store->updateWorkspace(w);
            }
            for (Review r : reviews) {
                r.subjectId = newId;
                store->addReview(r);
            }
        });
    };
    const QString error = StoreCommand::push(
        m_undoStack, new StoreCommand(tr("Delete skill “%1”").arg(skill->name), std::move(apply), std::move(revert)));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Skill not deleted"), error);
}

bool SkillsPage::eventFilter(QObject* watched, QEvent* event)
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
