// ConnectorForm: from an edited field to one undoable command, with the rules and checks on the way.
#include "commands/storecommand.h"
#include "connectors/connectorform.h"
#include "connectors/scopeseditor.h"
#include "rules/connectorrules.h"
#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/newperson.h"
#include "widgets/personcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSet>
#include <QSpinBox>
#include <QUrl>
#include <memory>
#include <optional>

namespace steward::ui {
namespace {

// The first run stores the edit through the seed's rules; undo, and redo after it, put back exactly
// what was stored before and after, whatever the rules or the day say by then.
std::pair<StoreCommand::Action, StoreCommand::Action> ruledEdit(Store* store, const Connector& before,
                                                                const Connector& after)
{
    auto stored = std::make_shared<std::optional<Connector>>();
    StoreCommand::Action apply = [store, after, stored] {
        if (stored->has_value()) {
            store->updateConnector(**stored, Store::WriteMode::Restore);
            return;
        }
        store->updateConnector(after);
        *stored = store->connector(after.id);
    };
    StoreCommand::Action revert = [store, before] {
        store->updateConnector(before, Store::WriteMode::Restore);
    };
    return {std::move(apply), std::move(revert)};
}

} // namespace

void ConnectorForm::connectEditors()
{
    auto onText = [this](QLineEdit* edit, Field field, auto setter) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, setter] {
            if (!m_loading && !edit->isReadOnly())
                commit(
                    field, [&](Connector& c) { setter(c, edit->text()); }, true);
        });
    };
    onText(m_name, Name, [](Connector& c, const QString& text) { c.name = text.trimmed(); });
    onText(m_system, System, [](Connector& c, const QString& text) { c.system = text.trimmed(); });
    onText(m_command, Command, [](Connector& c, const QString& text) { c.server.command = text.trimmed(); });
    onText(m_args, Args, [](Connector& c, const QString& text) { c.server.args = QProcess::splitCommand(text); });
    onText(m_url, Url, [](Connector& c, const QString& text) { c.server.url = text.trimmed(); });

    auto onCombo = [this](QComboBox* combo, Field field, auto setter) {
        connect(combo, &QComboBox::activated, this, [this, combo, field, setter] {
            commit(field, [&](Connector& c) { setter(c, combo->currentData().toInt()); });
        });
    };
    onCombo(m_access, Access, [](Connector& c, int value) { c.access = steward::Access(value); });
    onCombo(m_sensitivity, Sensitivity, [](Connector& c, int value) { c.sensitivity = DataClass(value); });
    onCombo(m_status, Status, [](Connector& c, int value) { c.status = ApprovalStatus(value); });
    onCombo(m_transport, Transport, [](Connector& c, int value) { c.server.transport = steward::Transport(value); });
    connect(m_cadence, &CadenceEditor::edited, this, [this](steward::Cadence cadence, int days, bool typing) {
        commit(
            Cadence,
            [cadence, days](Connector& c) {
                c.review.cadence = cadence;
                c.review.cadenceDays = days;
            },
            typing);
    });

    connect(m_external, &QCheckBox::toggled, this, [this](bool checked) {
        if (!m_loading)
            commit(External, [checked](Connector& c) { c.external = checked; });
    });
    connect(m_tier, &QSpinBox::valueChanged, this, [this](int tier) {
        if (!m_loading)
            commit(
                Tier, [tier](Connector& c) { c.tier = tier; }, true);
    });
    connect(m_owner, &PersonComboBox::personChosen, this, [this](Id id) { choosePerson(Owner, id); });
    connect(m_approvedBy, &PersonComboBox::personChosen, this, [this](Id id) { choosePerson(ApprovedBy, id); });
    connect(m_owner, &PersonComboBox::newPersonRequested, this, [this] { askNewPerson(Owner); });
    connect(m_approvedBy, &PersonComboBox::newPersonRequested, this, [this] { askNewPerson(ApprovedBy); });
    onDateEdited(m_approvedOn, [this](const QDate& date) {
        commit(
            ApprovedOn, [date](Connector& c) { c.approvedOn = date; }, true);
    });
    onDateEdited(m_lastReviewed, [this](const QDate& date) {
        commit(
            LastReviewed, [date](Connector& c) { c.review.lastReviewedOn = date; }, true);
    });
    connect(m_scopes, &ScopesEditor::edited, this, [this](const std::vector<OAuthScope>& scopes) {
        commit(Scopes, [&](Connector& c) { c.scopes = scopes; });
    });
}

bool ConnectorForm::eventFilter(QObject* watched, QEvent* event)
{
    // A plain-text edit has no editingFinished: leaving it commits the notes.
    if (watched == m_notes && event->type() == QEvent::FocusOut && !m_notes->isReadOnly())
        commit(
            Notes, [this](Connector& c) { c.notes = m_notes->toPlainText(); }, true);
    return QScrollArea::eventFilter(watched, event);
}

bool ConnectorForm::commitPending()
{
    if (m_connector.id == 0 || m_name->isReadOnly())
        return true;
    bool ok = commit(
        Name, [this](Connector& c) { c.name = m_name->text().trimmed(); }, true);
    ok = commit(
             System, [this](Connector& c) { c.system = m_system->text().trimmed(); }, true) &&
         ok;
    ok = commit(
             Url, [this](Connector& c) { c.server.url = m_url->text().trimmed(); }, true) &&
         ok;
    return commit(
               Notes, [this](Connector& c) { c.notes = m_notes->toPlainText(); }, true) &&
           ok;
}

std::optional<QString> ConnectorForm::validate(Field field, const Connector& after) const
{
    switch (field) {
    case Name:
        if (after.name.isEmpty())
            return tr("A connector needs a name.");
        break;
    case Url: {
        if (after.server.url.isEmpty())
            break;
        const QUrl url(after.server.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) ||
            url.host().isEmpty())
            return tr("Not a web address: use the form https://host/path.");
        break;
    }
    case Tier:
        if (after.tier < rules::tierFloor(after))
            return tr("A %1 connector with %2 data%3 is at least tier %4; a tier can be raised, never lowered "
                      "below that.")
                .arg(inSentence(label(after.access)), inSentence(label(after.sensitivity)),
                     after.external ? tr(" that can leave the organisation") : QString())
                .arg(rules::tierFloor(after));
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool ConnectorForm::commit(Field field, const std::function<void(Connector&)>& change, bool merge)
{
    if (!m_store || !m_undoStack || m_connector.id == 0)
        return false;
    const Connector before = m_connector;
    Connector after = before;
    change(after);
    if (const auto problem = validate(field, after)) {
        showRefusal(field, *problem);
        return false;
    }
    // The store applies the seed's rules again on the way in; applying them here first lets the form
    // refuse before anything is written and skip edits that change nothing once ruled.
    const rules::RuledConnector ruled =
        rules::applyConnectorRules(&before, after, m_store->personIdByName(m_store->actor()), QDate::currentDate());
    if (!ruled.refusal.isEmpty()) {
        showRefusal(field, ruled.refusal);
        return false;
    }
    after = ruled.connector;
    if (after == before) {
        hideMessage(field);
        return true;
    }
    const auto [apply, revert] = ruledEdit(m_store, before, after);
    return pushEdit(field, before.id, tr("Edit connector “%1”").arg(before.name), apply, revert, merge);
}

void ConnectorForm::showRefusal(int field, const QString& message)
{
    showMessage(field, message);
    // Text stays as typed so it can be corrected; a choice goes back to the stored value.
    static const QSet<int> typed = {Name, System, Command, Args, Url, Notes};
    if (field == Scopes)
        m_scopes->setScopes(m_connector.scopes, true);
    else if (!typed.contains(field))
        load();
}

void ConnectorForm::choosePerson(Field field, Id id)
{
    commit(field, [field, id](Connector& c) { (field == Owner ? c.ownerId : c.approvedBy) = id; });
}

void ConnectorForm::askNewPerson(Field field)
{
    if (const auto name = askNewPersonName(this))
        addPersonAs(field, *name);
}

bool ConnectorForm::addPersonAs(Field field, const QString& name)
{
    Store* store = m_store;
    const Connector before = m_connector;
    return pushNewPerson(
        field, name,
        [store, before, field](Id personId) {
            Connector after = before;
            (field == Owner ? after.ownerId : after.approvedBy) = personId;
            store->updateConnector(after);
        },
        [store, before] { store->updateConnector(before, Store::WriteMode::Restore); });
}

} // namespace steward::ui
