#include "forum/incidentform.h"

#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/linkseditor.h"
#include "widgets/personcombobox.h"
#include "widgets/stringlisteditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <algorithm>

namespace steward::ui {
namespace {

// The store keeps links in id order: compared in that order, an unchanged set is no edit.
std::vector<Id> sortedIds(std::vector<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

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
    m_connectors = new LinksEditor(tr("connectors"));
    m_workspaces = new LinksEditor(tr("workspaces"));
    m_description = makeTextEdit(Description);
    m_followUps = new StringListEditor(QStringLiteral("followUps"), tr("follow-up"));

    addField(Title, tr("&Title"), m_title, QStringLiteral("titleLineEdit"));
    addField(Severity, tr("Se&verity"), m_severity, QStringLiteral("severityComboBox"));
    addField(Status, tr("&Status"), m_status, QStringLiteral("statusComboBox"));
    addField(ReportedBy, tr("Reported &by"), m_reportedBy, QStringLiteral("reportedByComboBox"));
    addField(OccurredOn, tr("&Occurred on"), m_occurredOn, QStringLiteral("occurredOnDateEdit"));
    addField(ResolvedOn, tr("R&esolved on"), m_resolvedOn, QStringLiteral("resolvedOnDateEdit"));
    addField(Connector, tr("&Connectors"), m_connectors, QStringLiteral("connectorsLinksEditor"));
    addField(Workspace, tr("&Workspaces"), m_workspaces, QStringLiteral("workspacesLinksEditor"));
    addField(Description, tr("Descri&ption"), m_description, QStringLiteral("descriptionPlainTextEdit"));
    addField(FollowUps, tr("&Follow-ups"), m_followUps, QStringLiteral("followUpsStringListEditor"));
    m_followUps->listWidget()->setAccessibleName(tr("Follow-ups"));

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
    connect(m_connectors, &LinksEditor::edited, this, [this](const std::vector<Id>& ids) {
        if (!commit(Connector, [ids](Incident& i) { i.connectorIds = sortedIds(ids); }))
            load();
    });
    connect(m_workspaces, &LinksEditor::edited, this, [this](const std::vector<Id>& ids) {
        if (!commit(Workspace, [ids](Incident& i) { i.workspaceIds = sortedIds(ids); }))
            load();
    });
    connect(m_followUps, &StringListEditor::itemsEdited, this, [this](const QStringList& items) {
        if (!commit(FollowUps, [items](Incident& i) { i.followUps = items; }))
            load();
    });
    connect(m_reportedBy, &PersonComboBox::newPersonRequested, this, &IncidentForm::askNewPerson);
    showRecord(0);
}

void IncidentForm::showRecord(Id id)
{
    m_incident = m_store && id != 0 ? m_store->incident(id).value_or(Incident()) : Incident();
    if (m_incident.id != shownId())
        clearErrors();
    setShownId(m_incident.id);
    load();
}

void IncidentForm::load()
{
    m_loading = true;
    const bool shown = m_store && m_incident.id != 0;
    m_connectors->setLinks(shown ? m_store->connectorNames() : std::vector<NamedId>(), m_incident.connectorIds);
    m_workspaces->setLinks(shown ? m_store->workspaceNames() : std::vector<NamedId>(), m_incident.workspaceIds);
    m_followUps->setItems(m_incident.followUps);
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
