#include "policy/policyhistoryview.h"

#include "domain/policysnapshot.h"
#include "export/policymarkdown.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace steward::ui {

PolicyHistoryView::PolicyHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_document(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("policyHistoryView"));
    m_summary->setObjectName(QStringLiteral("historySummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTableWidget"));
    m_table->setAccessibleName(tr("Approved versions"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Approved by"), tr("Approved on"), tr("Effective from")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAlternatingRowColors(true);
    m_document->setObjectName(QStringLiteral("historyDocumentTextBrowser"));
    m_document->setAccessibleName(tr("The selected version as approved"));
    m_document->setOpenExternalLinks(true);
    m_document->document()->setDocumentMargin(16);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_document);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, &PolicyHistoryView::showSelected);
}

QString PolicyHistoryView::personName(Id id) const
{
    for (const Person& person : m_people) {
        if (person.id == id)
            return person.name;
    }
    return {};
}

void PolicyHistoryView::setPolicy(const Policy& policy, const std::vector<Person>& people)
{
    const int previousCount = int(m_versions.size());
    const int previousRow = m_table->currentRow();
    m_people = people;
    m_versions.assign(policy.history.rbegin(), policy.history.rend());
    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < int(m_versions.size()); ++row) {
        const PolicyVersion& version = m_versions[std::size_t(row)];
        const QStringList cells{version.version, personName(version.approvedBy),
                                locale.toString(version.approvedOn, QLocale::ShortFormat),
                                locale.toString(version.effectiveOn, QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(m_versions.empty()
                           ? tr("No version has been approved yet. Approving the policy (on the Details tab) "
                                "records it here, frozen as it was approved.")
                           : tr("%n approved version(s), newest first. Select one to read it as it was approved.", "",
                                int(m_versions.size())));
    // A new approval arrives on top and is shown; otherwise the reader stays where they were.
    const int row = int(m_versions.size()) != previousCount || previousRow < 0 ? 0 : previousRow;
    m_table->setCurrentCell(m_versions.empty() ? -1 : std::min(row, int(m_versions.size()) - 1), 0);
    m_document->setVisible(!m_versions.empty());
    showSelected();
}

int PolicyHistoryView::versionCount() const
{
    return int(m_versions.size());
}

void PolicyHistoryView::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_versions.size())) {
        m_document->clear();
        return;
    }
    const PolicyVersion& version = m_versions[std::size_t(row)];
    std::optional<Policy> snapshot = policyFromSnapshot(version.snapshot);
    if (!snapshot) {
        m_document->setPlainText(tr("The text of version %1 cannot be read back.").arg(version.version));
        return;
    }
    snapshot->status = PolicyStatus::Approved;
    snapshot->approvedBy = version.approvedBy;
    snapshot->approvedOn = version.approvedOn;
    snapshot->effectiveOn = version.effectiveOn;
    m_document->setMarkdown(policyMarkdown(*snapshot, [this](Id id) { return personName(id); }));
}

} // namespace steward::ui
