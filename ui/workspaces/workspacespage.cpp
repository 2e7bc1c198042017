#include "workspaces/workspacespage.h"

#include "commands/storecommand.h"
#include "rules/reviewitems.h"
#include "store/store.h"
#include "workspaces/workspaceform.h"
#include "workspaces/workspacetablemodel.h"

#include <QMessageBox>
#include <QUndoStack>
#include <algorithm>
#include <memory>

namespace steward::ui {

WorkspacesPage::WorkspacesPage(QWidget* parent)
    : InventoryPage(parent)
    , m_model(new WorkspaceTableModel(this))
    , m_form(new WorkspaceForm(this))
{
    setUp(m_model, m_form, WorkspaceTableModel::Name,
          {QStringLiteral("workspacesPage"), QStringLiteral("workspacesTableView"),
           QStringLiteral("workspacesSplitter"), tr("Workspaces"), tr("Filter workspaces"), tr("Filter workspaces…"),
           QStringLiteral("workspaces")});
}

QString WorkspacesPage::title() const
{
    return tr("Workspaces");
}

QIcon WorkspacesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/workspaces.svg"));
}

void WorkspacesPage::setFormStore(Store* store, QUndoStack* undoStack)
{
    m_form->setStore(store, undoStack);
}

void WorkspacesPage::showInForm(Id id)
{
    m_form->showRecord(id);
}

void WorkspacesPage::focusForm()
{
    m_form->focusName();
}

Id WorkspacesPage::addWorkspace(const Workspace& workspace, const QString& name, const QString& commandText)
{
    Store* store = m_store;
    auto add = [store, workspace](const QString& uniqueName, Id id) {
        Workspace row = workspace;
        row.name = uniqueName;
        row.id = id;
        return store->addWorkspace(row);
    };
    auto remove = [store](Id id) {
        store->removeWorkspace(id);
    };
    return addAsCommand(name, commandText, tr("Workspace not added"), std::move(add), std::move(remove));
}

void WorkspacesPage::add()
{
    if (!canAdd())
        return;
    Workspace workspace; // a new workspace starts as a pilot, reviewed weekly while it is one
    workspace.status = WorkspaceStatus::Pilot;
    workspace.review.cadence = rules::defaultWorkspaceCadence(WorkspaceStatus::Pilot);
    workspace.pilotStartedOn = QDate::currentDate();
    addWorkspace(workspace, tr("New workspace"), tr("Add workspace “%1”"));
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
    addWorkspace(copy, tr("%1 (copy)").arg(original->name), tr("Duplicate workspace as “%1”"));
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
        parts << tr("links to connectors: %1").arg(namesOf(m_store->connectorNames(), w.connectorIds));
    if (!w.skillIds.empty())
        parts << tr("links to skills: %1").arg(namesOf(m_store->skillNames(), w.skillIds));
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
    const bool hasIncidents = std::any_of(incidents.begin(), incidents.end(), [id](const Incident& incident) {
        return std::find(incident.workspaceIds.begin(), incident.workspaceIds.end(), id) != incident.workspaceIds.end();
    });
    // With incidents the store refuses anyway: its message says why, no question first.
    const QString contents = hasIncidents ? QString() : contentsText(*workspace, int(reviews.size()));
    if (!contents.isEmpty()) {
        const QString question =
            tr("Delete “%1” with its %2?\n\nUndo brings them back.").arg(workspace->name, contents);
        if (!confirmDelete(question, tr("Delete workspace")))
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

void WorkspacesPage::markReviewed()
{
    if (const auto row = canMarkReviewed() ? m_store->workspace(selectedId()) : std::nullopt)
        markSelectedReviewed(QStringLiteral("workspace"), row->name);
}

} // namespace steward::ui
