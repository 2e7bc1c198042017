#include "forum/incidentspage.h"

#include "commands/storecommand.h"
#include "forum/incidentform.h"
#include "forum/incidenttablemodel.h"
#include "store/store.h"

namespace steward::ui {

IncidentsPage::IncidentsPage(QWidget* parent)
    : ForumPage(parent)
    , m_incidentModel(new IncidentTableModel(this))
    , m_incidentForm(new IncidentForm(this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    setUp(m_incidentModel, m_incidentForm, QStringLiteral("incidentsTableView"), tr("Incidents"),
          tr("Filter by title, severity, status, connector or workspace"));
}

QString IncidentsPage::title() const
{
    return tr("Incidents");
}

QIcon IncidentsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/incidents.svg"));
}

qint64 IncidentsPage::count() const
{
    return m_store ? m_store->count(countTable()) : 0;
}

QString IncidentsPage::countTable() const
{
    return QStringLiteral("incidents");
}

bool IncidentsPage::addIncident(const Incident& incident, const QString& commandText)
{
    Store* store = m_store;
    return pushAdd(
        commandText,
        [store, incident](Id id) {
            Incident i = incident;
            i.id = id;
            return store->addIncident(i);
        },
        [store](Id id) { store->removeIncident(id); });
}

void IncidentsPage::add()
{
    if (!canAdd())
        return;
    Incident incident;
    incident.title = tr("New incident");
    incident.occurredOn = QDate::currentDate();
    incident.status = IncidentStatus::Open;
    addIncident(incident, tr("Add incident"));
}

void IncidentsPage::duplicate()
{
    if (!canDuplicate() || m_incidentForm->incident().id == 0)
        return;
    Incident copy = m_incidentForm->incident();
    copy.id = 0;
    copy.title = tr("%1 (copy)").arg(copy.title);
    addIncident(copy, tr("Duplicate incident"));
}

StoreCommand* IncidentsPage::removeCommand(Id id)
{
    const Incident* incident = m_incidentModel->incidentAt(m_incidentModel->rowOf(id));
    if (!incident)
        return nullptr;
    Store* store = m_store;
    // Restored under the same id on undo, so the audit trail and any reference keep fitting.
    return new StoreCommand(
        tr("Delete incident \u201c%1\u201d").arg(incident->title), [store, id] { store->removeIncident(id); },
        [store, copy = *incident] { store->addIncident(copy); });
}

} // namespace steward::ui
