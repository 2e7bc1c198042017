#include "reviews/reviewdetailspanel.h"

#include "reviews/reviewtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {
namespace {

QLabel* makeLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReviewDetailsPanel::ReviewDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_name(makeLabel(this, QStringLiteral("reviewItemNameLabel")))
    , m_summary(makeLabel(this, QStringLiteral("reviewItemSummaryLabel")))
    , m_due(makeLabel(this, QStringLiteral("reviewItemDueLabel")))
    , m_pilot(makeLabel(this, QStringLiteral("reviewItemPilotLabel")))
    , m_historyTitle(new QLabel(tr("Review history"), this))
    , m_noHistory(makeLabel(this, QStringLiteral("noHistoryLabel")))
    , m_history(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("reviewDetailsPanel"));
    QFont font = m_name->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_name->setFont(font);
    m_historyTitle->setObjectName(QStringLiteral("historyTitleLabel"));
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_noHistory->setText(tr("No review recorded yet."));

    m_history->setObjectName(QStringLiteral("historyTableWidget"));
    m_history->setAccessibleName(tr("Review history"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Reviewer"), tr("Notes")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_due);
    layout->addWidget(m_pilot);
    layout->addSpacing(8);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_noHistory);
    layout->addWidget(m_history, 1);
    showItem(nullptr, nullptr, {}, {}, 0);
}

void ReviewDetailsPanel::setAlertColour(const QColor& colour)
{
    QPalette palette = m_pilot->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_pilot->setPalette(palette);
}

void ReviewDetailsPanel::showItem(const ReviewTableModel* model, const ReviewRow* row,
                                  const std::vector<Review>& reviews, const QHash<Id, QString>& names, int pilotWeeks)
{
    m_history->setRowCount(0);
    if (!row || !model) {
        m_name->setText(tr("Nothing selected"));
        m_summary->setText(tr("Choose a row to see its reviews, or mark it reviewed."));
        m_due->clear();
        m_pilot->hide();
        m_historyTitle->hide();
        m_noHistory->hide();
        m_history->hide();
        return;
    }
    const rules::ReviewItem& item = row->item;
    m_name->setText(item.name);
    const QString owner = row->ownerName.isEmpty() ? tr("no owner") : tr("owned by %1").arg(row->ownerName);
    m_summary->setText(
        tr("%1 · %2 · reviewed %3")
            .arg(rules::subjectLabel(item.subjectType), owner, inSentence(rules::cadenceText(item.review))));
    const QString due = item.due.toString(Qt::ISODate);
    if (!item.review.lastReviewedOn.isValid())
        m_due->setText(tr("Never reviewed: the first review is due now."));
    else if (row->reviewerName.isEmpty())
        m_due->setText(tr("Last reviewed on %1. Next review %2 (%3).")
                           .arg(item.review.lastReviewedOn.toString(Qt::ISODate), model->dueText(*row), due));
    else
        m_due->setText(
            tr("Last reviewed on %1 by %2. Next review %3 (%4).")
                .arg(item.review.lastReviewedOn.toString(Qt::ISODate), row->reviewerName, model->dueText(*row), due));
    m_pilot->setVisible(row->pilotOverdue);
    if (row->pilotOverdue)
        m_pilot->setText(tr("\u26a0 Pilot never graduated: in pilot since %1, and pilots graduate within %n week(s). "
                            "Make it active or archive it on the Workspaces page.",
                            nullptr, pilotWeeks)
                             .arg(row->pilotStartedOn.toString(Qt::ISODate)));

    std::vector<const Review*> mine;
    for (const Review& review : reviews) {
        if (review.subjectId == item.subjectId && review.subjectType == item.subjectType)
            mine.push_back(&review);
    }
    std::sort(mine.begin(), mine.end(), [](const Review* a, const Review* b) {
        return a->reviewedOn != b->reviewedOn ? a->reviewedOn > b->reviewedOn : a->id > b->id;
    });
    m_historyTitle->show();
    m_noHistory->setVisible(mine.empty());
    m_history->setVisible(!mine.empty());
    m_history->setRowCount(int(mine.size()));
    for (int i = 0; i < int(mine.size()); ++i) {
        const Review& review = *mine[std::size_t(i)];
        const QString reviewer = names.value(review.reviewerId);
        m_history->setItem(i, 0, new QTableWidgetItem(review.reviewedOn.toString(Qt::ISODate)));
        const QString who = !reviewer.isEmpty()      ? reviewer
                            : review.reviewerId == 0 ? tr("(not recorded)")
                                                     : tr("(no longer in the directory)");
        m_history->setItem(i, 1, new QTableWidgetItem(who));
        auto* notes = new QTableWidgetItem(review.notes);
        notes->setToolTip(review.notes);
        m_history->setItem(i, 2, notes);
    }
    m_history->resizeRowsToContents();
}

} // namespace steward::ui
