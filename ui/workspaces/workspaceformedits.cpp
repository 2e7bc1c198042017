// WorkspaceForm: from an edited field to one undoable command, with the checks on the way.
#include "commands/storecommand.h"
#include "rules/reviewitems.h"
#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/linkseditor.h"
#include "widgets/newperson.h"
#include "widgets/personcombobox.h"
#include "workspaces/taskseditor.h"
#include "workspaces/workspaceform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QUrl>

namespace steward::ui {

void WorkspaceForm::connectEditors()
{
    auto onText = [this](QLineEdit* edit, Field field, auto setter) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, setter] {
            if (!m_loading && !edit->isReadOnly())
                commit(
                    field, [&](Workspace& w) { setter(w, edit->text()); }, true);
        });
    };
    onText(m_name, Name, [](Workspace& w, const QString& text) { w.name = text.trimmed(); });
    onText(m_purpose, Purpose, [](Workspace& w, const QString& text) { w.purpose = text.trimmed(); });
    onText(m_function, Function, [](Workspace& w, const QString& text) { w.function = text.trimmed(); });
    onText(m_dataDescription, DataDescription,
           [](Workspace& w, const QString& text) { w.dataDescription = text.trimmed(); });
    onText(m_claudeMdUrl, ClaudeMdUrl, [](Workspace& w, const QString& text) { w.claudeMdUrl = text.trimmed(); });

    connect(m_status, &QComboBox::activated, this, [this] {
        const auto status = WorkspaceStatus(m_status->currentData().toInt());
        // Seed 004: weekly while in pilot, monthly at steady state; a pilot's clock starts today.
        commit(Status, [status](Workspace& w) { rules::changeWorkspaceStatus(w, status, QDate::currentDate()); });
    });
    connect(m_dataClass, &QComboBox::activated, this, [this] {
        const auto value = steward::DataClass(m_dataClass->currentData().toInt());
        commit(DataClass, [value](Workspace& w) { w.dataClass = value; });
    });
    connect(m_cadence, &CadenceEditor::edited, this, [this](steward::Cadence cadence, int days, bool typing) {
        commit(
            Cadence,
            [cadence, days](Workspace& w) {
                w.review.cadence = cadence;
                w.review.cadenceDays = days;
            },
            typing);
    });
    connect(m_hasClaudeMd, &QCheckBox::toggled, this, [this](bool checked) {
        if (!m_loading)
            commit(HasClaudeMd, [checked](Workspace& w) { w.hasClaudeMd = checked; });
    });
    connect(m_seats, &QSpinBox::valueChanged, this, [this](int seats) {
        if (!m_loading)
            commit(
                Seats, [seats](Workspace& w) { w.seats = seats; }, true);
    });
    connect(m_owner, &PersonComboBox::personChosen, this,
            [this](Id id) { commit(Owner, [id](Workspace& w) { w.ownerId = id; }); });
    connect(m_sponsor, &PersonComboBox::personChosen, this,
            [this](Id id) { commit(Sponsor, [id](Workspace& w) { w.sponsorId = id; }); });
    connect(m_owner, &PersonComboBox::newPersonRequested, this, [this] { askNewPerson(Owner); });
    connect(m_sponsor, &PersonComboBox::newPersonRequested, this, [this] { askNewPerson(Sponsor); });
    onDateEdited(m_memoryChecked, [this](const QDate& date) {
        commit(
            MemoryChecked, [date](Workspace& w) { w.memoryCheckedOn = date; }, true);
    });
    onDateEdited(m_lastReviewed, [this](const QDate& date) {
        commit(
            LastReviewed, [date](Workspace& w) { w.review.lastReviewedOn = date; }, true);
    });
    onDateEdited(m_pilotStarted, [this](const QDate& date) {
        commit(
            PilotStarted, [date](Workspace& w) { w.pilotStartedOn = date; }, true);
    });
    connect(m_tasks, &TasksEditor::edited, this,
            [this](const std::vector<ScheduledTask>& tasks) { commit(Tasks, [&](Workspace& w) { w.tasks = tasks; }); });
    connect(m_tasks, &TasksEditor::newOwnerRequested, this, [this](int row) { askNewPerson(Tasks, row); });
    connect(m_connectors, &LinksEditor::edited, this,
            [this](const std::vector<Id>& ids) { commit(Connectors, [&](Workspace& w) { w.connectorIds = ids; }); });
    connect(m_skills, &LinksEditor::edited, this,
            [this](const std::vector<Id>& ids) { commit(Skills, [&](Workspace& w) { w.skillIds = ids; }); });
}

bool WorkspaceForm::eventFilter(QObject* watched, QEvent* event)
{
    // A plain-text edit has no editingFinished: leaving it commits the notes.
    if (watched == m_notes && event->type() == QEvent::FocusOut && !m_notes->isReadOnly())
        commit(
            Notes, [this](Workspace& w) { w.notes = m_notes->toPlainText(); }, true);
    return QScrollArea::eventFilter(watched, event);
}

bool WorkspaceForm::commitPending()
{
    if (m_workspace.id == 0 || m_name->isReadOnly())
        return true;
    const std::initializer_list<std::pair<Field, QLineEdit*>> edits = {{Name, m_name},
                                                                       {Purpose, m_purpose},
                                                                       {Function, m_function},
                                                                       {DataDescription, m_dataDescription},
                                                                       {ClaudeMdUrl, m_claudeMdUrl}};
    bool ok = true;
    for (const auto& [field, edit] : edits) {
        const QString text = edit->text().trimmed();
        const Field f = field;
        ok = commit(
                 f,
                 [f, text](Workspace& w) {
                     switch (f) {
                     case Name:
                         w.name = text;
                         break;
                     case Purpose:
                         w.purpose = text;
                         break;
                     case Function:
                         w.function = text;
                         break;
                     case DataDescription:
                         w.dataDescription = text;
                         break;
                     default:
                         w.claudeMdUrl = text;
                         break;
                     }
                 },
                 true) &&
             ok;
    }
    return commit(
               Notes, [this](Workspace& w) { w.notes = m_notes->toPlainText(); }, true) &&
           ok;
}

std::optional<QString> WorkspaceForm::validate(Field field, const Workspace& after) const
{
    switch (field) {
    case Name:
        if (after.name.isEmpty())
            return tr("A workspace needs a name.");
        break;
    case ClaudeMdUrl: {
        if (after.claudeMdUrl.isEmpty())
            break;
        const QUrl url(after.claudeMdUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) ||
            url.host().isEmpty())
            return tr("Not a web address: use the form https://host/path.");
        break;
    }
    case Seats:
        if (after.seats < 0 || after.seats > MaxSeats)
            return tr("Seats are between 0 and %1.").arg(MaxSeats);
        break;
    case PilotStarted:
        if (after.pilotStartedOn.isValid() && after.pilotStartedOn > QDate::currentDate())
            return tr("A pilot starts today or earlier, not on %1.").arg(after.pilotStartedOn.toString(Qt::ISODate));
        break;
    case Tasks:
        for (const ScheduledTask& task : after.tasks) {
            if (task.name.trimmed().isEmpty())
                return tr("A scheduled task needs a name.");
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool WorkspaceForm::commit(Field field, const std::function<void(Workspace&)>& change, bool merge)
{
    if (!m_store || !m_undoStack || m_workspace.id == 0)
        return false;
    const Workspace before = m_workspace;
    Workspace after = before;
    change(after);
    if (const auto problem = validate(field, after)) {
        showRefusal(field, *problem);
        return false;
    }
    if (after == before) {
        hideMessage(field);
        return true;
    }
    Store* store = m_store;
    return pushEdit(
        field, before.id, tr("Edit workspace “%1”").arg(before.name), [store, after] { store->updateWorkspace(after); },
        [store, before] { store->updateWorkspace(before); }, merge);
}

void WorkspaceForm::showRefusal(int field, const QString& message)
{
    showMessage(field, message);
    // Text stays as typed so it can be corrected; a choice goes back to the stored value.
    static const QSet<int> typed = {Name, Purpose, Function, DataDescription, ClaudeMdUrl, Notes};
    if (!typed.contains(field))
        load();
}

void WorkspaceForm::askNewPerson(Field field, int taskRow)
{
    if (const auto name = askNewPersonName(this))
        addPersonAs(field, *name, taskRow);
    else
        load(); // the picker goes back to the stored person
}

bool WorkspaceForm::addPersonAs(Field field, const QString& name, int taskRow)
{
    if (field == Tasks && (taskRow < 0 || taskRow >= int(m_workspace.tasks.size())))
        return false;
    Store* store = m_store;
    const Workspace before = m_workspace;
    return pushNewPerson(
        field, name,
        [store, before, field, taskRow](Id personId) {
            Workspace after = before;
            if (field == Tasks)
                after.tasks[std::size_t(taskRow)].ownerId = personId;
            else
                (field == Owner ? after.ownerId : after.sponsorId) = personId;
            store->updateWorkspace(after);
        },
        [store, before] { store->updateWorkspace(before); });
}

} // namespace steward::ui
