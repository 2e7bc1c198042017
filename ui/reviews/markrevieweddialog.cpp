#include "reviews/markrevieweddialog.h"

#include "commands/reviewcommands.h"
#include "rules/cadence.h"
#include "rules/reviewitems.h"
#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/newperson.h"
#include "widgets/personcombobox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <exception>

namespace steward::ui {
namespace {

// The combo's entry for a reviewer named in this dialog and not yet in the directory.
constexpr Id PendingPersonId = -2;

QString nameOf(const std::vector<NamedId>& people, Id id)
{
    for (const NamedId& person : people) {
        if (person.id == id)
            return person.name;
    }
    return {};
}

} // namespace

MarkReviewedDialog::MarkReviewedDialog(const QString& kind, const QString& name, const ReviewState& state,
                                       const std::vector<NamedId>& people, Id reviewerId, QWidget* parent)
    : QDialog(parent)
    , m_state(state)
    , m_people(people)
    , m_reviewer(new PersonComboBox(this))
    , m_reviewedOn(new QDateEdit(QDate::currentDate(), this))
    , m_notes(new QPlainTextEdit(this))
    , m_nextDue(new QLabel(this))
    , m_problem(makeErrorLabel(this, QStringLiteral("markReviewedProblemLabel")))
{
    setObjectName(QStringLiteral("markReviewedDialog"));
    setWindowTitle(tr("Mark reviewed"));

    auto* title = new QLabel(name, this);
    title->setObjectName(QStringLiteral("markReviewedNameLabel"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    QString last = state.lastReviewedOn.isValid()
                       ? tr("last reviewed on %1").arg(state.lastReviewedOn.toString(Qt::ISODate))
                       : tr("never reviewed yet");
    if (const QString by = nameOf(people, state.lastReviewedBy); state.lastReviewedOn.isValid() && !by.isEmpty())
        last = tr("last reviewed on %1 by %2").arg(state.lastReviewedOn.toString(Qt::ISODate), by);
    auto* summary =
        new QLabel(tr("%1 · reviewed %2 · %3").arg(kind, inSentence(rules::cadenceText(state)), last), this);
    summary->setObjectName(QStringLiteral("markReviewedSummaryLabel"));
    summary->setWordWrap(true);

    m_reviewer->setObjectName(QStringLiteral("reviewerComboBox"));
    m_reviewer->setPeople(people);
    m_reviewer->setPersonId(reviewerId);
    m_reviewedOn->setObjectName(QStringLiteral("reviewedOnDateEdit"));
    m_reviewedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewedOn->setCalendarPopup(true);
    // A review is recorded once it took place: never for a day still to come.
    m_reviewedOn->setDateRange(QDate(2000, 1, 1), QDate::currentDate());
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was checked, what changed, what follows up"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_nextDue->setObjectName(QStringLiteral("nextDueLabel"));
    m_nextDue->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Reviewed &by"), m_reviewer);
    form->addRow(tr("Reviewed &on"), m_reviewedOn);
    form->addRow(tr("&Notes"), m_notes);
    for (QWidget* field : std::initializer_list<QWidget*>{m_reviewer, m_reviewedOn, m_notes})
        field->setAccessibleName(form->labelForField(field)->property("text").toString().remove(QLatin1Char('&')));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    m_okButton = buttons->addButton(tr("&Mark reviewed"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("markReviewedPushButton"));
    m_okButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_nextDue);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reviewer, &PersonComboBox::personChosen, this, &MarkReviewedDialog::edited);
    connect(m_reviewer, &PersonComboBox::newPersonRequested, this, &MarkReviewedDialog::askNewReviewer);
    connect(m_reviewedOn, &QDateEdit::dateChanged, this, &MarkReviewedDialog::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MarkReviewedDialog::edited);
    validate();
}

Id MarkReviewedDialog::reviewerId() const
{
    const Id id = m_reviewer->personId();
    return id > 0 ? id : 0;
}

QString MarkReviewedDialog::newReviewerName() const
{
    return m_reviewer->personId() == PendingPersonId ? m_newReviewer : QString();
}

QDate MarkReviewedDialog::reviewedOn() const
{
    return m_reviewedOn->date();
}

QString MarkReviewedDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

void MarkReviewedDialog::setReviewerId(Id id)
{
    m_reviewer->setPersonId(id);
    validate();
}

void MarkReviewedDialog::setNewReviewerName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    // Someone the directory knows already is chosen rather than added twice.
    for (const NamedId& person : m_people) {
        if (person.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            setReviewerId(person.id);
            return;
        }
    }
    const int pending = m_reviewer->findData(QVariant::fromValue(PendingPersonId));
    if (pending >= 0)
        m_reviewer->setItemText(pending, tr("%1 (new)").arg(trimmed));
    else
        m_reviewer->insertItem(1, tr("%1 (new)").arg(trimmed), QVariant::fromValue(PendingPersonId));
    m_newReviewer = trimmed;
    setReviewerId(PendingPersonId);
}

void MarkReviewedDialog::setReviewedOn(const QDate& date)
{
    m_reviewedOn->setDate(date);
}

void MarkReviewedDialog::setNotes(const QString& notes)
{
    m_notes->setPlainText(notes);
}

void MarkReviewedDialog::showProblem(const QString& problem)
{
    m_storeProblem = problem;
    validate();
}

void MarkReviewedDialog::askNewReviewer()
{
    if (const std::optional<QString> name = askNewPersonName(this))
        setNewReviewerName(*name);
}

void MarkReviewedDialog::edited()
{
    m_storeProblem.clear(); // the person is correcting what the store refused
    validate();
}

void MarkReviewedDialog::validate()
{
    const QDate on = reviewedOn();
    ReviewState after = m_state;
    QString next;
    if (m_state.lastReviewedOn.isValid() && on < m_state.lastReviewedOn) {
        // The store keeps the later review as the last one: this one only joins the history.
        next = tr("A later review (%1) is recorded already: this one goes into the history, and the next review "
                  "stays due on %2.")
                   .arg(m_state.lastReviewedOn.toString(Qt::ISODate),
                        rules::nextDue(m_state, QDate::currentDate()).toString(Qt::ISODate));
    } else {
        after.lastReviewedOn = on;
        next = tr("The next review will be due on %1.")
                   .arg(rules::nextDue(after, QDate::currentDate()).toString(Qt::ISODate));
    }
    m_nextDue->setText(next);

    const bool complete = reviewerId() != 0 || !newReviewerName().isEmpty();
    QString problem = m_storeProblem;
    if (problem.isEmpty() && !complete)
        problem =
            m_people.empty() ? tr("Choose who reviewed it: add them with New person….") : tr("Choose who reviewed it.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_okButton->setEnabled(complete);
}

bool markReviewed(QWidget* parent, Store* store, QUndoStack* stack, const QString& subjectType, Id subjectId,
                  const QString& name)
{
    if (!store || !stack || store->isReadOnly())
        return false;
    ReviewState state;
    std::vector<NamedId> people;
    try {
        state = store->reviewStateOf(subjectType, subjectId);
        people = store->personNames();
    } catch (const std::exception&) {
        return false; // the item went away (another window removed it): nothing to review
    }
    // The person at the keyboard usually did the review; the directory may know them by name.
    MarkReviewedDialog dialog(rules::subjectLabel(subjectType), name, state, people,
                              store->personIdByName(store->actor()), parent);
    while (dialog.exec() == QDialog::Accepted) {
        Review review;
        review.subjectType = subjectType;
        review.subjectId = subjectId;
        review.reviewedOn = dialog.reviewedOn();
        review.reviewerId = dialog.reviewerId();
        review.notes = dialog.notes();
        const QString problem = pushRecordReview(store, stack, name, review, dialog.newReviewerName());
        if (problem.isEmpty())
            return true;
        dialog.showProblem(problem);
    }
    return false;
}

} // namespace steward::ui
