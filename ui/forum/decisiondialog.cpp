#include "forum/decisiondialog.h"

#include "commands/forumcommands.h"
#include "store/store.h"
#include "widgets/formhelpers.h"

#include <QCollator>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {

DecisionDialog::DecisionDialog(const Store& store, const ForumRequest& request, RequestDecision decision,
                               QWidget* parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_list(new QListWidget(this))
    , m_chosenLabel(new QLabel(this))
    , m_decidedOn(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(makeErrorLabel(this, QStringLiteral("decisionProblemLabel")))
{
    const bool approve = decision == RequestDecision::Approve;
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(approve ? tr("Approve request") : tr("Reject request"));

    auto* title = new QLabel(request.title, this);
    title->setObjectName(QStringLiteral("decisionTitleLabel"));
    title->setWordWrap(true);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);

    QString concerns = label(request.kind);
    if (request.connectorId != 0) {
        if (const auto connector = store.connector(request.connectorId))
            concerns = tr("%1 · connector %2, tier %3").arg(label(request.kind), connector->name).arg(connector->tier);
    } else if (request.skillId != 0) {
        if (const auto skill = store.skill(request.skillId))
            concerns = tr("%1 · skill %2").arg(label(request.kind), skill->name);
    }
    auto* summary = new QLabel(concerns, this);
    summary->setObjectName(QStringLiteral("decisionSummaryLabel"));
    summary->setWordWrap(true);

    QString reason;
    m_required = store.requiredDeciders(request, &reason);
    auto* why = new QLabel(reason, this);
    why->setObjectName(QStringLiteral("decidersReasonLabel"));
    why->setWordWrap(true);

    m_people = store.personNames();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(m_people.begin(), m_people.end(),
              [&](const NamedId& a, const NamedId& b) { return collator.compare(a.name, b.name) < 0; });

    m_list->setObjectName(QStringLiteral("decidersListWidget"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_chosenLabel->setObjectName(QStringLiteral("decidersChosenLabel"));
    m_chosenLabel->setWordWrap(true);
    m_decidedOn->setObjectName(QStringLiteral("decidedOnDateEdit"));
    m_decidedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_decidedOn->setCalendarPopup(true);
    // A decision is recorded once it was taken: never for a day still to come.
    m_decidedOn->setDateRange(QDate(2000, 1, 1), QDate::currentDate());
    m_note->setObjectName(QStringLiteral("decisionNotePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(approve ? tr("Conditions, scope, who follows up") : tr("Why, and what instead"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);

    auto* form = new QFormLayout;
    form->addRow(tr("&Deciders"), m_list);
    form->addRow(QString(), m_chosenLabel);
    form->addRow(tr("Decided &on"), m_decidedOn);
    form->addRow(tr("&Note"), m_note);
    for (QWidget* field : std::initializer_list<QWidget*>{m_list, m_decidedOn, m_note})
        field->setAccessibleName(form->labelForField(field)->property("text").toString().remove(QLatin1Char('&')));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_okButton = buttons->addButton(approve ? tr("&Approve") : tr("&Reject"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(approve ? QStringLiteral("approvePushButton") : QStringLiteral("rejectPushButton"));
    m_okButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(why);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &DecisionDialog::onItemChanged);
    connect(m_decidedOn, &QDateEdit::dateChanged, this, [this] {
        m_storeProblem.clear();
        validate();
    });
    fillPeople();
}

void DecisionDialog::setCandidates(const std::vector<Id>& people)
{
    std::vector<NamedId> offered;
    for (Id id : people) {
        const auto it =
            std::find_if(m_people.begin(), m_people.end(), [id](const NamedId& person) { return person.id == id; });
        if (it != m_people.end())
            offered.push_back(*it);
    }
    m_people = offered;
    m_chosen.erase(std::remove_if(m_chosen.begin(), m_chosen.end(),
                                  [this](Id id) {
                                      return std::none_of(m_people.begin(), m_people.end(),
                                                          [id](const NamedId& p) { return p.id == id; });
                                  }),
                   m_chosen.end());
    fillPeople();
}

void DecisionDialog::fillPeople()
{
    m_filling = true;
    m_list->clear();
    for (const NamedId& person : m_people) {
        auto* item = new QListWidgetItem(person.name, m_list);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool chosen = std::find(m_chosen.begin(), m_chosen.end(), person.id) != m_chosen.end();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    validate();
}

void DecisionDialog::onItemChanged()
{
    if (m_filling)
        return;
    // Keep the order in which people were checked: the first is the connector's approver.
    std::vector<Id> checked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            checked.push_back(m_list->item(row)->data(Qt::UserRole).value<Id>());
    }
    std::vector<Id> chosen;
    for (Id id : m_chosen) {
        if (std::find(checked.begin(), checked.end(), id) != checked.end())
            chosen.push_back(id);
    }
    for (Id id : checked) {
        if (std::find(chosen.begin(), chosen.end(), id) == chosen.end())
            chosen.push_back(id);
    }
    m_chosen = chosen;
    m_storeProblem.clear();
    validate();
}

QDate DecisionDialog::decidedOn() const
{
    return m_decidedOn->date();
}

QString DecisionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void DecisionDialog::setDeciders(const std::vector<Id>& people)
{
    m_chosen.clear();
    for (Id id : people) {
        if (std::any_of(m_people.begin(), m_people.end(), [id](const NamedId& p) { return p.id == id; }))
            m_chosen.push_back(id);
    }
    fillPeople();
}

void DecisionDialog::setDecidedOn(const QDate& date)
{
    m_decidedOn->setDate(date);
}

void DecisionDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void DecisionDialog::showProblem(const QString& problem)
{
    m_storeProblem = problem;
    validate();
}

void DecisionDialog::validate()
{
    QStringList names;
    for (Id id : m_chosen) {
        for (const NamedId& person : m_people) {
            if (person.id == id)
                names.append(person.name);
        }
    }
    const int missing = m_required - int(m_chosen.size());
    m_chosenLabel->setText(names.isEmpty() ? tr("Nobody chosen yet.")
                                           : tr("Decided by %1.").arg(names.join(QStringLiteral(", "))));
    QString problem = m_storeProblem;
    if (problem.isEmpty() && m_people.empty())
        problem = tr("Nobody can decide: add the forum's members to the people directory first.");
    else if (problem.isEmpty() && missing > 0)
        problem = tr("Choose %n more decider(s).", "", missing);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_okButton->setEnabled(missing <= 0);
}

bool decideRequest(QWidget* parent, Store* store, QUndoStack* stack, const ForumRequest& request,
                   RequestDecision decision, const std::vector<Id>& candidates)
{
    if (!store || !stack || store->isReadOnly())
        return false;
    DecisionDialog dialog(*store, request, decision, parent);
    if (!candidates.empty())
        dialog.setCandidates(candidates);
    while (dialog.exec() == QDialog::Accepted) {
        const QString problem =
            pushDecideRequest(store, stack, request, decision, dialog.deciders(), dialog.decidedOn(), dialog.note());
        if (problem.isEmpty())
            return true;
        dialog.showProblem(problem);
    }
    return false;
}

} // namespace steward::ui
