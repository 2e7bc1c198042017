#include "connectors/connectorform.h"

#include "connectors/scopeseditor.h"
#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/personcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace steward::ui {
namespace {

// Shell-style quoting, as the CSV export writes a stdio command line.
QString joinArgs(const QStringList& args)
{
    QStringList quoted;
    for (const QString& arg : args) {
        if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('"')))
            quoted << arg;
        else
            quoted << QLatin1Char('"') + QString(arg).replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) +
                          QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace

ConnectorForm::ConnectorForm(QWidget* parent)
    : DetailForm(CommandId::EditConnector, QStringLiteral("connectorFormScrollArea"), tr("Connector details"), parent)
{
    addMessageRow();
    buildEditors();
    connectEditors();
    setEditable(false);
}

void ConnectorForm::buildEditors()
{
    m_name = make(new QLineEdit, QStringLiteral("nameLineEdit"));
    m_system = make(new QLineEdit, QStringLiteral("systemLineEdit"));
    m_system->setPlaceholderText(tr("The system it reaches, e.g. GitHub"));
    m_access = make(new QComboBox, QStringLiteral("accessComboBox"));
    fillCombo(m_access, {Access::ReadOnly, Access::ReadWrite});
    m_sensitivity = make(new QComboBox, QStringLiteral("sensitivityComboBox"));
    fillCombo(m_sensitivity, {DataClass::Public, DataClass::Internal, DataClass::Confidential, DataClass::Restricted});
    m_external = make(new QCheckBox(tr("Can send data outside the organisation")), QStringLiteral("externalCheckBox"));
    m_tier = make(new QSpinBox, QStringLiteral("tierSpinBox"));
    m_tier->setRange(1, 3);
    m_tier->setKeyboardTracking(false);
    m_owner = make(new PersonComboBox, QStringLiteral("ownerComboBox"));
    m_approvedBy = make(new PersonComboBox, QStringLiteral("approvedByComboBox"));
    m_approvedOn = make(new QDateEdit, QStringLiteral("approvedOnDateEdit"));
    m_status = make(new QComboBox, QStringLiteral("statusComboBox"));
    fillCombo(m_status, {ApprovalStatus::Requested, ApprovalStatus::Approved, ApprovalStatus::PendingReapproval,
                         ApprovalStatus::Revoked});
    m_transport = make(new QComboBox, QStringLiteral("transportComboBox"));
    fillCombo(m_transport, {steward::Transport::Unknown, steward::Transport::Stdio, steward::Transport::Http,
                            steward::Transport::Sse});
    m_command = make(new QLineEdit, QStringLiteral("commandLineEdit"));
    m_command->setPlaceholderText(tr("e.g. npx"));
    m_args = make(new QLineEdit, QStringLiteral("argsLineEdit"));
    m_args->setPlaceholderText(tr("Arguments, quoted as in a shell"));
    m_url = make(new QLineEdit, QStringLiteral("urlLineEdit"));
    m_url->setPlaceholderText(tr("https://…"));
    m_cadence = make(new CadenceEditor, QStringLiteral("cadenceEditor"));
    m_lastReviewed = make(new QDateEdit, QStringLiteral("lastReviewedDateEdit"));
    m_notes = make(new QPlainTextEdit, QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(120);
    m_notes->installEventFilter(this);
    m_scopes = make(new ScopesEditor, QStringLiteral("scopesEditor"));
    for (QDateEdit* date : {m_approvedOn, m_lastReviewed})
        setUpOptionalDate(date);

    addField(Name, tr("&Name"), m_name);
    addField(System, tr("S&ystem"), m_system);
    addField(Access, tr("&Access"), m_access);
    addField(Scopes, tr("OAuth &scopes"), m_scopes);
    addField(Sensitivity, tr("Data se&nsitivity"), m_sensitivity);
    addField(External, tr("External"), m_external);
    addField(Tier, tr("Risk &tier"), m_tier);
    addField(Owner, tr("&Owner"), m_owner);
    addField(Status, tr("Approval stat&us"), m_status);
    addField(ApprovedBy, tr("Approved &by"), m_approvedBy);
    addField(ApprovedOn, tr("Approved o&n"), m_approvedOn);
    addField(Transport, tr("MCP t&ransport"), m_transport);
    addField(Command, tr("&Command"), m_command);
    addField(Args, tr("Ar&guments"), m_args);
    addField(Url, tr("&URL"), m_url);
    addField(Cadence, tr("Review ca&dence"), m_cadence);
    addField(LastReviewed, tr("&Last reviewed"), m_lastReviewed);
    addField(Notes, tr("Not&es"), m_notes);
}

void ConnectorForm::showRecord(Id id)
{
    std::optional<Connector> found = m_store && id != 0 ? m_store->connector(id) : std::nullopt;
    if (!found || found->id != m_connector.id)
        clearMessages();
    m_connector = found.value_or(Connector{});
    load();
    setEditable(found.has_value() && !m_store->isReadOnly());
}

void ConnectorForm::load()
{
    m_loading = true;
    const Connector& c = m_connector;
    const std::vector<NamedId> people = m_store ? m_store->personNames() : std::vector<NamedId>{};
    // A field showing a refused value keeps it, so the person can correct it.
    if (!showsRefusal(Name))
        setTextKeepingCursor(m_name, c.name);
    setTextKeepingCursor(m_system, c.system);
    selectValue(m_access, c.access);
    selectValue(m_sensitivity, c.sensitivity);
    {
        const QSignalBlocker blocker(m_external);
        m_external->setChecked(c.external);
    }
    {
        const QSignalBlocker blocker(m_tier);
        m_tier->setValue(c.tier);
    }
    m_owner->setPeople(people);
    m_owner->setPersonId(c.ownerId);
    m_approvedBy->setPeople(people);
    m_approvedBy->setPersonId(c.approvedBy);
    setOptionalDate(m_approvedOn, c.approvedOn);
    selectValue(m_status, c.status);
    selectValue(m_transport, c.server.transport);
    setTextKeepingCursor(m_command, c.server.command);
    setTextKeepingCursor(m_args, joinArgs(c.server.args));
    if (!showsRefusal(Url))
        setTextKeepingCursor(m_url, c.server.url);
    m_cadence->setReview(c.review);
    setOptionalDate(m_lastReviewed, c.review.lastReviewedOn);
    if (!showsRefusal(Notes))
        setPlainTextKeepingCursor(m_notes, c.notes);
    m_scopes->setScopes(c.scopes, showsRefusal(Scopes));
    updateTransportRows();
    m_loading = false;
}

void ConnectorForm::setEditable(bool editable)
{
    for (QWidget* editor :
         std::initializer_list<QWidget*>{m_access, m_sensitivity, m_external, m_tier, m_owner, m_approvedBy,
                                         m_approvedOn, m_status, m_transport, m_cadence, m_lastReviewed})
        editor->setEnabled(editable);
    for (QLineEdit* edit : {m_name, m_system, m_command, m_args, m_url})
        edit->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_scopes->setEditable(editable);
    widget()->setEnabled(m_connector.id != 0);
}

void ConnectorForm::updateTransportRows()
{
    const auto transport = m_connector.server.transport;
    const bool stdio = transport == steward::Transport::Stdio;
    const bool web = transport == steward::Transport::Http || transport == steward::Transport::Sse;
    setRowVisible(Command, stdio);
    setRowVisible(Args, stdio);
    setRowVisible(Url, web);
}

void ConnectorForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace steward::ui
