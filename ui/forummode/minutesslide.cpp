#include "forummode/minutesslide.h"

#include "forum/minutes.h"
#include "forummode/meetingslide.h"
#include "forummode/minuteswriter.h"
#include "store/store.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace steward::ui {

MinutesSlide::MinutesSlide(Store* store, const ForumSession& session, QWidget* parent)
    : Slide(QStringLiteral("minutes"), parent)
    , m_paper(new QComboBox(this))
    , m_reviewer(new QComboBox(this))
    , m_review(new QPushButton(tr("Mark the governance objects &reviewed"), this))
    , m_write(new QPushButton(tr("&Write the minutes…"), this))
    , m_status(new QLabel(this))
{
    makeTitle(tr("Decisions and minutes"));
    const std::vector<forum::Decision> decisions =
        session.meetingId ? forum::decisionsOn(*store, session.date) : std::vector<forum::Decision>{};
    if (decisions.empty()) {
        auto* none = new QLabel(session.meetingId ? tr("No decision was taken at this meeting.")
                                                  : tr("The meeting is not recorded yet (first slide)."),
                                this);
        none->setObjectName(QStringLiteral("slideEmptyLabel"));
        none->setWordWrap(true);
        m_layout->addWidget(none);
    } else {
        const tables::Table table = forum::decisionTable(decisions);
        auto* view = new QTableWidget(int(table.rows.size()), int(table.headers.size()), this);
        view->setObjectName(QStringLiteral("decisionsTableWidget"));
        view->setAccessibleName(tr("Decisions"));
        view->setHorizontalHeaderLabels(table.headers);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setFocusPolicy(Qt::NoFocus);
        view->verticalHeader()->setVisible(false);
        view->setShowGrid(false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        for (int r = 0; r < view->rowCount(); ++r) {
            for (int c = 0; c < view->columnCount(); ++c)
                view->setItem(r, c, new QTableWidgetItem(table.rows[std::size_t(r)].value(c)));
        }
        m_layout->addWidget(view, 1);
    }

    m_paper->setObjectName(QStringLiteral("paperSizeComboBox"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    setPageSize(defaultPaper());
    m_reviewer->setObjectName(QStringLiteral("reviewerComboBox"));
    m_reviewer->setAccessibleName(tr("Reviewed by"));
    for (Id id : session.attendees) {
        const std::optional<Person> person = store->person(id);
        m_reviewer->addItem(person ? person->name : QString::number(id), id);
    }
    m_review->setObjectName(QStringLiteral("markGovernanceReviewedPushButton"));
    m_review->setToolTip(tr("Records a review of the policy and the three inventories, dated the meeting's day"));
    m_review->setEnabled(session.meetingId != 0 && !store->isReadOnly());
    m_write->setObjectName(QStringLiteral("writeMinutesPushButton"));
    m_status->setObjectName(QStringLiteral("minutesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scaled.append({m_status, 0.7});

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(12);
    auto* reviewerLabel = new QLabel(tr("Re&viewed by"), this);
    reviewerLabel->setBuddy(m_reviewer);
    auto* paperLabel = new QLabel(tr("&Paper"), this);
    paperLabel->setBuddy(m_paper);
    grid->addWidget(reviewerLabel, 0, 0);
    grid->addWidget(m_reviewer, 0, 1);
    grid->addWidget(m_review, 0, 2);
    grid->addWidget(paperLabel, 1, 0);
    grid->addWidget(m_paper, 1, 1);
    grid->addWidget(m_write, 1, 2);
    grid->setColumnStretch(3, 1);
    m_layout->addLayout(grid);
    m_layout->addWidget(m_status);
    if (decisions.empty())
        m_layout->addStretch(1);
    connect(m_review, &QPushButton::clicked, this, &MinutesSlide::markReviewedRequested);
    connect(m_write, &QPushButton::clicked, this, &MinutesSlide::writeRequested);
}

QString MinutesSlide::title() const
{
    return tr("Decisions and minutes");
}

void MinutesSlide::setBodyFont(const QFont& font)
{
    Slide::setBodyFont(font);
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.8);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_paper, m_reviewer, m_review, m_write})
        widget->setFont(smaller);
}

QPageSize::PageSizeId MinutesSlide::pageSize() const
{
    return QPageSize::PageSizeId(m_paper->currentData().toInt());
}

void MinutesSlide::setPageSize(QPageSize::PageSizeId size)
{
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(size))));
}

Id MinutesSlide::reviewer() const
{
    return m_reviewer->currentData().toLongLong();
}

void MinutesSlide::showMessage(const QString& message)
{
    m_status->setText(message);
}

} // namespace steward::ui
