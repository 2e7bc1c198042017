#include "policy/policypage.h"

#include "commands/policycommands.h"
#include "export/policymarkdown.h"
#include "policy/approvepolicydialog.h"
#include "policy/policydetailsform.h"
#include "policy/policyhistoryview.h"
#include "policy/policyrulesform.h"
#include "policy/policysectionseditor.h"
#include "policy/routingcalculator.h"
#include "reviews/markrevieweddialog.h"
#include "store/store.h"

#include <QMessageBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace steward::ui {

PolicyPage::PolicyPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_details(new PolicyDetailsForm(this))
    , m_rules(new PolicyRulesForm(this))
    , m_routing(new RoutingCalculator(this))
    , m_sections(new PolicySectionsEditor(this))
    , m_preview(new QTextBrowser(this))
    , m_history(new PolicyHistoryView(this))
{
    setObjectName(QStringLiteral("policyPage"));
    m_tabs->setObjectName(QStringLiteral("policyTabWidget"));
    m_tabs->setAccessibleName(tr("Policy"));
    m_tabs->setDocumentMode(true);
    m_preview->setObjectName(QStringLiteral("policyPreviewTextBrowser"));
    m_preview->setAccessibleName(tr("The policy as readers see it"));
    m_preview->setOpenExternalLinks(true);
    m_preview->document()->setDocumentMargin(16);
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_rules, tr("R&ules"));
    m_tabs->addTab(m_routing, tr("Rout&ing"));
    m_tabs->addTab(m_sections, tr("&Sections"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    m_tabs->addTab(m_history, tr("&History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PreviewTab)
            updatePreview();
        Q_EMIT actionsChanged();
    });
    connect(m_details, &PolicyDetailsForm::approveRequested, this, &PolicyPage::approve);
    connect(m_sections, &PolicySectionsEditor::selectionChanged, this, &Page::actionsChanged);
}

QString PolicyPage::title() const
{
    return tr("Policy");
}

QIcon PolicyPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/policy.svg"));
}

qint64 PolicyPage::count() const
{
    return -1; // one document: no count
}

void PolicyPage::setStore(Store* store, QUndoStack* undoStack)
{
    m_store = store;
    m_undoStack = undoStack;
    m_details->setStore(store, undoStack);
    m_rules->setStore(store, undoStack);
    m_sections->setStore(store, undoStack);
    reload();
}

void PolicyPage::reload()
{
    m_details->refresh();
    m_rules->refresh();
    m_sections->reload();
    const Policy policy = m_store ? m_store->policy() : Policy{};
    m_routing->setTiers(policy.reviewTiers);
    m_history->setPolicy(policy, m_store ? m_store->people() : std::vector<Person>{});
    if (m_tabs->currentIndex() == PreviewTab)
        updatePreview();
    Q_EMIT actionsChanged();
}

void PolicyPage::updatePreview()
{
    if (!m_store) {
        m_preview->clear();
        return;
    }
    const std::vector<Person> people = m_store->people();
    m_preview->setMarkdown(policyMarkdown(m_store->policy(), [&people](Id id) {
        for (const Person& person : people) {
            if (person.id == id)
                return person.name;
        }
        return QString();
    }));
}

bool PolicyPage::canAdd() const
{
    return m_store && !m_store->isReadOnly() && m_tabs->currentIndex() == SectionsTab;
}

bool PolicyPage::canRemove() const
{
    return m_tabs->currentIndex() == SectionsTab && m_sections->canRemove();
}

void PolicyPage::add()
{
    if (canAdd())
        m_sections->addSection();
}

void PolicyPage::remove()
{
    if (canRemove())
        m_sections->removeCurrentSection();
}

void PolicyPage::approve()
{
    if (!m_store || m_store->isReadOnly())
        return;
    // What is typed but not stored yet goes in first; a refusal is shown on its own tab.
    const std::pair<bool, Tab> pending[] = {{m_details->commitPending(), DetailsTab},
                                            {m_rules->commitPending(), RulesTab},
                                            {m_sections->commitPending(), SectionsTab}};
    for (const auto& [committed, tab] : pending) {
        if (!committed) {
            m_tabs->setCurrentIndex(tab);
            return;
        }
    }
    ApprovePolicyDialog dialog(m_store->policy(), m_store->people(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = pushPolicyApproval(m_store, m_undoStack, dialog.version(), dialog.approverId(),
                                             dialog.approvedOn(), dialog.effectiveOn());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("The policy was not approved"), error);
    reload();
}

bool PolicyPage::canMarkReviewed() const
{
    return m_store && !m_store->isReadOnly();
}

void PolicyPage::markReviewed()
{
    if (!canMarkReviewed())
        return;
    const GovernanceObject policy = m_store->governanceObject(GovernanceKind::Policy);
    if (ui::markReviewed(window(), m_store, m_undoStack, QStringLiteral("governance"), policy.id,
                         label(GovernanceKind::Policy)))
        reload();
}

} // namespace steward::ui
