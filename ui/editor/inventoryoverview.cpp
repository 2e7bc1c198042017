#include "editor/inventoryoverview.h"

#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
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
    return value ? InventoryOverview::tr("Yes") : InventoryOverview::tr("No");
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

} // namespace

InventoryOverview::InventoryOverview(QWidget* parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Governance objects"));
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_navigation->setSpacing(3);
    m_navigation->setMinimumWidth(200);

    m_policy = addPage(GovernanceKind::Policy, {tr("Item"), tr("Value")});
    m_workspaces = addPage(GovernanceKind::Workspaces, {tr("Name"), tr("Function"), tr("Status"), tr("Owner"),
                                                        tr("Seats"), tr("Data"), tr("CLAUDE.md"), tr("Tasks")});
    m_connectors = addPage(GovernanceKind::Connectors, {tr("Name"), tr("System"), tr("Access"), tr("Scopes"),
                                                        tr("Tier"), tr("Status"), tr("Owner"), tr("Approved by")});
    m_skills = addPage(GovernanceKind::Skills, {tr("Name"), tr("Intended use"), tr("Status"), tr("Version"),
                                                tr("Owner"), tr("SKILL.md"), tr("Connectors")});

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("overviewSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 980});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    setFocusProxy(m_navigation);
}

InventoryOverview::Page InventoryOverview::addPage(GovernanceKind kind, const QStringList& columns)
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(label(kind), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    Page result;
    result.summary = new QLabel(page);
    result.summary->setObjectName(key(kind) + QStringLiteral("SummaryLabel"));
    result.summary->setWordWrap(true);
    result.summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    result.summary->setOpenExternalLinks(true);
    result.table = new QTreeWidget(page);
    result.table->setObjectName(key(kind) + QStringLiteral("TreeWidget"));
    result.table->setAccessibleName(label(kind));
    result.table->setHeaderLabels(columns);
    result.table->setRootIsDecorated(false);
    result.table->setAlternatingRowColors(true);
    if (kind != GovernanceKind::Policy) {
        result.table->setSortingEnabled(true);
        result.table->sortByColumn(0, Qt::AscendingOrder);
    }
    result.table->setUniformRowHeights(true);
    layout->addWidget(title);
    layout->addWidget(result.summary);
    layout->addWidget(result.table, 1);
    m_pages->addWidget(page);
    m_navigation->addItem(label(kind));
    return result;
}

void InventoryOverview::setStore(const Store* store)
{
    m_store = store;
    refresh();
}

QString InventoryOverview::personName(Id id) const
{
    for (const Person& person : m_people) {
        if (person.id == id)
            return person.name;
    }
    return {};
}

QString InventoryOverview::metadataText(GovernanceKind kind) const
{
    const GovernanceObject object = m_store->governanceObject(kind);
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

void InventoryOverview::refresh()
{
    for (Page* page : {&m_policy, &m_workspaces, &m_connectors, &m_skills}) {
        page->table->clear();
        page->summary->clear();
    }
    if (!m_store) {
        m_people.clear();
        return;
    }
    m_people = m_store->people();
    fillPolicy();
    fillWorkspaces();
    fillConnectors();
    fillSkills();
    const qint64 counts[] = {1, m_store->count(QStringLiteral("workspaces")),
                             m_store->count(QStringLiteral("connectors")), m_store->count(QStringLiteral("skills"))};
    const GovernanceKind kinds[] = {GovernanceKind::Policy, GovernanceKind::Workspaces, GovernanceKind::Connectors,
                                    GovernanceKind::Skills};
    for (int i = 0; i < 4; ++i) {
        m_navigation->item(i)->setText(i == 0 ? label(kinds[i]) : tr("%1 (%2)").arg(label(kinds[i])).arg(counts[i]));
    }
}

void InventoryOverview::fillPolicy()
{
    const Policy policy = m_store->policy();
    m_policy.summary->setText(metadataText(GovernanceKind::Policy));
    auto add = [this](const QString& item, const QString& value) {
        auto* row = new QTreeWidgetItem(m_policy.table, {item, value.isEmpty() ? tr("not stated yet") : value});
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
    m_policy.table->resizeColumnToContents(0);
}

void InventoryOverview::fillWorkspaces()
{
    m_workspaces.summary->setText(metadataText(GovernanceKind::Workspaces));
    QList<QTreeWidgetItem*> items;
    for (const Workspace& w : m_store->workspaces()) {
        auto* item =
            new QTreeWidgetItem({w.name, w.function, label(w.status), personName(w.ownerId), QString::number(w.seats),
                                 label(w.dataClass), yesNo(w.hasClaudeMd), QString::number(w.tasks.size())});
        item->setData(4, Qt::DisplayRole, w.seats);
        items.append(item);
    }
    addWithToolTips(m_workspaces.table, items);
    m_workspaces.table->header()->resizeSections(QHeaderView::ResizeToContents);
}

void InventoryOverview::fillConnectors()
{
    m_connectors.summary->setText(metadataText(GovernanceKind::Connectors));
    QList<QTreeWidgetItem*> items;
    for (const Connector& c : m_store->connectors()) {
        QStringList scopes;
        for (const OAuthScope& scope : c.scopes)
            scopes.append(scope.scope);
        items.append(new QTreeWidgetItem({c.name, c.system, label(c.access), scopes.join(QLatin1Char(' ')),
                                          QString::number(c.tier), label(c.status), personName(c.ownerId),
                                          personName(c.approvedBy)}));
    }
    addWithToolTips(m_connectors.table, items);
    m_connectors.table->header()->resizeSections(QHeaderView::ResizeToContents);
    m_connectors.table->setColumnWidth(1, std::min(m_connectors.table->columnWidth(1), 200));
    m_connectors.table->setColumnWidth(3, std::min(m_connectors.table->columnWidth(3), 260));
}

void InventoryOverview::fillSkills()
{
    m_skills.summary->setText(metadataText(GovernanceKind::Skills));
    QList<QTreeWidgetItem*> items;
    for (const Skill& s : m_store->skills()) {
        items.append(new QTreeWidgetItem({s.name, s.intendedUse, label(s.status), s.version, personName(s.ownerId),
                                          yesNo(s.hasSkillMd), QString::number(s.connectorIds.size())}));
    }
    addWithToolTips(m_skills.table, items);
    m_skills.table->header()->resizeSections(QHeaderView::ResizeToContents);
    m_skills.table->setColumnWidth(1, std::min(m_skills.table->columnWidth(1), 320));
}

} // namespace steward::ui
