#include "dashboard/governancedialog.h"

#include "commands/policycommands.h"
#include "commands/storecommand.h"
#include "store/store.h"
#include "widgets/cadenceeditor.h"
#include "widgets/formhelpers.h"
#include "widgets/newperson.h"
#include "widgets/personcombobox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

constexpr Id PendingPersonId = -2; // a new owner, added to the directory when the dialog applies

} // namespace

GovernanceDialog::GovernanceDialog(Store* store, GovernanceKind kind, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_object(store->governanceObject(kind))
    , m_owner(new PersonComboBox(this))
    , m_location(new QLineEdit(this))
    , m_cadence(new CadenceEditor(this))
    , m_lastReviewed(new QDateEdit(this))
    , m_error(makeErrorLabel(this, QStringLiteral("governanceErrorLabel")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("governanceDialog"));
    setWindowTitle(label(kind));
    m_owner->setObjectName(QStringLiteral("ownerComboBox"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setPeople(store->personNames());
    m_owner->setPersonId(m_object.ownerId);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_location->setAccessibleName(tr("Where it lives"));
    m_location->setPlaceholderText(tr("https://… (the Confluence or Notion page)"));
    m_location->setText(m_object.location);
    m_location->setMinimumWidth(420);
    m_cadence->setObjectName(QStringLiteral("cadenceEditor"));
    m_cadence->setReview(m_object.review);
    m_lastReviewed->setObjectName(QStringLiteral("lastReviewedDateEdit"));
    m_lastReviewed->setAccessibleName(tr("Last reviewed"));
    setUpOptionalDate(m_lastReviewed);
    setOptionalDate(m_lastReviewed, m_object.review.lastReviewedOn);
    m_buttons->setObjectName(QStringLiteral("governanceDialogButtonBox"));

    auto* intro = new QLabel(tr("Who answers for the %1, where it lives and how often it is reviewed. Recording a "
                                "review is done with Mark reviewed, which keeps who reviewed it and when.")
                                 .arg(nounInSentence(label(kind))),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto addRow = [&](const QString& text, QWidget* editor) {
        auto* rowLabel = new QLabel(text, this);
        rowLabel->setBuddy(editor);
        form->addRow(rowLabel, editor);
    };
    addRow(tr("&Owner"), m_owner);
    addRow(tr("&Where it lives"), m_location);
    addRow(tr("Review ca&dence"), m_cadence);
    addRow(tr("&Last reviewed"), m_lastReviewed);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_owner, &PersonComboBox::newPersonRequested, this, &GovernanceDialog::askNewOwner);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GovernanceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GovernanceDialog::reject);
}

void GovernanceDialog::askNewOwner()
{
    const auto name = askNewPersonName(this);
    if (!name || name->trimmed().isEmpty())
        return;
    m_newOwner = name->trimmed();
    std::vector<NamedId> people = m_store->personNames();
    people.push_back({PendingPersonId, m_newOwner});
    m_owner->setPeople(people);
    m_owner->setPersonId(PendingPersonId);
}

GovernanceObject GovernanceDialog::edited() const
{
    GovernanceObject object = m_object;
    object.ownerId = m_owner->personId();
    object.location = m_location->text().trimmed();
    object.review.cadence = m_cadence->cadence();
    object.review.cadenceDays = m_cadence->days();
    object.review.lastReviewedOn = optionalDate(m_lastReviewed);
    return object;
}

void GovernanceDialog::accept()
{
    const GovernanceObject object = edited();
    if (!object.location.isEmpty()) {
        const QUrl url(object.location, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty()) {
            m_error->setText(tr("Where it lives is a web address: use the form https://host/path."));
            m_error->show();
            m_location->setFocus();
            return;
        }
    }
    if (object.review.lastReviewedOn.isValid() && object.review.lastReviewedOn > QDate::currentDate()) {
        m_error->setText(tr("The last review took place today or earlier."));
        m_error->show();
        m_lastReviewed->setFocus();
        return;
    }
    QDialog::accept();
}

QString GovernanceDialog::apply(QUndoStack* stack) const
{
    const GovernanceObject before = m_object;
    GovernanceObject after = edited();
    const QString text = tr("Edit %1 details").arg(nounInSentence(label(before.kind)));
    if (after.ownerId != PendingPersonId)
        return pushGovernanceEdit(m_store, stack, before.kind, text, [after](GovernanceObject& o) { o = after; });
    Store* store = m_store;
    return StoreCommand::push(stack, newPersonCommand(
                                         store, m_newOwner,
                                         [store, after](Id personId) {
                                             GovernanceObject owned = after;
                                             owned.ownerId = personId;
                                             store->updateGovernanceObject(owned);
                                         },
                                         [store, before] { store->updateGovernanceObject(before); }));
}

bool GovernanceDialog::editObject(QWidget* parent, Store* store, QUndoStack* stack, GovernanceKind kind)
{
    GovernanceDialog dialog(store, kind, parent);
    if (store->isReadOnly()) {
        for (QWidget* editor : std::initializer_list<QWidget*>{dialog.m_owner, dialog.m_location, dialog.m_cadence,
                                                               dialog.m_lastReviewed})
            editor->setEnabled(false);
        dialog.m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    while (dialog.exec() == QDialog::Accepted) {
        const QString error = dialog.apply(stack);
        if (error.isEmpty())
            return true;
        dialog.m_error->setText(error);
        dialog.m_error->show();
    }
    return false;
}

} // namespace steward::ui
