#include "forum/requestform.h"

#include "forum/decisiondialog.h"
#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/personcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace steward::ui {
RequestForm::RequestForm(QWidget* parent)
    : ForumForm(CommandId::EditRequest, parent)
{
    setObjectName(QStringLiteral("requestFormScrollArea"));
    setAccessibleName(tr("Request details"));
    m_title = new QLineEdit;
    m_kind = new QComboBox;
    fillChoices(m_kind, {label(RequestKind::Connector), label(RequestKind::Skill), label(RequestKind::ScopeChange),
                         label(RequestKind::Workflow)});
    m_status = new QComboBox;
    fillChoices(m_status, {label(RequestStatus::Open), label(RequestStatus::Approved), label(RequestStatus::Rejected),
                           label(RequestStatus::Withdrawn)});
    m_requestedBy = new PersonComboBox;
    m_requestedOn = makeDateEdit();
    m_decidedOn = makeDateEdit();
    m_description = makeTextEdit(Description);
    m_decision = makeTextEdit(Decision);
    m_connector = new QComboBox;
    m_skill = new QComboBox;
    m_deciders = new QLabel;
    m_deciders->setWordWrap(true);
    m_deciders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* actions = new QWidget;
    auto* actionRow = new QHBoxLayout(actions);
    actionRow->setContentsMargins(0, 0, 0, 0);
    m_approve = new QPushButton(tr("&Approve…"), actions);
    m_approve->setObjectName(QStringLiteral("approvePushButton"));
    m_approve->setAccessibleName(tr("Approve the request"));
    m_reject = new QPushButton(tr("Re&ject…"), actions);
    m_reject->setObjectName(QStringLiteral("rejectPushButton"));
    m_reject->setAccessibleName(tr("Reject the request"));
    actionRow->addWidget(m_approve);
    actionRow->addWidget(m_reject);
    actionRow->addStretch();

    addField(Title, tr("&Title"), m_title, QStringLiteral("titleLineEdit"));
    addField(Kind, tr("&Kind"), m_kind, QStringLiteral("kindComboBox"));
    addField(Status, tr("&Status"), m_status, QStringLiteral("statusComboBox"));
    addField(RequestedBy, tr("Requested &by"), m_requestedBy, QStringLiteral("requestedByComboBox"));
    addField(RequestedOn, tr("Requested &on"), m_requestedOn, QStringLiteral("requestedOnDateEdit"));
    addField(Connector, tr("Conne&ctor"), m_connector, QStringLiteral("connectorComboBox"));
    addField(Skill, tr("Sk&ill"), m_skill, QStringLiteral("skillComboBox"));
    addField(DecidedOn, tr("D&ecided on"), m_decidedOn, QStringLiteral("decidedOnDateEdit"));
    addField(Description, tr("Descri&ption"), m_description, QStringLiteral("descriptionPlainTextEdit"));
    addField(Actions, tr("Decide"), actions, QStringLiteral("decisionActionsWidget"));
    addField(Deciders, tr("Decided by"), m_deciders, QStringLiteral("decidersLabel"));
    addField(Decision, tr("Decisio&n"), m_decision, QStringLiteral("decisionPlainTextEdit"));

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading)
            commit(
                Title, [text = m_title->text().trimmed()](ForumRequest& r) { r.title = text; }, true);
    });
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { commit(Kind, [index](ForumRequest& r) { r.kind = RequestKind(index); }); });
    connect(m_status, &QComboBox::activated, this,
            [this](int index) { commit(Status, [index](ForumRequest& r) { r.status = RequestStatus(index); }); });
    connect(m_requestedBy, &PersonComboBox::personChosen, this,
            [this](Id id) { commit(RequestedBy, [id](ForumRequest& r) { r.requestedBy = id; }); });
    connect(m_requestedOn, &QDateEdit::editingFinished, this, [this] {
        if (!m_loading)
            commit(
                RequestedOn, [date = optionalDate(m_requestedOn)](ForumRequest& r) { r.requestedOn = date; }, true);
    });
    connect(m_decidedOn, &QDateEdit::editingFinished, this, [this] {
        if (!m_loading)
            commit(
                DecidedOn, [date = optionalDate(m_decidedOn)](ForumRequest& r) { r.decidedOn = date; }, true);
    });
    connect(m_connector, &QComboBox::activated, this, [this](int index) {
        commit(Connector, [id = linkOf(m_connector, index)](ForumRequest& r) { r.connectorId = id; });
    });
    connect(m_skill, &QComboBox::activated, this,
            [this](int index) { commit(Skill, [id = linkOf(m_skill, index)](ForumRequest& r) { r.skillId = id; }); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(RequestDecision::Approve); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(RequestDecision::Reject); });
    connect(m_requestedBy, &PersonComboBox::newPersonRequested, this, &RequestForm::askNewPerson);
    showRecord(0);
}

void RequestForm::showRecord(Id id)
{
    m_request = m_store && id != 0 ? m_store->request(id).value_or(ForumRequest()) : ForumRequest();
    if (m_request.id != shownId())
        clearErrors();
    setShownId(m_request.id);
    load();
}

void RequestForm::load()
{
    m_loading = true;
    std::vector<std::pair<Id, QString>> connectors;
    std::vector<std::pair<Id, QString>> skills;
    QStringList deciders;
    if (m_store && m_request.id != 0) {
        for (const NamedId& connector : m_store->connectorNames())
            connectors.emplace_back(connector.id, connector.name);
        for (const NamedId& skill : m_store->skillNames())
            skills.emplace_back(skill.id, skill.name);
        for (Id id : m_request.deciders) {
            if (const auto person = m_store->person(id))
                deciders.append(person->name);
        }
    }
    setLinkChoices(m_connector, std::move(connectors), m_request.connectorId);
    setLinkChoices(m_skill, std::move(skills), m_request.skillId);
    m_deciders->setText(deciders.isEmpty() ? tr("Not decided yet") : deciders.join(QStringLiteral(", ")));
    // Only an open request is decided; a decided one is taken back with Undo.
    const bool open = m_request.id != 0 && m_request.status == RequestStatus::Open;
    m_approve->setEnabled(open);
    m_reject->setEnabled(open);
    m_requestedBy->setPeople(m_store ? m_store->personNames() : std::vector<NamedId>());
    m_requestedBy->setPersonId(m_request.requestedBy);
    // A title still holding a refused edit keeps it (and its error) until the user fixes it.
    if (fieldError(Title).isEmpty())
        m_title->setText(m_request.title);
    m_kind->setCurrentIndex(int(m_request.kind));
    m_status->setCurrentIndex(int(m_request.status));
    setOptionalDate(m_requestedOn, m_request.requestedOn);
    setOptionalDate(m_decidedOn, m_request.decidedOn);
    setPlainTextKeepingCursor(m_description, m_request.description);
    setPlainTextKeepingCursor(m_decision, m_request.decision);
    m_loading = false;
}

bool RequestForm::decide(RequestDecision decision)
{
    if (!writable() || m_request.id == 0)
        return false;
    const Id id = m_request.id;
    if (!decideRequest(this, m_store, m_undoStack, m_request, decision))
        return false;
    Q_EMIT committed(id);
    return true;
}

void RequestForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

bool RequestForm::addPersonAs(const QString& name)
{
    if (!writable() || m_request.id == 0)
        return false;
    Store* store = m_store;
    const ForumRequest before = m_request;
    return pushNewPerson(
        RequestedBy, name,
        [store, before](Id personId) {
            ForumRequest after = before;
            after.requestedBy = personId;
            store->updateRequest(after);
        },
        [store, before] { store->updateRequest(before); });
}

void RequestForm::textEdited(int field)
{
    if (field == Description)
        commit(
            Description, [text = m_description->toPlainText()](ForumRequest& r) { r.description = text; }, true);
    else if (field == Decision)
        commit(
            Decision, [text = m_decision->toPlainText()](ForumRequest& r) { r.decision = text; }, true);
}

QString RequestForm::validate(Field field, const ForumRequest& request)
{
    if (field == Title && request.title.trimmed().isEmpty())
        return tr("A request needs a title.");
    if ((field == RequestedOn || field == DecidedOn) && request.requestedOn.isValid() && request.decidedOn.isValid() &&
        request.decidedOn < request.requestedOn)
        return tr("A request cannot be decided (%1) before it was made (%2).")
            .arg(request.decidedOn.toString(Qt::ISODate), request.requestedOn.toString(Qt::ISODate));
    return {};
}

bool RequestForm::commit(Field field, const std::function<void(ForumRequest&)>& change, bool merge)
{
    if (m_loading || !writable() || m_request.id == 0)
        return false;
    const ForumRequest before = m_request;
    ForumRequest after = before;
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
        field, tr("Edit request \u201c%1\u201d").arg(before.title), [store, after] { store->updateRequest(after); },
        [store, before] { store->updateRequest(before); }, merge);
}

} // namespace steward::ui
