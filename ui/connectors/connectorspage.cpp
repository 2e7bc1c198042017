#include "connectors/connectorspage.h"

#include "commands/storecommand.h"
#include "connectors/connectorform.h"
#include "connectors/connectortablemodel.h"
#include "store/store.h"

#include <QMessageBox>
#include <QUndoStack>
#include <memory>

namespace steward::ui {

ConnectorsPage::ConnectorsPage(QWidget* parent)
    : InventoryPage(parent)
    , m_model(new ConnectorTableModel(this))
    , m_form(new ConnectorForm(this))
{
    setUp(m_model, m_form, ConnectorTableModel::Name,
          {QStringLiteral("connectorsPage"), QStringLiteral("connectorsTableView"),
           QStringLiteral("connectorsSplitter"), tr("Connectors"), tr("Filter connectors"), tr("Filter connectors…"),
           QStringLiteral("connectors")});
}

QString ConnectorsPage::title() const
{
    return tr("Connectors");
}

QIcon ConnectorsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/connectors.svg"));
}

void ConnectorsPage::setFormStore(Store* store, QUndoStack* undoStack)
{
    m_form->setStore(store, undoStack);
}

void ConnectorsPage::showInForm(Id id)
{
    m_form->showRecord(id);
}

void ConnectorsPage::focusForm()
{
    m_form->focusName();
}

Id ConnectorsPage::addConnector(const Connector& connector, const QString& name, const QString& commandText)
{
    Store* store = m_store;
    auto add = [store, connector](const QString& uniqueName, Id id) {
        Connector row = connector;
        row.name = uniqueName;
        row.id = id;
        return store->addConnector(row);
    };
    auto remove = [store](Id id) {
        store->removeConnector(id);
    };
    return addAsCommand(name, commandText, tr("Connector not added"), std::move(add), std::move(remove));
}

void ConnectorsPage::add()
{
    if (!canAdd())
        return;
    Connector connector; // least privilege: read-only, requested, tier 1 until someone says more
    connector.access = Access::ReadOnly;
    addConnector(connector, tr("New connector"), tr("Add connector “%1”"));
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
    addConnector(copy, tr("%1 (copy)").arg(original->name), tr("Duplicate connector as “%1”"));
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
    const std::vector<ForumRequest> requests = m_store->requests();
    // Incidents and requests that name it make the store refuse: its message says why, no question first.
    const bool hasIncidents =
        std::any_of(incidents.begin(), incidents.end(),
                    [id](const Incident& incident) {
                        return std::find(incident.connectorIds.begin(), incident.connectorIds.end(), id) !=
                               incident.connectorIds.end();
                    }) ||
        std::any_of(requests.begin(), requests.end(), [id](const ForumRequest& r) { return r.connectorId == id; });
    const QString references = hasIncidents ? QString() : referencesText(id);
    if (!references.isEmpty()) {
        const QString question = tr("“%1” is used by %2.\n\nDeleting it removes those links; undo brings them back.")
                                     .arg(connector->name, references);
        if (!confirmDelete(question, tr("Delete connector")))
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
            const Id newId = store->addConnector(restored, Store::WriteMode::Restore);
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

void ConnectorsPage::markReviewed()
{
    if (const auto row = canMarkReviewed() ? m_store->connector(selectedId()) : std::nullopt)
        markSelectedReviewed(QStringLiteral("connector"), row->name);
}

} // namespace steward::ui
