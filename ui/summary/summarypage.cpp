#include "summary/summarypage.h"

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

QString yesNo(bool value)
{
    return value ? SummaryPage::tr("Yes") : SummaryPage::tr("No");
}

// Long cells are elided in the table; the tooltip shows them whole.
void addWithToolTips(QTreeWidget* table, const QList<QTreeWidgetItem*>& items)
{
    for (QTreeWidgetItem* item : items) {
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
    }
    table->addTopLevelItems(items);
}

QStringList columnsOf(GovernanceKind kind)
{
    switch (kind) {
    case GovernanceKind::Policy:
        return {SummaryPage::tr("Item"), SummaryPage::tr("Value")};
    case GovernanceKind::Workspaces:
        return {SummaryPage::tr("Name"),      SummaryPage::tr("Function"), SummaryPage::tr("Status"),
                SummaryPage::tr("Owner"),     SummaryPage::tr("Seats"),    SummaryPage::tr("Data"),
                SummaryPage::tr("CLAUDE.md"), SummaryPage::tr("Tasks")};
    case GovernanceKind::Connectors:
        return {SummaryPage::tr("Name"),   SummaryPage::tr("System"),     SummaryPage::tr("Access"),
                SummaryPage::tr("Scopes"), SummaryPage::tr("Tier"),       SummaryPage::tr("Status"),
                SummaryPage::tr("Owner"),  SummaryPage::tr("Approved by")};
    case GovernanceKind::Skills:
        return {SummaryPage::tr("Name"),      SummaryPage::tr("Intended use"), SummaryPage::tr("Status"),
                SummaryPage::tr("Version"),   SummaryPage::tr("Owner"),        SummaryPage::tr("SKILL.md"),
                SummaryPage::tr("Connectors")};
    }
    return {};
}

} // namespace

SummaryPage::SummaryPage(GovernanceKind kind, QWidget* parent)
    : Page(parent)
    , m_kind(kind)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(label(kind), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_summary->setObjectName(key(kind) + QStringLiteral("SummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setOpenExternalLinks(true);
    m_table->setObjectName(key(kind) + QStringLiteral("TreeWidget"));
    m_table->setAccessibleName(label(kind));
    m_table->setHeaderLabels(columnsOf(kind));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    if (kind != GovernanceKind::Policy) {
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(0, Qt::AscendingOrder);
    }
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

QString SummaryPage::title() const
{
    switch (m_kind) {
    case GovernanceKind::Policy:
        return tr("Policy");
    case GovernanceKind::Workspaces:
        return tr("Workspaces");
    case GovernanceKind::Connectors:
        return tr("Connectors");
    case GovernanceKind::Skills:
        return tr("Skills");
    }
    return {};
}

QIcon SummaryPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/steward.svg"));
}

qint64 SummaryPage::count() const
{
    if (!m_store)
        return 0;
    switch (m_kind) {
    case GovernanceKind::Policy:
        return -1; // one document: no count
    case GovernanceKind::Workspaces:
        return m_store->count(QStringLiteral("workspaces"));
    case GovernanceKind::Connectors:
        return m_store->count(QStringLiteral("connectors"));
    case GovernanceKind::Skills:
        return m_store->count(QStringLiteral("skills"));
    }
    return 0;
}

void SummaryPage::setStore(Store* store, QUndoStack*)
{
    m_store = store;
    reload();
}

QString SummaryPage::personName(Id id) const
{
    for (const Person& person : m_people) {
        if (person.id == id)
            return person.name;
    }
    return {};
}

QString SummaryPage::metadataText() const
{
    const GovernanceObject object = m_store->governanceObject(m_kind);
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

void SummaryPage::reload()
{
    m_table->clear();
    m_summary->clear();
    if (!m_store) {
        m_people.clear();
        return;
    }
    m_people = m_store->people();
    switch (m_kind) {
    case GovernanceKind::Policy:
        fillPolicy();
        break;
    case GovernanceKind::Workspaces:
        fillWorkspaces();
        break;
    case GovernanceKind::Connectors:
        fillConnectors();
        break;
    case GovernanceKind::Skills:
        fillSkills();
        break;
    }
}

void SummaryPage::fillPolicy()
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

void SummaryPage::fillWorkspaces()
{
    m_summary->setText(metadataText());
    QList<QTreeWidgetItem*> items;
    for (const Workspace& w : m_store->workspaces()) {
        auto* item =
            new QTreeWidgetItem({w.name, w.function, label(w.status), personName(w.ownerId), QString::number(w.seats),
                                 label(w.dataClass), yesNo(w.hasClaudeMd), QString::number(w.tasks.size())});
        item->setData(4, Qt::DisplayRole, w.seats);
        items.append(item);
    }
    addWithToolTips(m_table, items);
    m_table->header()->resizeSections(QHeaderView::ResizeToContents);
}

void SummaryPage::fillConnectors()
{
    m_summary->setText(metadataText());
    QList<QTreeWidgetItem*> items;
    for (const Connector& c : m_store->connectors()) {
        QStringList scopes;
        for (const OAuthScope& scope : c.scopes)
            scopes.append(scope.scope);
        items.append(new QTreeWidgetItem({c.name, c.system, label(c.access), scopes.join(QLatin1Char(' ')),
                                          QString::number(c.tier), label(c.status), personName(c.ownerId),
                                          personName(c.approvedBy)}));
    }
    addWithToolTips(m_table, items);
    m_table->header()->resizeSections(QHeaderView::ResizeToContents);
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 200));
    m_table->setColumnWidth(3, std::min(m_table->columnWidth(3), 260));
}

void SummaryPage::fillSkills()
{
    m_summary->setText(metadataText());
    QList<QTreeWidgetItem*> items;
    for (const Skill& s : m_store->skills()) {
        items.append(new QTreeWidgetItem({s.name, s.intendedUse, label(s.status), s.version, personName(s.ownerId),
                                          yesNo(s.hasSkillMd), QString::number(s.connectorIds.size())}));
    }
    addWithToolTips(m_table, items);
    m_table->header()->resizeSections(QHeaderView::ResizeToContents);
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 320));
}

} // namespace steward::ui
