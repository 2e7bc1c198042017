#include "policy/approvepolicydialog.h"

#include "widgets/formhelpers.h"
#include "widgets/personcombobox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

ApprovePolicyDialog::ApprovePolicyDialog(const Policy& policy, const std::vector<Person>& people, QWidget* parent)
    : QDialog(parent)
    , m_policy(policy)
    , m_version(new QLineEdit(this))
    , m_approver(new PersonComboBox(this))
    , m_approvedOn(new QDateEdit(QDate::currentDate(), this))
    , m_effectiveOn(new QDateEdit(QDate::currentDate(), this))
    , m_problem(makeErrorLabel(this, QStringLiteral("approveProblemLabel")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("approvePolicyDialog"));
    setWindowTitle(tr("Approve the policy"));
    m_version->setObjectName(QStringLiteral("versionLineEdit"));
    m_version->setText(suggestedVersion(policy));
    m_approver->setObjectName(QStringLiteral("approverComboBox"));
    m_approver->setPeople(people);
    // No "New person…" here: an approver is someone the directory already knows.
    m_approver->removeItem(m_approver->findData(QVariant::fromValue(Id(-1))));
    m_approvedOn->setObjectName(QStringLiteral("approvedOnDateEdit"));
    m_effectiveOn->setObjectName(QStringLiteral("effectiveOnDateEdit"));
    for (QDateEdit* date : {m_approvedOn, m_effectiveOn}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_approveButton = m_buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approveButton->setObjectName(QStringLiteral("approvePushButton"));

    auto* intro = new QLabel(tr("Approving records this version with its content as it is now. The history keeps "
                                "it unchanged; later edits make a draft of the next version."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Version"), m_version);
    form->addRow(tr("Approved &by"), m_approver);
    form->addRow(tr("Approved &on"), m_approvedOn);
    form->addRow(tr("&Effective from"), m_effectiveOn);
    for (QWidget* field : std::initializer_list<QWidget*>{m_version, m_approver, m_approvedOn, m_effectiveOn})
        field->setAccessibleName(form->labelForField(field)->property("text").toString().remove(QLatin1Char('&')));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_version, &QLineEdit::textChanged, this, &ApprovePolicyDialog::validate);
    connect(m_approver, &PersonComboBox::personChosen, this, &ApprovePolicyDialog::validate);
    connect(m_approvedOn, &QDateEdit::dateChanged, this, &ApprovePolicyDialog::validate);
    connect(m_effectiveOn, &QDateEdit::dateChanged, this, &ApprovePolicyDialog::validate);
    validate();
}

QString ApprovePolicyDialog::suggestedVersion(const Policy& policy)
{
    const QString draft = policy.version.trimmed();
    const bool taken = std::any_of(policy.history.begin(), policy.history.end(),
                                   [&draft](const PolicyVersion& v) { return v.version == draft; });
    if (!draft.isEmpty() && !taken)
        return draft;
    // "1.2" → "1.3": the last number goes up by one; anything else is left to the person.
    const QString base = policy.history.empty() ? draft : policy.history.back().version;
    QStringList parts = base.split(QLatin1Char('.'));
    bool numeric = false;
    const int last = parts.isEmpty() ? 0 : parts.last().toInt(&numeric);
    if (!numeric)
        return draft;
    parts.last() = QString::number(last + 1);
    return parts.join(QLatin1Char('.'));
}

void ApprovePolicyDialog::validate()
{
    QString problem;
    const QString wanted = version();
    if (wanted.isEmpty())
        problem = tr("Give the version a number.");
    else if (std::any_of(m_policy.history.begin(), m_policy.history.end(),
                         [&wanted](const PolicyVersion& v) { return v.version == wanted; }))
        problem = tr("Version %1 was approved before; use a new number.").arg(wanted);
    else if (m_approver->count() <= 1)
        problem = tr("The people directory is empty: add the approver on the People page first.");
    else if (approverId() == 0)
        problem = tr("Choose who approved it.");
    else if (effectiveOn() < approvedOn())
        problem = tr("The policy cannot take effect before it is approved.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_approveButton->setEnabled(problem.isEmpty());
}

QString ApprovePolicyDialog::version() const
{
    return m_version->text().trimmed();
}

Id ApprovePolicyDialog::approverId() const
{
    return m_approver->personId();
}

QDate ApprovePolicyDialog::approvedOn() const
{
    return m_approvedOn->date();
}

QDate ApprovePolicyDialog::effectiveOn() const
{
    return m_effectiveOn->date();
}

} // namespace steward::ui
