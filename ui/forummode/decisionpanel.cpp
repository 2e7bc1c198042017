#include "forummode/decisionpanel.h"

#include "commands/forumcommands.h"
#include "forummode/meetingslide.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace steward::ui {

DecisionPanel::DecisionPanel(Store* store, QUndoStack* stack, const ForumSession* session,
                             const std::vector<Id>& requestIds, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_stack(stack)
    , m_session(session)
    , m_request(new QComboBox(this))
    , m_why(new QLabel(this))
    , m_decidersRow(new QHBoxLayout)
    , m_note(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionPanel"));
    m_request->setObjectName(QStringLiteral("decisionRequestComboBox"));
    m_request->setAccessibleName(tr("Request to decide"));
    for (Id id : requestIds) {
        if (const std::optional<ForumRequest> request = store->request(id))
            m_request->addItem(request->title, id);
    }
    m_why->setObjectName(QStringLiteral("decisionWhyLabel"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setProperty("forumRole", QStringLiteral("muted"));
    m_note->setObjectName(QStringLiteral("decisionNoteLineEdit"));
    m_note->setAccessibleName(tr("Decision note"));
    m_note->setPlaceholderText(tr("Note for the record (optional)"));
    m_approve->setObjectName(QStringLiteral("approvePushButton"));
    m_reject->setObjectName(QStringLiteral("rejectPushButton"));
    m_status->setObjectName(QStringLiteral("decisionStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setProperty("forumRole", QStringLiteral("muted"));

    auto* requestLabel = new QLabel(tr("Re&quest"), this);
    requestLabel->setBuddy(m_request);
    auto* whyLabel = new QLabel(tr("Why"), this);
    whyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_why->setAccessibleName(tr("Why the request is made"));
    auto* decidersLabel = new QLabel(tr("Deciders"), this);
    auto* noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    if (m_session) {
        for (Id id : m_session->attendees) {
            const std::optional<Person> person = store->person(id);
            auto* box = new QCheckBox(person ? person->name : QString::number(id), this);
            box->setObjectName(QStringLiteral("decider%1CheckBox").arg(id));
            box->setAccessibleName(tr("%1 decides").arg(box->text()));
            connect(box, &QCheckBox::toggled, this, &DecisionPanel::updateState);
            m_decidersRow->addWidget(box);
            m_deciders.emplace_back(id, box);
        }
    }
    m_decidersRow->setSpacing(36);
    m_decidersRow->addStretch(1);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 12, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    grid->addWidget(requestLabel, 0, 0);
    grid->addWidget(m_request, 0, 1);
    grid->addWidget(whyLabel, 1, 0);
    grid->addWidget(m_why, 1, 1);
    grid->addWidget(decidersLabel, 2, 0);
    grid->addLayout(m_decidersRow, 2, 1);
    grid->addWidget(noteLabel, 3, 0);
    auto* noteRow = new QHBoxLayout;
    noteRow->setSpacing(16);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_approve);
    noteRow->addWidget(m_reject);
    grid->addLayout(noteRow, 3, 1);
    grid->addWidget(m_status, 4, 1);
    grid->setColumnStretch(1, 1);

    connect(m_request, &QComboBox::currentIndexChanged, this, [this] {
        showReason();
        updateState();
        Q_EMIT currentRequestChanged(currentRequest());
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(RequestDecision::Approve); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(RequestDecision::Reject); });
    showReason();
    updateState();
}

void DecisionPanel::selectRequest(Id requestId)
{
    m_request->setCurrentIndex(m_request->findData(requestId));
}

Id DecisionPanel::currentRequest() const
{
    return m_request->currentData().toLongLong();
}

void DecisionPanel::setDeciders(const std::vector<Id>& deciders)
{
    for (const auto& [id, box] : m_deciders)
        box->setChecked(std::find(deciders.begin(), deciders.end(), id) != deciders.end());
}

std::vector<Id> DecisionPanel::deciders() const
{
    std::vector<Id> ids;
    for (const auto& [id, box] : m_deciders) {
        if (box->isChecked())
            ids.push_back(id);
    }
    return ids;
}

QString DecisionPanel::message() const
{
    return m_status->text();
}

QString DecisionPanel::decide(RequestDecision decision)
{
    const std::optional<ForumRequest> request = m_store->request(currentRequest());
    if (!request || !m_session)
        return tr("No request is chosen.");
    const QString error =
        pushDecideRequest(m_store, m_stack, *request, decision, deciders(), m_session->date, m_note->text());
    if (!error.isEmpty()) {
        m_error = error; // shown once, until the next change of the panel
        updateState();
        return error;
    }
    Q_EMIT decided(); // the slides are rebuilt: this panel goes with them
    return {};
}

void DecisionPanel::showReason()
{
    const std::optional<ForumRequest> request = m_store->request(currentRequest());
    if (!request) {
        m_why->clear();
        m_why->setToolTip({});
        return;
    }
    const QString why = request->description.simplified();
    // A few lines at most, or a long reason would push the buttons off the projected slide: the
    // whole of it is in the tooltip and on the Requests page.
    constexpr qsizetype shown = 240;
    QString text = why;
    if (text.size() > shown) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), shown);
        text = text.left(space > shown / 2 ? space : shown) + QStringLiteral(" …");
    }
    m_why->setText(why.isEmpty() ? tr("No reason was given.") : text);
    m_why->setToolTip(text == why ? QString() : why);
}

void DecisionPanel::updateState()
{
    const std::optional<ForumRequest> request = m_store->request(currentRequest());
    const bool inMeeting = m_session && m_session->meetingId != 0;
    QString reason;
    const int required = request ? m_store->requiredDeciders(*request, &reason) : 1;
    const int chosen = int(deciders().size());
    const bool ready = inMeeting && request && chosen >= required && !m_store->isReadOnly();
    m_approve->setEnabled(ready);
    m_reject->setEnabled(ready);
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_store->isReadOnly())
        text = tr("The inventory is open read-only: decisions cannot be recorded.");
    else if (!inMeeting)
        text = tr("Record the meeting on the first slide to decide.");
    else if (chosen < required)
        text = reason.isEmpty() ? tr("Tick %n decider(s) among the attendees.", "", required) : reason;
    else
        text = tr("Ready: %n decider(s).", "", chosen);
    m_error.clear();
    m_status->setText(text);
}

} // namespace steward::ui
