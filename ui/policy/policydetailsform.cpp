#include "policy/policydetailsform.h"

#include "commands/policycommands.h"
#include "commands/storecommand.h"
#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/newperson.h"
#include "widgets/personcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>

namespace steward::ui {

PolicyDetailsForm::PolicyDetailsForm(QWidget* parent)
    : DetailForm(CommandId::EditPolicy, QStringLiteral("policyDetailsScrollArea"), tr("Policy details"), parent)
{
    buildEditors();
    connectEditors();
    setEditable(false);
}

void PolicyDetailsForm::buildEditors()
{
    auto makeText = [this](const QString& name, const QString& placeholder) {
        auto* edit = make(new QPlainTextEdit, name);
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(110);
        edit->installEventFilter(this);
        return edit;
    };
    m_title = make(new QLineEdit, QStringLiteral("titleLineEdit"));
    m_version = make(new QLineEdit, QStringLiteral("versionLineEdit"));
    m_version->setPlaceholderText(tr("e.g. 1.3"));

    auto* statusRow = make(new QWidget, QStringLiteral("statusWidget"));
    m_status = new QLabel(statusRow);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve = new QPushButton(tr("&Approve…"), statusRow);
    m_approve->setObjectName(QStringLiteral("approvePushButton"));
    m_approve->setAccessibleName(tr("Approve the policy"));
    m_approve->setToolTip(tr("Record the forum's approval of this version; the history keeps it unchanged."));
    auto* statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_approve, 0, Qt::AlignTop);

    m_owner = make(new PersonComboBox, QStringLiteral("ownerComboBox"));
    m_location = make(new QLineEdit, QStringLiteral("locationLineEdit"));
    m_location->setPlaceholderText(tr("https://… (the Confluence or Notion page)"));
    m_cadence = make(new CadenceEditor, QStringLiteral("cadenceEditor"));
    m_lastReviewed = make(new QDateEdit, QStringLiteral("lastReviewedDateEdit"));
    setUpOptionalDate(m_lastReviewed);
    m_trainingOptOut = makeText(QStringLiteral("trainingOptOutPlainTextEdit"),
                                tr("Is training on your prompts and outputs off, and who checks it?"));
    m_retention = makeText(QStringLiteral("retentionPlainTextEdit"),
                           tr("How long conversations, memory and audit entries are kept"));

    addMessageRow();
    addField(Title, tr("&Title"), m_title);
    addField(Version, tr("&Version"), m_version);
    addField(Status, tr("Status"), statusRow);
    m_status->setAccessibleName(tr("Status"));
    addField(Owner, tr("&Owner"), m_owner);
    addField(Location, tr("&Where it lives"), m_location);
    addField(Cadence, tr("Review ca&dence"), m_cadence);
    addField(LastReviewed, tr("&Last reviewed"), m_lastReviewed);
    addField(TrainingOptOut, tr("Training o&pt-out"), m_trainingOptOut);
    addField(Retention, tr("&Retention"), m_retention);
}

void PolicyDetailsForm::connectEditors()
{
    for (auto [field, edit] :
         {std::pair{int(Title), m_title}, std::pair{int(Version), m_version}, std::pair{int(Location), m_location}}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field = field, edit = edit] {
            if (!m_loading && !edit->isReadOnly())
                commitText(field);
        });
    }
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (commitPending())
            Q_EMIT approveRequested();
    });
    connect(m_owner, &PersonComboBox::personChosen, this, [this](Id id) {
        commitGovernance(
            Owner, tr("Change policy owner"), [id](GovernanceObject& o) { o.ownerId = id; }, false);
    });
    connect(m_owner, &PersonComboBox::newPersonRequested, this, &PolicyDetailsForm::askNewOwner);
    connect(m_cadence, &CadenceEditor::edited, this, [this](steward::Cadence cadence, int days, bool typing) {
        commitGovernance(
            Cadence, tr("Change policy review cadence"),
            [cadence, days](GovernanceObject& o) {
                o.review.cadence = cadence;
                o.review.cadenceDays = days;
            },
            typing);
    });
    onDateEdited(m_lastReviewed, [this](const QDate& date) {
        commitGovernance(
            LastReviewed, tr("Change policy last review"),
            [date](GovernanceObject& o) { o.review.lastReviewedOn = date; }, false);
    });
}

bool PolicyDetailsForm::eventFilter(QObject* watched, QEvent* event)
{
    // A plain-text edit has no editingFinished: leaving it commits its text.
    if (event->type() == QEvent::FocusOut && !m_loading) {
        if (watched == m_trainingOptOut && !m_trainingOptOut->isReadOnly())
            commitText(TrainingOptOut);
        else if (watched == m_retention && !m_retention->isReadOnly())
            commitText(Retention);
    }
    return DetailForm::eventFilter(watched, event);
}

bool PolicyDetailsForm::commitText(int field)
{
    switch (field) {
    case Title: {
        const QString title = m_title->text().trimmed();
        if (title.isEmpty()) {
            showMessage(Title, tr("The policy needs a title."));
            return false;
        }
        return commitPolicy(
            Title, tr("Edit policy title"), [title](Policy& p) { p.title = title; }, true);
    }
    case Version: {
        const QString version = m_version->text().trimmed();
        return commitPolicy(
            Version, tr("Edit policy version"), [version](Policy& p) { p.version = version; }, true);
    }
    case Location: {
        const QString location = m_location->text().trimmed();
        if (!location.isEmpty()) {
            const QUrl url(location, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")) ||
                url.host().isEmpty()) {
                showMessage(Location, tr("Not a web address: use the form https://host/path."));
                return false;
            }
        }
        return commitGovernance(
            Location, tr("Edit where the policy lives"), [location](GovernanceObject& o) { o.location = location; },
            true);
    }
    case TrainingOptOut: {
        const QString text = m_trainingOptOut->toPlainText();
        return commitPolicy(
            TrainingOptOut, tr("Edit training opt-out posture"), [text](Policy& p) { p.trainingOptOut = text; }, true);
    }
    case Retention: {
        const QString text = m_retention->toPlainText();
        return commitPolicy(
            Retention, tr("Edit retention posture"), [text](Policy& p) { p.retention = text; }, true);
    }
    default:
        return true;
    }
}

bool PolicyDetailsForm::commitPending()
{
    if (!m_store || m_store->isReadOnly())
        return true;
    bool ok = true;
    for (int field : {Title, Version, Location, TrainingOptOut, Retention})
        ok = commitText(field) && ok;
    return ok;
}

bool PolicyDetailsForm::commitPolicy(int field, const QString& text, const std::function<void(Policy&)>& change,
                                     bool merge)
{
    if (!m_store || m_store->isReadOnly())
        return false;
    const QString error = pushPolicyEdit(m_store, m_undoStack, text, change, merge ? field + 1 : 0);
    if (!error.isEmpty()) {
        showRefusal(field, error);
        return false;
    }
    hideMessage(field);
    refresh();
    return true;
}

bool PolicyDetailsForm::commitGovernance(int field, const QString& text,
                                         const std::function<void(GovernanceObject&)>& change, bool merge)
{
    if (!m_store || m_store->isReadOnly())
        return false;
    const QString error =
        pushGovernanceEdit(m_store, m_undoStack, GovernanceKind::Policy, text, change, merge ? field + 1 : 0);
    if (!error.isEmpty()) {
        showRefusal(field, error);
        return false;
    }
    hideMessage(field);
    refresh();
    return true;
}

void PolicyDetailsForm::askNewOwner()
{
    const std::optional<QString> name = askNewPersonName(this);
    if (!name) {
        m_owner->setPersonId(m_object.ownerId);
        return;
    }
    const GovernanceObject before = m_object;
    const QString error =
        StoreCommand::push(m_undoStack, newPersonCommand(
                                            m_store, *name,
                                            [store = m_store, before](Id id) {
                                                GovernanceObject after = before;
                                                after.ownerId = id;
                                                store->updateGovernanceObject(after);
                                            },
                                            [store = m_store, before] { store->updateGovernanceObject(before); }));
    if (!error.isEmpty())
        showRefusal(Owner, error);
    refresh();
}

void PolicyDetailsForm::showRefusal(int field, const QString& message)
{
    showMessage(field, message);
    // A choice goes back to what is stored; typed text stays, so it can be corrected.
    if (field == Owner)
        m_owner->setPersonId(m_object.ownerId);
    else if (field == Cadence)
        m_cadence->setReview(m_object.review);
    else if (field == LastReviewed)
        setOptionalDate(m_lastReviewed, m_object.review.lastReviewedOn);
}

void PolicyDetailsForm::showRecord(Id)
{
    if (m_store) {
        m_policy = m_store->policy();
        m_object = m_store->governanceObject(GovernanceKind::Policy);
        m_people = m_store->people();
    } else {
        m_policy = {};
        m_object = {};
        m_people.clear();
        clearMessages();
    }
    load();
    setEditable(m_store && !m_store->isReadOnly());
}

Id PolicyDetailsForm::recordId() const
{
    return m_store ? m_object.id : 0;
}

void PolicyDetailsForm::load()
{
    m_loading = true;
    if (!showsRefusal(Title))
        setTextKeepingCursor(m_title, m_policy.title);
    if (!showsRefusal(Version))
        setTextKeepingCursor(m_version, m_policy.version);
    m_status->setText(statusText());
    m_owner->setPeople(m_people);
    m_owner->setPersonId(m_object.ownerId);
    if (!showsRefusal(Location))
        setTextKeepingCursor(m_location, m_object.location);
    m_cadence->setReview(m_object.review);
    setOptionalDate(m_lastReviewed, m_object.review.lastReviewedOn);
    if (!showsRefusal(TrainingOptOut))
        setPlainTextKeepingCursor(m_trainingOptOut, m_policy.trainingOptOut);
    if (!showsRefusal(Retention))
        setPlainTextKeepingCursor(m_retention, m_policy.retention);
    m_loading = false;
}

QString PolicyDetailsForm::personName(Id id) const
{
    for (const Person& person : m_people) {
        if (person.id == id)
            return person.name;
    }
    return tr("someone no longer in the directory");
}

QString PolicyDetailsForm::statusText() const
{
    if (!m_store)
        return {};
    const QLocale locale;
    auto day = [&locale](const QDate& date) {
        return locale.toString(date, QLocale::LongFormat);
    };
    if (m_policy.status == PolicyStatus::Approved)
        return tr("Approved by %1 on %2, in effect from %3.")
            .arg(personName(m_policy.approvedBy), day(m_policy.approvedOn), day(m_policy.effectiveOn));
    if (m_policy.history.empty())
        return tr("Draft, never approved. Approve it once the forum has agreed to it.");
    const PolicyVersion& last = m_policy.history.back();
    return tr("Draft with changes since version %1, approved on %2. Approve it as a new version once the forum "
              "has agreed.")
        .arg(last.version, day(last.approvedOn));
}

void PolicyDetailsForm::setEditable(bool editable)
{
    for (QLineEdit* edit : {m_title, m_version, m_location})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit* edit : {m_trainingOptOut, m_retention})
        edit->setReadOnly(!editable);
    for (QWidget* editor : std::initializer_list<QWidget*>{m_owner, m_cadence, m_lastReviewed})
        editor->setEnabled(editable);
    m_approve->setEnabled(editable && m_policy.status != PolicyStatus::Approved);
    widget()->setEnabled(m_store != nullptr);
}

} // namespace steward::ui
