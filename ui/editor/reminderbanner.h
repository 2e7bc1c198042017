#pragma once

#include "rules/findings.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace steward::ui {

// What needs reviewing, counted from a lint result: its review and pilot findings.
struct Reminders
{
    int overdue = 0;
    int dueSoon = 0;          // due within the window, or never reviewed
    int pilotsOverdue = 0;    // pilots past their graduation
    QStringList overdueNames; // "Connector “Slack”", in the findings' order
    QStringList dueSoonNames;
    QStringList pilotNames;

    bool any() const { return overdue + dueSoon + pilotsOverdue > 0; }
    static Reminders of(const rules::LintResult& result);
    // One paragraph for people: "2 reviews are overdue (…), 3 are due within 14 days (…)."
    QString text(int dueSoonDays) const;
};

// The strip across the top of the window that says, when a file opens, what is overdue or due
// soon and which pilots never graduated. It never blocks: the person can read on, open the Reviews
// page from it, or dismiss it.
class ReminderBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBanner(QWidget* parent = nullptr);

    // Shows the reminders, or hides the banner when there are none.
    void showReminders(const Reminders& reminders, int dueSoonDays);
    QString text() const;

Q_SIGNALS:
    void showReviewsRequested();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_show;
    QToolButton* m_close;
};

} // namespace steward::ui
