#include "workspaces/workspaceform.h"

#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/linkseditor.h"
#include "widgets/personcombobox.h"
#include "workspaces/taskseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace steward::ui {

WorkspaceForm::WorkspaceForm(QWidget* parent)
    : DetailForm(CommandId::EditWorkspace, QStringLiteral("workspaceFormScrollArea"), tr("Workspace details"), parent)
{
    addMessageRow();
    buildEditors();
    connectEditors();
    setEditable(false);
}

void WorkspaceForm::buildEditors()
{
    m_name = make(new QLineEdit, QStringLiteral("nameLineEdit"));
    m_purpose = make(new QLineEdit, QStringLiteral("purposeLineEdit"));
    m_purpose->setPlaceholderText(tr("What the team uses the workspace for"));
    m_function = make(new QLineEdit, QStringLiteral("functionLineEdit"));
    m_function->setPlaceholderText(tr("Business function, e.g. Finance"));
    m_status = make(new QComboBox, QStringLiteral("statusComboBox"));
    fillCombo(m_status, {WorkspaceStatus::Pilot, WorkspaceStatus::Active, WorkspaceStatus::Archived});
    m_owner = make(new PersonComboBox, QStringLiteral("ownerComboBox"));
    m_sponsor = make(new PersonComboBox, QStringLiteral("sponsorComboBox"));
    m_seats = make(new QSpinBox, QStringLiteral("seatsSpinBox"));
    m_seats->setRange(0, MaxSeats);
    m_seats->setKeyboardTracking(false);
    m_dataClass = make(new QComboBox, QStringLiteral("dataClassComboBox"));
    fillCombo(m_dataClass, {steward::DataClass::Public, steward::DataClass::Internal, steward::DataClass::Confidential,
                            steward::DataClass::Restricted});
    m_dataDescription = make(new QLineEdit, QStringLiteral("dataDescriptionLineEdit"));
    m_dataDescription->setPlaceholderText(tr("Which data the workspace holds"));
    m_hasClaudeMd = make(new QCheckBox(tr("The workspace has a CLAUDE.md")), QStringLiteral("claudeMdCheckBox"));
    m_claudeMdUrl = make(new QLineEdit, QStringLiteral("claudeMdUrlLineEdit"));
    m_claudeMdUrl->setPlaceholderText(tr("https://…"));
    m_tasks = make(new TasksEditor, QStringLiteral("tasksEditor"));
    m_connectors = make(new LinksEditor(tr("connectors")), QStringLiteral("connectorsLinksEditor"));
    m_skills = make(new LinksEditor(tr("skills")), QStringLiteral("skillsLinksEditor"));
    m_memoryChecked = make(new QDateEdit, QStringLiteral("memoryCheckedDateEdit"));
    m_pilotStarted = make(new QDateEdit, QStringLiteral("pilotStartedDateEdit"));
    m_pilotStarted->setToolTip(tr("A pilot that runs past the graduation window set on the Reviews page is "
                                  "flagged as never graduated."));
    m_cadence = make(new CadenceEditor, QStringLiteral("cadenceEditor"));
    m_lastReviewed = make(new QDateEdit, QStringLiteral("lastReviewedDateEdit"));
    m_notes = make(new QPlainTextEdit, QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(120);
    m_notes->installEventFilter(this);
    for (QDateEdit* date : {m_memoryChecked, m_lastReviewed, m_pilotStarted})
        setUpOptionalDate(date);

    addField(Name, tr("&Name"), m_name);
    addField(Purpose, tr("&Purpose"), m_purpose);
    addField(Function, tr("&Function"), m_function);
    addField(Status, tr("Stat&us"), m_status);
    addField(PilotStarted, tr("Pilot s&ince"), m_pilotStarted);
    addField(Owner, tr("&Owner"), m_owner);
    addField(Sponsor, tr("S&ponsor"), m_sponsor);
    addField(Seats, tr("S&eats"), m_seats);
    addField(DataClass, tr("&Data class"), m_dataClass);
    addField(DataDescription, tr("Data desc&ription"), m_dataDescription);
    addField(HasClaudeMd, tr("CLAUDE.md"), m_hasClaudeMd);
    addField(ClaudeMdUrl, tr("CLAUDE.md &URL"), m_claudeMdUrl);
    addField(Tasks, tr("Scheduled &tasks"), m_tasks);
    addField(Connectors, tr("Linked &connectors"), m_connectors);
    addField(Skills, tr("Linked s&kills"), m_skills);
    addField(MemoryChecked, tr("&Memory checked"), m_memoryChecked);
    addField(Cadence, tr("Review ca&dence"), m_cadence);
    addField(LastReviewed, tr("&Last reviewed"), m_lastReviewed);
    addField(Notes, tr("Not&es"), m_notes);
}

void WorkspaceForm::showRecord(Id id)
{
    std::optional<Workspace> found = m_store && id != 0 ? m_store->workspace(id) : std::nullopt;
    if (!found || found->id != m_workspace.id)
        clearMessages();
    m_workspace = found.value_or(Workspace{});
    load();
    setEditable(found.has_value() && !m_store->isReadOnly());
}

void WorkspaceForm::load()
{
    m_loading = true;
    const Workspace& w = m_workspace;
    const std::vector<NamedId> people = m_store ? m_store->personNames() : std::vector<NamedId>{};
    // A field showing a refused value keeps it, so the person can correct it.
    if (!showsRefusal(Name))
        setTextKeepingCursor(m_name, w.name);
    setTextKeepingCursor(m_purpose, w.purpose);
    setTextKeepingCursor(m_function, w.function);
    selectValue(m_status, w.status);
    m_owner->setPeople(people);
    m_owner->setPersonId(w.ownerId);
    m_sponsor->setPeople(people);
    m_sponsor->setPersonId(w.sponsorId);
    {
        const QSignalBlocker blocker(m_seats);
        m_seats->setValue(w.seats);
    }
    selectValue(m_dataClass, w.dataClass);
    if (!showsRefusal(DataDescription))
        setTextKeepingCursor(m_dataDescription, w.dataDescription);
    {
        const QSignalBlocker blocker(m_hasClaudeMd);
        m_hasClaudeMd->setChecked(w.hasClaudeMd);
    }
    if (!showsRefusal(ClaudeMdUrl))
        setTextKeepingCursor(m_claudeMdUrl, w.claudeMdUrl);
    m_tasks->setTasks(w.tasks, people, showsRefusal(Tasks));
    const bool shown = m_store && w.id != 0;
    m_connectors->setLinks(shown ? m_store->connectorNames() : std::vector<NamedId>(), w.connectorIds);
    m_skills->setLinks(shown ? m_store->skillNames() : std::vector<NamedId>(), w.skillIds);
    setOptionalDate(m_memoryChecked, w.memoryCheckedOn);
    setOptionalDate(m_pilotStarted, w.pilotStartedOn);
    // The pilot's start matters while it is one; afterwards it is history, kept but not shown.
    setRowVisible(PilotStarted, w.status == WorkspaceStatus::Pilot);
    m_cadence->setReview(w.review);
    setOptionalDate(m_lastReviewed, w.review.lastReviewedOn);
    if (!showsRefusal(Notes))
        setPlainTextKeepingCursor(m_notes, w.notes);
    m_loading = false;
}

void WorkspaceForm::setEditable(bool editable)
{
    for (QWidget* editor :
         std::initializer_list<QWidget*>{m_status, m_owner, m_sponsor, m_seats, m_dataClass, m_hasClaudeMd,
                                         m_memoryChecked, m_cadence, m_lastReviewed, m_pilotStarted})
        editor->setEnabled(editable);
    for (QLineEdit* edit : {m_name, m_purpose, m_function, m_dataDescription, m_claudeMdUrl})
        edit->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_tasks->setEditable(editable);
    m_connectors->setEditable(editable);
    m_skills->setEditable(editable);
    widget()->setEnabled(m_workspace.id != 0);
}

void WorkspaceForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace steward::ui
