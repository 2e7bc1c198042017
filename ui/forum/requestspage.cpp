#include "forum/requestspage.h"

#include "commands/storecommand.h"
#include "forum/requestform.h"
#include "forum/requesttablemodel.h"
#include "store/store.h"

namespace steward::ui {

RequestsPage::RequestsPage(QWidget* parent)
    : ForumPage(parent)
    , m_requestModel(new RequestTableModel(this))
    , m_requestForm(new RequestForm(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    setUp(m_requestModel, m_requestForm, QStringLiteral("requestsTableView"), tr("Requests"),
          tr("Filter by title, kind, status or requester"));
}

QString RequestsPage::title() const
{
    return tr("Requests");
}

QIcon RequestsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/requests.svg"));
}

qint64 RequestsPage::count() const
{
    return m_store ? m_store->count(countTable()) : 0;
}

QString RequestsPage::countTable() const
{
    return QStringLiteral("requests");
}

bool RequestsPage::addRequest(const ForumRequest& request, const QString& commandText)
{
    Store* store = m_store;
    return pushAdd(
        commandText,
        [store, request](Id id) {
            ForumRequest r = request;
            r.id = id;
            return store->addRequest(r);
        },
        [store](Id id) { store->removeRequest(id); });
}

void RequestsPage::add()
{
    if (!canAdd())
        return;
    ForumRequest request;
    request.title = tr("New request");
    request.requestedOn = QDate::currentDate();
    request.status = RequestStatus::Open;
    addRequest(request, tr("Add request"));
}

void RequestsPage::duplicate()
{
    if (!canDuplicate() || m_requestForm->request().id == 0)
        return;
    ForumRequest copy = m_requestForm->request();
    copy.id = 0;
    copy.title = tr("%1 (copy)").arg(copy.title);
    addRequest(copy, tr("Duplicate request"));
}

StoreCommand* RequestsPage::removeCommand(Id id)
{
    const ForumRequest* request = m_requestModel->requestAt(m_requestModel->rowOf(id));
    if (!request)
        return nullptr;
    Store* store = m_store;
    // Restored under the same id on undo, so the audit trail and any reference keep fitting.
    return new StoreCommand(
        tr("Delete request \u201c%1\u201d").arg(request->title), [store, id] { store->removeRequest(id); },
        [store, copy = *request] { store->addRequest(copy); });
}

} // namespace steward::ui
