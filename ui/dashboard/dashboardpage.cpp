#include "dashboard/dashboardpage.h"

#include "dashboard/governancesection.h"
#include "dashboard/inventorysection.h"
#include "findings/findingsdock.h"
#include "findings/findingsmodel.h"
#include "findings/lintrunner.h"
#include "store/store.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {

// The changes section lists the newest of what the lint run kept.
static_assert(ChangesSection::maxRows <= int(LintRunner::KeptChanges));

namespace {

constexpr std::array<FindingSeverity, 3> severities = {FindingSeverity::Error, FindingSeverity::Warning,
                                                       FindingSeverity::Info};

QString overall()
{
    return QStringLiteral("overall");
}

} // namespace

DashboardPage::DashboardPage(FindingsDock* findings, QWidget* parent)
    : Page(parent)
    , m_findings(findings)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    m_sections = new QVBoxLayout(body);
    m_sections->setContentsMargins(24, 18, 24, 18);
    m_sections->setSpacing(16);

    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_summary->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_summary->setFont(font);
    m_sections->addWidget(m_summary);

    buildScorecard();
    buildFindingCounts();
    buildInventory();
    m_governance = new GovernanceSection(body);
    m_sections->addWidget(m_governance);
    // Edits made here are commands like any other; the window re-checks after them.
    connect(m_governance, &GovernanceSection::edited, this, &Page::inventoryChanged);
    m_sections->addStretch(1);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_findings->runner(), &LintRunner::finished, this, &DashboardPage::showResult);
    showResult();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

qint64 DashboardPage::count() const
{
    return -1; // a summary: no count of its own
}

void DashboardPage::setStore(Store* store, QUndoStack* undoStack)
{
    m_store = store;
    m_governance->setStore(store, undoStack);
    showResult();
}

void DashboardPage::reload()
{
    // The scorecard follows the findings panel, which re-checks after every change.
    m_governance->reload();
    showResult();
}

QStringList DashboardPage::families() const
{
    return m_families;
}

QProgressBar* DashboardPage::scoreBar(const QString& family) const
{
    return m_rows.value(family).bar;
}

QString DashboardPage::familyLabel(const QString& family)
{
    if (family == QLatin1String("overall"))
        return tr("Overall");
    if (family == QLatin1String("policy"))
        return tr("Policy");
    if (family == QLatin1String("governance"))
        return tr("Governance objects");
    if (family == QLatin1String("workspaces"))
        return tr("Workspaces");
    if (family == QLatin1String("connectors"))
        return tr("Connectors");
    if (family == QLatin1String("skills"))
        return tr("Skills");
    if (family == QLatin1String("raci"))
        return tr("RACI");
    if (family == QLatin1String("reviews"))
        return tr("Reviews");
    return family;
}

QVBoxLayout* DashboardPage::addSection(const QString& objectName, const QString& title)
{
    auto* box = new QGroupBox(title, m_summary->parentWidget());
    box->setObjectName(objectName);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 12, 12, 12);
    m_sections->addWidget(box);
    return layout;
}

void DashboardPage::buildScorecard()
{
    QVBoxLayout* section = addSection(QStringLiteral("scorecardGroupBox"), tr("Governance scorecard"));
    auto* note = new QLabel(tr("The share of the rules' checks that pass, per family of rules. "
                               "Information findings count as passed."),
                            section->parentWidget());
    note->setWordWrap(true);
    section->addWidget(note);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(3, 1);
    section->addLayout(grid);

    // The families in the catalogue's order, each once.
    m_families = {overall()};
    for (const rules::RuleInfo& rule : rules::ruleCatalogue()) {
        if (!m_families.contains(rule.family))
            m_families.append(rule.family);
    }
    for (int i = 0; i < m_families.size(); ++i)
        m_rows.insert(m_families[i], addScoreRow(grid, i, m_families[i]));
    QFont bold = m_rows[overall()].name->font();
    bold.setBold(true);
    m_rows[overall()].name->setFont(bold);
}

DashboardPage::ScoreRow DashboardPage::addScoreRow(QGridLayout* grid, int row, const QString& family)
{
    QWidget* parent = grid->parentWidget();
    ScoreRow score;
    score.name = new QLabel(familyLabel(family), parent);
    QStringList titles;
    for (const rules::RuleInfo& rule : rules::ruleCatalogue()) {
        if (rule.family == family)
            titles.append(QStringLiteral("• ") + rule.title);
    }
    score.name->setToolTip(titles.join(QLatin1Char('\n')));
    score.bar = new QProgressBar(parent);
    score.bar->setObjectName(family + QStringLiteral("ScoreProgressBar"));
    score.bar->setRange(0, 100);
    score.bar->setTextVisible(true);
    score.bar->setMinimumWidth(260);
    score.bar->setMaximumWidth(420);
    score.detail = new QLabel(parent);
    score.detail->setObjectName(family + QStringLiteral("ScoreLabel"));
    score.name->setBuddy(score.bar);
    grid->addWidget(score.name, row, 0);
    grid->addWidget(score.bar, row, 1);
    grid->addWidget(score.detail, row, 2);
    return score;
}

void DashboardPage::buildFindingCounts()
{
    QVBoxLayout* section = addSection(QStringLiteral("findingCountsGroupBox"), tr("Findings"));
    auto* row = new QHBoxLayout;
    row->setSpacing(24);
    const std::array<QString, 3> names = {QStringLiteral("errorsCountLabel"), QStringLiteral("warningsCountLabel"),
                                          QStringLiteral("infoCountLabel")};
    for (FindingSeverity severity : severities) {
        const auto i = std::size_t(severity);
        auto* icon = new QLabel(section->parentWidget());
        icon->setPixmap(FindingsModel::severityIcon(severity).pixmap(20, 20));
        m_countLabels[i] = new QLabel(section->parentWidget());
        m_countLabels[i]->setObjectName(names[i]);
        auto* pair = new QHBoxLayout;
        pair->setSpacing(6);
        pair->addWidget(icon);
        pair->addWidget(m_countLabels[i]);
        row->addLayout(pair);
    }
    auto* show = new QPushButton(tr("&Show the findings"), section->parentWidget());
    show->setObjectName(QStringLiteral("showFindingsPushButton"));
    connect(show, &QPushButton::clicked, m_findings, &FindingsDock::showFindings);
    row->addWidget(show);
    row->addStretch(1);
    section->addLayout(row);
}

void DashboardPage::buildInventory()
{
    QVBoxLayout* counts = addSection(QStringLiteral("inventoryGroupBox"), tr("Inventory"));
    m_inventory = new InventorySection(counts->parentWidget());
    counts->addWidget(m_inventory);
    QVBoxLayout* changes = addSection(QStringLiteral("changesGroupBox"), tr("Changed since the last forum"));
    m_changes = new ChangesSection(changes->parentWidget());
    changes->addWidget(m_changes);
}

void DashboardPage::showResult()
{
    const LintRunner* runner = m_findings->runner();
    const bool ready = m_store && runner->hasResult();
    const rules::LintResult& result = runner->result();
    const QLocale locale;

    std::vector<rules::FamilyScore> scores = result.families;
    scores.push_back(result.overall());
    for (const QString& family : m_families) {
        const ScoreRow& row = m_rows[family];
        const auto found =
            std::find_if(scores.begin(), scores.end(), [&](const rules::FamilyScore& s) { return s.family == family; });
        const bool known = ready && found != scores.end();
        const int percent = known ? found->percent() : 0;
        row.bar->setValue(percent);
        row.bar->setFormat(known ? tr("%1%").arg(percent) : tr("—"));
        QString detail;
        if (!known)
            detail = m_store ? tr("Checking…") : QString();
        else if (found->checks == 0)
            detail = tr("nothing to check");
        else
            detail = tr("%1 of %2 checks pass").arg(locale.toString(found->passed), locale.toString(found->checks));
        row.detail->setText(detail);
        row.bar->setAccessibleName(tr("%1 score").arg(familyLabel(family)));
        row.bar->setAccessibleDescription(known ? tr("%1%, %2").arg(percent).arg(detail) : detail);
    }

    const std::array<QString, 3> texts = {tr("%n error(s)", "", result.count(FindingSeverity::Error)),
                                          tr("%n warning(s)", "", result.count(FindingSeverity::Warning)),
                                          tr("%n info finding(s)", "", result.count(FindingSeverity::Info))};
    for (FindingSeverity severity : severities) {
        const auto i = std::size_t(severity);
        m_countLabels[i]->setText(ready ? texts[i] : tr("—"));
    }

    m_inventory->setFigures(ready ? &runner->figures() : nullptr);
    m_changes->setFigures(ready ? &runner->figures() : nullptr);

    if (!m_store)
        m_summary->setText(tr("No inventory is open."));
    else if (!ready)
        m_summary->setText(runner->error().isEmpty() ? tr("Checking %1…").arg(QFileInfo(m_store->path()).fileName())
                                                     : tr("Cannot check the inventory: %1").arg(runner->error()));
    else
        m_summary->setText(tr("%1 keeps %2% of the governance rules' checks.")
                               .arg(QFileInfo(m_store->path()).fileName())
                               .arg(result.overall().percent()));
}

} // namespace steward::ui
