#include "findings/findingsdock.h"

#include "findings/findingsmodel.h"
#include "findings/lintrunner.h"
#include "store/store.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace steward::ui {
namespace {

constexpr std::array<FindingSeverity, 3> severities = {FindingSeverity::Error, FindingSeverity::Warning,
                                                       FindingSeverity::Info};

// Where a finding is put right: the page that edits its object.
struct PageOfKind
{
    const char* kind;
    const char* page;
};
constexpr PageOfKind pagesOfKinds[] = {
    {"connector", "connectorsPage"},
    {"workspace", "workspacesPage"},
    {"skill", "skillsPage"},
    {"raci", "raciPage"},
    {"policy", "policyPage"},
    // The governance objects' metadata (owner, page, cadence) is edited with the policy's.
    {"governance", "policyPage"},
};

} // namespace

FindingsDock::FindingsDock(QWidget* parent)
    : QDockWidget(tr("Findings"), parent)
    , m_runner(new LintRunner(this))
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterProxy(this))
    , m_statusButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("findingsDockWidget"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    toggleViewAction()->setObjectName(QStringLiteral("findingsAction"));
    toggleViewAction()->setText(tr("F&indings"));
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTableView"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the panel rather than walking 35k rows' cells
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed rows and no content sizing: a large inventory has tens of thousands of findings.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 110);
    m_table->setColumnWidth(FindingsModel::RuleColumn, 200);
    m_table->setColumnWidth(FindingsModel::ObjectColumn, 240);
    m_table->setColumnWidth(FindingsModel::MessageColumn, 380);
    connect(m_table, &QTableView::activated, this, &FindingsDock::activate);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("findingsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto* contents = new QWidget(this);
    auto* layout = new QVBoxLayout(contents);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(buildFilters());
    layout->addWidget(m_stack, 1);
    setWidget(contents);

    m_statusButton->setObjectName(QStringLiteral("findingsToolButton"));
    m_statusButton->setAutoRaise(true);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_statusButton->setToolTip(tr("Show the findings"));
    connect(m_statusButton, &QToolButton::clicked, this, &FindingsDock::showFindings);

    connect(m_runner, &LintRunner::finished, this, &FindingsDock::showResult);
    showResult();
}

QWidget* FindingsDock::buildFilters()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::array<QString, 3> names = {QStringLiteral("errorsToolButton"), QStringLiteral("warningsToolButton"),
                                          QStringLiteral("infoToolButton")};
    const std::array<QString, 3> accessible = {tr("Show errors"), tr("Show warnings"), tr("Show information")};
    for (FindingSeverity severity : severities) {
        const auto i = std::size_t(severity);
        auto* button = new QToolButton(bar);
        button->setObjectName(names[i]);
        button->setAccessibleName(accessible[i]);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(FindingsModel::severityIcon(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this, [this, severity](bool shown) {
            m_proxy->setSeverityShown(severity, shown);
            updateCounts();
        });
        layout->addWidget(button);
        m_severityButtons[i] = button;
    }
    layout->addSpacing(12);

    auto* kindLabel = new QLabel(tr("Object"), bar);
    m_kindCombo = new QComboBox(bar);
    m_kindCombo->setObjectName(QStringLiteral("findingsKindComboBox"));
    m_kindCombo->setAccessibleName(tr("Kind of object"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const QString& kind : FindingsModel::kinds())
        m_kindCombo->addItem(FindingsModel::kindLabel(kind), kind);
    kindLabel->setBuddy(m_kindCombo);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(m_kindCombo->currentData().toString());
        updateCounts();
    });
    layout->addWidget(kindLabel);
    layout->addWidget(m_kindCombo);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(QStringLiteral("findingsFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter findings"));
    m_filterEdit->setPlaceholderText(tr("Filter findings…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCounts();
    });
    layout->addWidget(m_filterEdit, 1);

    m_shownLabel = new QLabel(bar);
    m_shownLabel->setObjectName(QStringLiteral("findingsShownLabel"));
    layout->addWidget(m_shownLabel);
    return bar;
}

void FindingsDock::setStore(const Store* store)
{
    m_runner->setPath(store ? store->path() : QString());
}

void FindingsDock::recompute()
{
    m_runner->schedule();
}

void FindingsDock::showFindings()
{
    show();
    raise();
    m_table->setFocus();
}

QString FindingsDock::pageFor(const rules::Finding& finding)
{
    for (const PageOfKind& entry : pagesOfKinds) {
        if (finding.subjectType == QLatin1String(entry.kind))
            return QString::fromLatin1(entry.page);
    }
    return QStringLiteral("policyPage");
}

QString FindingsDock::countText(const rules::LintResult& result)
{
    const int errors = result.count(FindingSeverity::Error);
    const int warnings = result.count(FindingSeverity::Warning);
    if (errors == 0 && warnings == 0)
        return tr("No errors or warnings");
    return tr("%1 · %2").arg(tr("%n error(s)", "", errors), tr("%n warning(s)", "", warnings));
}

void FindingsDock::showResult()
{
    // Keep the finding in view selected across a re-check, when it is still there.
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    std::optional<rules::Finding> selected;
    if (current.isValid())
        selected = m_model->finding(current.row());

    m_model->setFindings(m_runner->hasResult() ? m_runner->result().findings : std::vector<rules::Finding>{});
    if (selected) {
        const auto& findings = m_model->findings();
        const auto found = std::find_if(findings.begin(), findings.end(), [&](const rules::Finding& f) {
            return f.ruleId == selected->ruleId && f.subjectType == selected->subjectType &&
                   f.subjectId == selected->subjectId;
        });
        if (found != findings.end()) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(int(found - findings.begin()), 0));
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }

    const rules::LintResult& result = m_runner->result();
    const bool open = !m_runner->path().isEmpty();
    m_statusButton->setVisible(open);
    if (m_runner->hasResult()) {
        const QString text = countText(result);
        m_statusButton->setText(text);
        m_statusButton->setAccessibleName(tr("Findings: %1").arg(text));
        const FindingSeverity worst = result.count(FindingSeverity::Error) > 0     ? FindingSeverity::Error
                                      : result.count(FindingSeverity::Warning) > 0 ? FindingSeverity::Warning
                                                                                   : FindingSeverity::Info;
        m_statusButton->setIcon(FindingsModel::severityIcon(worst));
    } else {
        m_statusButton->setText(m_runner->error().isEmpty() ? tr("Checking…") : tr("Not checked"));
        m_statusButton->setAccessibleName(tr("Findings: %1").arg(m_statusButton->text()));
        m_statusButton->setIcon(QIcon());
    }
    updateCounts();
}

void FindingsDock::updateCounts()
{
    const rules::LintResult& result = m_runner->result();
    const std::array<QString, 3> texts = {tr("Errors (%1)"), tr("Warnings (%1)"), tr("Info (%1)")};
    for (FindingSeverity severity : severities) {
        const auto i = std::size_t(severity);
        m_severityButtons[i]->setText(texts[i].arg(result.count(severity)));
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_shownLabel->setText(shown == total ? QString() : tr("%1 of %2 shown").arg(shown).arg(total));

    QString empty;
    if (m_runner->path().isEmpty())
        empty = tr("No inventory is open.");
    else if (!m_runner->error().isEmpty())
        empty = tr("Cannot check %1: %2").arg(QFileInfo(m_runner->path()).fileName(), m_runner->error());
    else if (!m_runner->hasResult())
        empty = tr("Checking the inventory…");
    else if (total == 0)
        empty = tr("No findings: the inventory keeps every rule.");
    else if (shown == 0)
        empty = tr("No finding matches the filters.");
    m_emptyLabel->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget*>(m_table) : m_emptyLabel);
}

void FindingsDock::activate(const QModelIndex& index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return;
    const rules::Finding& finding = m_model->finding(source.row());
    Q_EMIT findingActivated(pageFor(finding), finding.subjectId);
}

} // namespace steward::ui
