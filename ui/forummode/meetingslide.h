#pragma once

#include "forummode/agendaslide.h"

#include <QDate>
#include <vector>

class QDateEdit;
class QListWidget;
class QPushButton;

namespace steward {
class Store;
}

namespace steward::ui {

// The meeting being held: its day, who attends (the deciders are picked from them) and, once
// recorded, its id.
struct ForumSession
{
    QDate date;
    std::vector<Id> attendees;
    Id meetingId = 0;
};

// Forum mode's first slide: the meeting's date and attendees, recorded as a forum meeting.
class MeetingSlide : public Slide
{
    Q_OBJECT

public:
    MeetingSlide(Store* store, const ForumSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void setBodyFont(const QFont& font) override;

    QDate date() const;
    std::vector<Id> checkedAttendees() const;
    // Ticks these attendees (a test, or a meeting recorded before).
    void setAttendees(const std::vector<Id>& attendees);
    void setDate(const QDate& date);
    // Says what is recorded; `message` is a refusal to show, "" for none.
    void showSession(const ForumSession& session, const QString& message = {});

Q_SIGNALS:
    void recordRequested();

private:
    void updateButton();

    QDateEdit* m_date;
    QListWidget* m_attendees;
    QPushButton* m_record;
    QLabel* m_status;
    bool m_recorded = false;
};

} // namespace steward::ui
