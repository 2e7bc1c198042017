#include "raci/racidetailspanel.h"

#include "widgets/formhelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {

RaciDetailsPanel::RaciDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_activityName(new QLineEdit(this))
    , m_activityError(makeErrorLabel(this, QStringLiteral("activityNameErrorLabel")))
    , m_roleName(new QLineEdit(this))
    , m_roleError(makeErrorLabel(this, QStringLiteral("roleNameErrorLabel")))
    , m_holders(new QListWidget(this))
    , m_holdersHint(new QLabel(this))
{
    setObjectName(QStringLiteral("raciDetailsPanel"));
    m_activityName->setObjectName(QStringLiteral("activityNameLineEdit"));
    m_activityName->setAccessibleName(tr("Activity name"));
    m_roleName->setObjectName(QStringLiteral("roleNameLineEdit"));
    m_roleName->setAccessibleName(tr("Role name"));
    m_holders->setObjectName(QStringLiteral("holdersListWidget"));
    m_holders->setAccessibleName(tr("People who hold the role"));
    m_holdersHint->setObjectName(QStringLiteral("holdersHintLabel"));
    m_holdersHint->setWordWrap(true);
    m_holdersHint->setText(tr("Add people on the People page to bind them to roles."));
    m_holdersHint->hide();

    auto* activityLabel = new QLabel(tr("Ac&tivity"), this);
    activityLabel->setBuddy(m_activityName);
    auto* roleLabel = new QLabel(tr("R&ole"), this);
    roleLabel->setBuddy(m_roleName);
    auto* holdersLabel = new QLabel(tr("&Held by"), this);
    holdersLabel->setBuddy(m_holders);
    // The letters are the point of the page; their meaning stays in view for the forum.
    auto* legend = new QLabel(tr("<b>R</b> Responsible: does the work<br><b>A</b> Accountable: answers for it, "
                                 "exactly one per activity<br><b>C</b> Consulted<br><b>I</b> Informed"),
                              this);
    legend->setObjectName(QStringLiteral("legendLabel"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(activityLabel);
    layout->addWidget(m_activityName);
    layout->addWidget(m_activityError);
    layout->addSpacing(8);
    layout->addWidget(roleLabel);
    layout->addWidget(m_roleName);
    layout->addWidget(m_roleError);
    layout->addWidget(holdersLabel);
    layout->addWidget(m_holders, 1);
    layout->addWidget(m_holdersHint);
    layout->addSpacing(8);
    layout->addWidget(legend);

    connect(m_activityName, &QLineEdit::editingFinished, this, [this] {
        if (m_activity && m_editable && m_activityName->text() != m_activity->name)
            Q_EMIT activityNameEdited(m_activityName->text());
    });
    connect(m_roleName, &QLineEdit::editingFinished, this, [this] {
        if (m_role && m_editable && m_roleName->text() != m_role->name)
            Q_EMIT roleNameEdited(m_roleName->text());
    });
    connect(m_holders, &QListWidget::itemChanged, this, &RaciDetailsPanel::onHolderChanged);
    setEditable(false);
}

void RaciDetailsPanel::setPeople(const std::vector<NamedId>& people)
{
    if (people == m_people)
        return;
    m_people = people;
    fillHolders();
}

void RaciDetailsPanel::setActivity(const std::optional<RaciActivity>& activity)
{
    // A refused name stays in the field with its message while the same activity is current, so
    // the person can correct what they typed; another activity starts clean.
    const bool same = activity && m_activity && activity->id == m_activity->id;
    m_activity = activity;
    if (!same)
        showActivityError({});
    if (m_activityError->isHidden())
        setTextKeepingCursor(m_activityName, activity ? activity->name : QString());
    setEditable(m_editable);
}

void RaciDetailsPanel::setRole(const std::optional<RaciRole>& role)
{
    const bool same = role && m_role && role->id == m_role->id;
    m_role = role;
    if (!same)
        showRoleError({});
    if (m_roleError->isHidden())
        setTextKeepingCursor(m_roleName, role ? role->name : QString());
    fillHolders();
    setEditable(m_editable);
}

void RaciDetailsPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_activityName->setReadOnly(!editable);
    m_activityName->setEnabled(m_activity.has_value());
    m_roleName->setReadOnly(!editable);
    m_roleName->setEnabled(m_role.has_value());
    // Read-only, the list still shows who holds the role; its boxes just do not toggle.
    m_holders->setEnabled(m_role.has_value());
    const QSignalBlocker blocker(m_holders);
    for (int row = 0; row < m_holders->count(); ++row) {
        QListWidgetItem* item = m_holders->item(row);
        item->setFlags(editable ? item->flags() | Qt::ItemIsUserCheckable : item->flags() & ~Qt::ItemIsUserCheckable);
    }
}

void RaciDetailsPanel::fillHolders()
{
    const QSignalBlocker blocker(m_holders);
    const int current = m_holders->currentRow();
    m_holders->clear();
    for (const NamedId& person : m_people) {
        auto* item = new QListWidgetItem(person.name, m_holders);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                       (m_editable ? Qt::ItemIsUserCheckable : Qt::ItemFlags()));
        const bool holds =
            m_role && std::find(m_role->people.begin(), m_role->people.end(), person.id) != m_role->people.end();
        item->setCheckState(holds ? Qt::Checked : Qt::Unchecked);
    }
    if (current >= 0 && current < m_holders->count())
        m_holders->setCurrentRow(current);
    m_holdersHint->setVisible(m_people.empty());
}

void RaciDetailsPanel::onHolderChanged(QListWidgetItem*)
{
    if (!m_role || !m_editable)
        return;
    std::vector<Id> people;
    for (int row = 0; row < m_holders->count(); ++row) {
        if (m_holders->item(row)->checkState() == Qt::Checked)
            people.push_back(m_holders->item(row)->data(Qt::UserRole).toLongLong());
    }
    // The store reads holders back in id order; the same order here makes an edit compare equal.
    std::sort(people.begin(), people.end());
    Q_EMIT holdersEdited(people);
}

void RaciDetailsPanel::showActivityError(const QString& message)
{
    m_activityError->setText(message);
    m_activityError->setVisible(!message.isEmpty());
}

void RaciDetailsPanel::showRoleError(const QString& message)
{
    m_roleError->setText(message);
    m_roleError->setVisible(!message.isEmpty());
}

QString RaciDetailsPanel::activityError() const
{
    return shownError(m_activityError);
}

QString RaciDetailsPanel::roleError() const
{
    return shownError(m_roleError);
}

void RaciDetailsPanel::focusActivityName()
{
    m_activityName->setFocus(Qt::OtherFocusReason);
    m_activityName->selectAll();
}

void RaciDetailsPanel::focusRoleName()
{
    m_roleName->setFocus(Qt::OtherFocusReason);
    m_roleName->selectAll();
}

} // namespace steward::ui
