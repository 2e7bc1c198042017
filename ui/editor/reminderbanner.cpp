#include "editor/reminderbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace steward::ui {
namespace {

constexpr int NamesShown = 3; // a banner names a few; the Reviews page lists them all

QString named(const rules::Finding& finding)
{
    return finding.subject;
}

QString someOf(const QStringList& names, int total)
{
    QStringList shown = names.mid(0, NamesShown);
    if (total > NamesShown)
        shown.append(ReminderBanner::tr("%1 more").arg(total - NamesShown));
    return shown.join(QStringLiteral(", "));
}

} // namespace

Reminders Reminders::of(const rules::LintResult& result)
{
    Reminders reminders;
    for (const rules::Finding& finding : result.findings) {
        if (finding.ruleId == QLatin1String("review.overdue")) {
            ++reminders.overdue;
            reminders.overdueNames.append(named(finding));
        } else if (finding.ruleId == QLatin1String("review.due-soon")) {
            ++reminders.dueSoon;
            reminders.dueSoonNames.append(named(finding));
        } else if (finding.ruleId == QLatin1String("workspace.pilot-graduation")) {
            ++reminders.pilotsOverdue;
            reminders.pilotNames.append(named(finding));
        }
    }
    return reminders;
}

QString Reminders::text(int dueSoonDays) const
{
    // Counts in brackets rather than in the sentence: no plural forms to get wrong.
    QStringList sentences;
    if (overdue > 0)
        sentences << ReminderBanner::tr("Overdue reviews (%1): %2.").arg(overdue).arg(someOf(overdueNames, overdue));
    if (dueSoon > 0)
        sentences << ReminderBanner::tr("Due within %1 days or never reviewed (%2): %3.")
                         .arg(dueSoonDays)
                         .arg(dueSoon)
                         .arg(someOf(dueSoonNames, dueSoon));
    if (pilotsOverdue > 0)
        sentences << ReminderBanner::tr("Pilots that never graduated (%1): %2.")
                         .arg(pilotsOverdue)
                         .arg(someOf(pilotNames, pilotsOverdue));
    return sentences.join(QLatin1Char(' '));
}

ReminderBanner::ReminderBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("Show &Reviews"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("reminderBanner"));
    setAccessibleName(tr("Review reminders"));
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours are the palette's own "note" pair: readable in light and dark themes.
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    tinted.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    setPalette(tinted);

    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("reminderLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show->setObjectName(QStringLiteral("showReviewsPushButton"));
    m_close->setObjectName(QStringLiteral("dismissRemindersToolButton"));
    m_close->setAccessibleName(tr("Dismiss the reminders"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_show, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT showReviewsRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ReminderBanner::showReminders(const Reminders& reminders, int dueSoonDays)
{
    m_text->setText(reminders.text(dueSoonDays));
    setVisible(reminders.any());
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

} // namespace steward::ui
