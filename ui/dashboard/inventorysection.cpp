#include "dashboard/inventorysection.h"

#include "dashboard/chartcard.h"
#include "forum/agenda.h"
#include "forum/forumfigures.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward::ui {

InventorySection::InventorySection(QWidget* parent)
    : QWidget(parent)
    , m_tiles(new QWidget(this))
{
    setObjectName(QStringLiteral("inventorySection"));
    auto* tiles = new QHBoxLayout(m_tiles);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->setSpacing(28);
    m_overdue = addTile(QStringLiteral("overdueReviewsCountLabel"), tr("overdue reviews"));
    m_dueSoon = addTile(QStringLiteral("dueSoonReviewsCountLabel"), tr("reviews due soon"));
    m_requests = addTile(QStringLiteral("openRequestsCountLabel"), tr("open requests"));
    m_incidents = addTile(QStringLiteral("openIncidentsCountLabel"), tr("open incidents"));
    m_seats = addTile(QStringLiteral("seatsCountLabel"), tr("seats"));
    tiles->addStretch(1);

    m_connectors = new ChartCard(QStringLiteral("connectorsChart"), tr("Connectors by tier and access"), this);
    m_workspaces = new ChartCard(QStringLiteral("workspacesChart"), tr("Workspaces by status and phase"), this);
    m_skills = new ChartCard(QStringLiteral("skillsChart"), tr("Skills by status"), this);
    auto* charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(m_connectors, 0, 0);
    charts->addWidget(m_workspaces, 0, 1);
    charts->addWidget(m_skills, 0, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_tiles);
    layout->addLayout(charts);
}

QLabel* InventorySection::addTile(const QString& name, const QString& caption)
{
    auto* tile = new QWidget(m_tiles);
    auto* value = new QLabel(tr("—"), tile);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    auto* text = new QLabel(caption, tile);
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(text);
    m_tiles->layout()->addWidget(tile);
    value->setAccessibleName(caption);
    return value;
}

void InventorySection::setFigures(const forum::Figures* figures)
{
    const QLocale locale;
    auto show = [&](QLabel* label, qint64 value, bool alert) {
        label->setText(figures ? locale.toString(value) : tr("—"));
        // The alert colour only where something is due: a zero is good news.
        QPalette pal = palette();
        if (figures && alert && value > 0)
            pal.setColor(QPalette::WindowText, pal.color(QPalette::Window).lightness() < 128
                                                   ? QColor(0xff, 0x7b, 0x72)
                                                   : QColor(0xb3, 0x26, 0x1e));
        label->setPalette(pal);
    };
    if (!figures) {
        for (QLabel* label : {m_overdue, m_dueSoon, m_requests, m_incidents, m_seats})
            show(label, 0, false);
        m_connectors->setBars({}, {}, {});
        m_workspaces->setSlices({}, {});
        m_skills->setSlices({}, {});
        return;
    }
    const forum::InventoryCounts& c = figures->counts;
    show(m_overdue, qint64(figures->overdue.size()), true);
    show(m_dueSoon, qint64(figures->dueSoon.size()), false);
    show(m_requests, qint64(figures->openRequests.size()), false);
    show(m_incidents, qint64(figures->openIncidents.size()), true);
    show(m_seats, c.seats, false);

    std::vector<std::vector<int>> tiers;
    for (const auto& tier : c.connectorsByTierAccess)
        tiers.push_back({tier[0], tier[1]});
    m_connectors->setBars({tr("Tier 1"), tr("Tier 2"), tr("Tier 3")},
                          {label(Access::ReadOnly), label(Access::ReadWrite)}, tiers);
    m_workspaces->setSlices({tr("Pilot"), tr("Pilot past graduation"), tr("Steady state"), tr("Archived")},
                            {c.pilotsInTime, c.pilotsOverdue,
                             c.workspacesByStatus[std::size_t(WorkspaceStatus::Active)],
                             c.workspacesByStatus[std::size_t(WorkspaceStatus::Archived)]});
    m_skills->setSlices({label(SkillStatus::Draft), label(SkillStatus::Active), label(SkillStatus::Deprecated)},
                        {c.skillsByStatus[0], c.skillsByStatus[1], c.skillsByStatus[2]});
}

ChangesSection::ChangesSection(QWidget* parent)
    : QWidget(parent)
    , m_since(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("changesSection"));
    m_since->setObjectName(QStringLiteral("changesSinceLabel"));
    m_since->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("changesTableWidget"));
    m_table->setAccessibleName(tr("Changes since the last forum"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(200);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Name"), tr("What"), tr("Fields"), tr("By")});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_since);
    layout->addWidget(m_table);
}

void ChangesSection::setFigures(const forum::Figures* figures)
{
    m_table->setRowCount(0);
    if (!figures) {
        m_since->setText(tr("—"));
        return;
    }
    const qint64 total = qint64(figures->changeCount);
    const QString period = figures->sinceForum ? tr("Since the forum of %1").arg(forum::dateText(figures->since))
                                               : tr("No forum meeting is recorded: the last %1 days, since %2")
                                                     .arg(forum::defaultSinceDays)
                                                     .arg(forum::dateText(figures->since));
    QString text = tr("%1: %n object(s) changed.", "", int(total)).arg(period);
    if (total > maxRows)
        text += QLatin1Char(' ') + tr("The newest %1 are listed.").arg(maxRows);
    m_since->setText(text);
    const int rows = int(std::min<qint64>(qint64(figures->changes.size()), maxRows));
    m_table->setRowCount(rows);
    const QLocale locale;
    for (int r = 0; r < rows; ++r) {
        const forum::Change& change = figures->changes[std::size_t(r)];
        const QDateTime at = QDateTime::fromString(change.lastAt, Qt::ISODateWithMs).toLocalTime();
        const QStringList cells = {locale.toString(at, QLocale::ShortFormat),
                                   forum::kindLabel(change.kind),
                                   change.name,
                                   forum::whatLabel(change.what),
                                   change.fields.join(QStringLiteral(", ")),
                                   change.actors.join(QStringLiteral(", "))};
        for (int c = 0; c < int(cells.size()); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

} // namespace steward::ui
