#include "forum/incidentform.h"

#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/personcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace steward::ui {
IncidentForm::IncidentForm(QWidget* parent)
    : ForumForm(CommandId::EditIncident, parent)
{
    setObjectName(QStringLiteral("incidentFormScrollArea"));
    setAccessibleName(tr("Incident details"));
    m_title = new QLineEdit;
    m_severity = new QComboBox;
    fillChoices(m_severity, {label(steward::Severity::Low), label(steward::Severity::Medium),
                             label(steward::Severity::High), label(steward::Severity::Critical)});
    m_status = new QComboBox;
    fillChoices(m_status,
                {label(IncidentStatus::Open), label(IncidentStatus::Investigating), label(IncidentStatus::Resolved)});
    m_reportedBy = new PersonComboBox;
    m_occurredOn = makeDateEdit();
    m_resolvedOn = makeDateEdit();
    m_connector = new QComboBox;
    m_workspace = new QComboBox;
    m_description = makeTextEdit(Description);

    addField(Title, tr("&Title"), m_title, QStringLiteral("titleLineEdit"));
    addField(Severity, tr("Se&verity"), m_severity, QStringLiteral("severityComboBox"));
    addField(Status, tr("&Status"), m_status, QStringLiteral("statusComboBox"));
    addField(ReportedBy, tr("Reported &by"), m_reportedBy, QStringLiteral("reportedByComboBox"));
    addField(OccurredOn, tr("&Occurred on"), m_occurredOn, QStringLiteral("occurredOnDateEdit"));
    addField(ResolvedOn, tr("R&esolved on"), m_resolvedOn, QStringLiteral("resolvedOnDateEdit"));
    addField(Connector, tr("&Connector"), m_connector, QStringLiteral("connectorComboBox"));
    addField(Workspace, tr("&Workspace"), m_workspace, QStringLiteral("workspaceComboBox"));
    addField(Description, tr("Descri&ption"), m_description, QStringLiteral("descriptionPlainTextEdit"));

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading)
            commit(
                Title, [text = m_title->text().trimmed()](Incident& i) { i.title = text; }, true);
    });
    connect(m_severity, &QComboBox::activated, this,
            [this](int index) { commit(Severity, [index](Incident& i) { i.severity = steward::Severity(index); }); });
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        commit(Status, [index](Incident& i) {
            i.status = IncidentStatus(index);
            // A resolved incident has a resolution date: today, unless one was entered already.
            if (i.status == IncidentStatus::Resolved && !i.resolvedOn.isValid())
                i.resolvedOn = QDate::currentDate();
        });
    });
    connect(m_reportedBy, &PersonComboBox::personChosen, this,
            [this](Id id) { commit(ReportedBy, [id](Incident& i) { i.reportedBy = id; }); });
    connect(m_occurredOn, &QDateEdit::editingFinished, this, [this] {
        if (!m_loading)
            commit(
                OccurredOn, [date = optionalDate(m_occurredOn)](Incident& i) { i.occurredOn = date; }, true);
    });
    connect(m_resolvedOn, &QDateEdit::editingFinished, this, [this] {
        if (!m_loading)
            commit(
                ResolvedOn, [date = optionalDate(m_resolvedOn)](Incident& i) { i.resolvedOn = date; }, true);
    });
    connect(m_connector, &QComboBox::activated, this, [this](int index) {
        commit(Connector, [id = linkOf(m_connector, index)](Incident& i) { i.connectorId = id; });
    });
    connect(m_workspace, &QComboBox::activated, this, [this](int index) {
        commit(Workspace, [id = linkOf(m_workspace, index)](Incident& i) { i.workspaceId = id; });
    });
    connect(m_reportedBy, &PersonComboBox::newPersonRequested, this, &IncidentForm::askNewPerson);
    showRecord(0);
}

void IncidentForm::showRecord(Id id)
{
    m_incident = Incident();
    if (m_store && id != 0) {
        for (const Incident& incident : m_store->incidents()) {
            if (incident.id == id)
                m_incident = incident;
        }
    }
    if (m_incident.id != shownId())
        clearErrors();
    setShownId(m_incident.id);
    load();
}

void IncidentForm::load()
{
    m_loading = true;
    std::vector<std::pair<Id, QString>> connectors;
    std::vector<std::pair<Id, QString>> workspaces;
    if (m_store && m_incident.id != 0) {
        for (const NamedId& connector : m_store->connectorNames())
            connectors.emplace_back(connector.id, connector.name);
        for (const NamedId& workspace : m_store->workspaceNames())
            workspaces.emplace_back(workspace.id, workspace.name);
    }
    setLinkChoices(m_connector, std::move(connectors), m_incident.connectorId);
    setLinkChoices(m_workspace, std::move(workspaces), m_incident.workspaceId);
    m_reportedBy->setPeople(m_store && m_incident.id != 0 ? m_store->personNames() : std::vector<NamedId>());
    m_reportedBy->setPersonId(m_incident.reportedBy);
    // A title still holding a refused edit keeps it (and its error) until the user fixes it.
    if (fieldError(Title).isEmpty())
        m_title->setText(m_incident.title);
    m_severity->setCurrentIndex(int(m_incident.severity));
    m_status->setCurrentIndex(int(m_incident.status));
    setOptionalDate(m_occurredOn, m_incident.occurredOn);
    setOptionalDate(m_resolvedOn, m_incident.resolvedOn);
    setPlainTextKeepingCursor(m_description, m_incident.description);
    m_loading = false;
}

void IncidentForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

bool IncidentForm::addPersonAs(const QString& name)
{
    if (!writable() || m_incident.id == 0)
        return false;
    Store* store = m_store;
    const Incident before = m_incident;
    return pushNewPerson(
        ReportedBy, name,
        [store, before](Id personId) {
            Incident after = before;
            after.reportedBy = personId;
            store->updateIncident(after);
        },
        [store, before] { store->updateIncident(before); });
}

void IncidentForm::textEdited(int field)
{
    if (field == Description)
        commit(
            Description, [text = m_description->toPlainText()](Incident& i) { i.description = text; }, true);
}

QString IncidentForm::validate(Field field, const Incident& incident)
{
    if (field == Title && incident.title.trimmed().isEmpty())
        return tr("An incident needs a title.");
    if ((field == OccurredOn || field == ResolvedOn || field == Status) && incident.occurredOn.isValid() &&
        incident.resolvedOn.isValid() && incident.resolvedOn < incident.occurredOn)
        return tr("An incident cannot be resolved (%1) before it occurred (%2).")
            .arg(incident.resolvedOn.toString(Qt::ISODate), incident.occurredOn.toString(Qt::ISODate));
    return {};
}

bool IncidentForm::commit(Field field, const std::function<void(Incident&)>& change, bool merge)
{
    if (m_loading || !writable() || m_incident.id == 0)
        return false;
    const Incident before = m_incident;
    Incident after = before;
    change(after);
    if (after == before) {
        showFieldError(field, {}); // edited back to what is stored: nothing to write, nothing wrong
        return true;
    }
    const QString error = validate(field, after);
    showFieldError(field, error);
    if (!error.isEmpty()) {
        if (field != Title) // typed text stays to be corrected; a choice goes back to the stored value
            load();
        return false;
    }
    Store* store = m_store;
    return push(
        field, tr("Edit incident \u201c%1\u201d").arg(before.title), [store, after] { store->updateIncident(after); },
        [store, before] { store->updateIncident(before); }, merge);
}

} // namespace steward::ui
