#include "policy/policysummarypage.h"

#include "store/store.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward::ui {
namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

PolicySummaryPage::PolicySummaryPage(QWidget* parent)
    : Page(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(label(GovernanceKind::Policy), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_summary->setObjectName(key(GovernanceKind::Policy) + QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setOpenExternalLinks(true);
    m_table->setObjectName(key(GovernanceKind::Policy) + QStringLiteral("TreeWidget"));
    m_table->setAccessibleName(label(GovernanceKind::Policy));
    m_table->setHeaderLabels({tr("Item"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

QString PolicySummaryPage::title() const
{
    return tr("Policy");
}

QIcon PolicySummaryPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/steward.svg"));
}

qint64 PolicySummaryPage::count() const
{
    return -1; // one document: no count
}

void PolicySummaryPage::setStore(Store* store, QUndoStack*)
{
    m_store = store;
    reload();
}

QString PolicySummaryPage::personName(Id id) const
{
    for (const Person& person : m_people) {
        if (person.id == id)
            return person.name;
    }
    return {};
}

QString PolicySummaryPage::metadataText() const
{
    const GovernanceObject object = m_store->governanceObject(GovernanceKind::Policy);
    const QString owner =
        object.ownerId ? personName(object.ownerId).toHtmlEscaped() : QStringLiteral("<b>%1</b>").arg(tr("no owner"));
    QString text =
        tr("Owner: %1 · Review: %2 · Last reviewed: %3")
            .arg(owner, label(object.review.cadence),
                 object.review.lastReviewedOn.isValid() ? dateText(object.review.lastReviewedOn) : tr("never"));
    if (!object.location.isEmpty())
        text += QStringLiteral(" · <a href=\"%1\">%2</a>").arg(object.location.toHtmlEscaped(), tr("where it lives"));
    return text;
}

void PolicySummaryPage::reload()
{
    m_table->clear();
    m_summary->clear();
    if (!m_store) {
        m_people.clear();
        return;
    }
    m_people = m_store->people();
    fillPolicy();
}

void PolicySummaryPage::fillPolicy()
{
    const Policy policy = m_store->policy();
    m_summary->setText(metadataText());
    auto add = [this](const QString& item, const QString& value) {
        auto* row = new QTreeWidgetItem(m_table, {item, value.isEmpty() ? tr("not stated yet") : value});
        row->setToolTip(1, value);
        if (value.isEmpty())
            row->setForeground(1, palette().placeholderText());
    };
    add(tr("Title"), policy.title);
    add(tr("Version"), QStringLiteral("%1 (%2)").arg(policy.version, label(policy.status)));
    if (policy.approvedBy)
        add(tr("Approved"), tr("%1 on %2").arg(personName(policy.approvedBy), dateText(policy.approvedOn)));
    add(tr("Who may use agents"), policy.allowedGroups.join(QStringLiteral(", ")));
    for (const DataClassRule& rule : policy.dataClasses)
        add(tr("Data: %1").arg(label(rule.dataClass)),
            rule.condition.isEmpty() ? label(rule.permission)
                                     : QStringLiteral("%1 — %2").arg(label(rule.permission), rule.condition));
    for (const ReviewTier& tier : policy.reviewTiers)
        add(tr("Review tier %1").arg(tier.tier), QStringLiteral("%1 → %2").arg(tier.rule, tier.control));
    for (int i = 0; i < policy.prohibitedUses.size(); ++i)
        add(i == 0 ? tr("Prohibited uses") : QString(), policy.prohibitedUses[i]);
    if (policy.prohibitedUses.isEmpty())
        add(tr("Prohibited uses"), QString());
    add(tr("Audit log fields"), policy.auditFields.join(QStringLiteral(", ")));
    add(tr("Training opt-out"), policy.trainingOptOut);
    add(tr("Retention"), policy.retention);
    add(tr("Approved versions"), QString::number(policy.history.size()));
    m_table->resizeColumnToContents(0);
}

} // namespace steward::ui
