// ConnectorForm: from an edited field to one undoable command, with the rules and checks on the way.
#include "commands/storecommand.h"
#include "connectors/connectorform.h"
#include "connectors/scopeseditor.h"
#include "rules/connectorrules.h"
#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/personcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSet>
#include <QSpinBox>
#include <QUndoStack>
#include <QUrl>
#include <memory>

namespace steward::ui {
namespace {

template <typename E> E valueOf(const QComboBox* combo)
{
    return E(combo->currentData().toInt());
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
    onCombo(m_cadence, Cadence, [](Connector& c, int value) { c.review.cadence = steward::Cadence(value); });

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
    connect(m_approvedOn, &QDateEdit::editingFinished, this, [this] { commitDate(ApprovedOn, m_approvedOn); });
    connect(m_lastReviewed, &QDateEdit::editingFinished, this, [this] { commitDate(LastReviewed, m_lastReviewed); });
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
                .arg(label(after.access).toLower(), label(after.sensitivity).toLower(),
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
    // The seed's routing: a change of access, data or reach raises the tier to its floor.
    if (field != Tier)
        after.tier = std::max(after.tier, rules::tierFloor(after));
    // Widening an approved connector sends it back for re-approval and records who widened it.
    if (rules::widens(before, after) && before.status == ApprovalStatus::Approved) {
        after.status = ApprovalStatus::PendingReapproval;
        after.widenedBy = m_store->personIdByName(m_store->actor());
        after.widenedOn = QDate::currentDate();
    }
    if (after == before) {
        m_errors.value(field)->hide();
        return true;
    }
    Store* store = m_store;
    auto* command = new StoreCommand(
        tr("Edit connector “%1”").arg(before.name), [store, after] { store->updateConnector(after); },
        [store, before] { store->updateConnector(before); }, merge ? CommandId::EditField : CommandId::None,
        before.id * 64 + field);
    const QString error = StoreCommand::push(m_undoStack, command);
    if (!error.isEmpty()) {
        showRefusal(field, error);
        return false;
    }
    m_errors.value(field)->hide();
    m_message->hide();
    refresh();
    Q_EMIT committed(before.id);
    return true;
}

void ConnectorForm::showRefusal(Field field, const QString& message)
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
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New person"), tr("Name of the new person:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addPersonAs(field, name);
}

bool ConnectorForm::addPersonAs(Field field, const QString& name)
{
    if (!m_store || m_connector.id == 0)
        return false;
    const Connector before = m_connector;
    Store* store = m_store;
    // The person's id as stored, so that redo (which adds them again) links the same row.
    auto personId = std::make_shared<Id>(0);
    const QString trimmed = name.trimmed();
    auto apply = [store, before, field, personId, trimmed] {
        store->transaction([&] {
            Person person;
            person.id = *personId;
            person.name = trimmed;
            *personId = store->addPerson(person);
            Connector after = before;
            (field == Owner ? after.ownerId : after.approvedBy) = *personId;
            store->updateConnector(after);
        });
    };
    auto revert = [store, before, personId] {
        store->transaction([&] {
            store->updateConnector(before);
            store->removePerson(*personId);
        });
    };
    const QString error = StoreCommand::push(
        m_undoStack, new StoreCommand(tr("Add person “%1”").arg(trimmed), std::move(apply), std::move(revert)));
    if (!error.isEmpty()) {
        showMessage(field, error);
        return false;
    }
    m_errors.value(field)->hide();
    refresh();
    Q_EMIT committed(before.id);
    return true;
}

void ConnectorForm::commitDate(Field field, QDateEdit* editor)
{
    if (m_loading || !editor->isEnabled())
        return;
    const QDate date = optionalDate(editor);
    commit(
        field, [field, date](Connector& c) { (field == ApprovedOn ? c.approvedOn : c.review.lastReviewedOn) = date; },
        true);
}

} // namespace steward::ui
