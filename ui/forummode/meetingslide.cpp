#include "forummode/meetingslide.h"

#include "forum/agenda.h"
#include "store/store.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace steward::ui {

MeetingSlide::MeetingSlide(Store* store, const ForumSession& session, QWidget* parent)
    : Slide(QStringLiteral("meeting"), parent)
    , m_date(new QDateEdit(this))
    , m_attendees(new QListWidget(this))
    , m_record(new QPushButton(this))
    , m_status(new QLabel(this))
{
    makeTitle(tr("Governance forum"));
    auto* intro =
        new QLabel(tr("Who is here today? The deciders of the requests are picked from the attendees."), this);
    intro->setProperty("forumRole", QStringLiteral("muted"));
    intro->setWordWrap(true);
    m_scaled.append({intro, 0.8});
    m_layout->addWidget(intro);

    m_date->setObjectName(QStringLiteral("meetingDateEdit"));
    m_date->setAccessibleName(tr("Meeting date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(session.date);
    m_attendees->setObjectName(QStringLiteral("attendeesListWidget"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setFlow(QListView::TopToBottom);
    m_attendees->setWrapping(true);
    m_attendees->setResizeMode(QListView::Adjust);
    m_attendees->setSpacing(4);
    for (const NamedId& person : store->personNames()) {
        auto* item = new QListWidgetItem(person.name, m_attendees);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    setAttendees(session.attendees);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(32);
    form->setVerticalSpacing(16);
    auto* dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    auto* attendeesLabel = new QLabel(tr("&Attendees"), this);
    attendeesLabel->setBuddy(m_attendees);
    form->addRow(dateLabel, m_date);
    form->addRow(attendeesLabel, m_attendees);
    m_layout->addLayout(form, 1);

    m_record->setObjectName(QStringLiteral("recordMeetingPushButton"));
    m_status->setObjectName(QStringLiteral("meetingStatusLabel"));
    m_status->setWordWrap(true);
    m_scaled.append({m_status, 0.8});
    auto* row = new QHBoxLayout;
    row->addWidget(m_record);
    row->addWidget(m_status, 1);
    m_layout->addLayout(row);
    connect(m_record, &QPushButton::clicked, this, &MeetingSlide::recordRequested);
    connect(m_attendees, &QListWidget::itemChanged, this, &MeetingSlide::updateButton);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingSlide::updateButton);
    showSession(session);
}

QString MeetingSlide::title() const
{
    return tr("Governance forum");
}

void MeetingSlide::setBodyFont(const QFont& font)
{
    Slide::setBodyFont(font);
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.8);
    m_attendees->setFont(smaller);
    m_date->setFont(smaller);
    m_record->setFont(smaller);
}

QDate MeetingSlide::date() const
{
    return m_date->date();
}

std::vector<Id> MeetingSlide::checkedAttendees() const
{
    std::vector<Id> ids;
    for (int i = 0; i < m_attendees->count(); ++i) {
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_attendees->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void MeetingSlide::setAttendees(const std::vector<Id>& attendees)
{
    for (int i = 0; i < m_attendees->count(); ++i) {
        QListWidgetItem* item = m_attendees->item(i);
        const Id id = item->data(Qt::UserRole).toLongLong();
        item->setCheckState(std::find(attendees.begin(), attendees.end(), id) != attendees.end() ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}

void MeetingSlide::setDate(const QDate& date)
{
    m_date->setDate(date);
}

void MeetingSlide::showSession(const ForumSession& session, const QString& message)
{
    m_recorded = session.meetingId != 0;
    if (!message.isEmpty())
        m_status->setText(message);
    else if (m_recorded)
        m_status->setText(tr("The meeting of %1 is recorded with %n attendee(s).", "", int(session.attendees.size()))
                              .arg(forum::dateText(session.date)));
    else
        m_status->setText(tr("Not recorded yet: tick who attends, then record the meeting."));
    updateButton();
}

void MeetingSlide::updateButton()
{
    const bool any = !checkedAttendees().empty();
    m_record->setText(m_recorded ? tr("&Update the meeting") : tr("&Record the meeting"));
    m_record->setEnabled(any && m_date->date().isValid());
}

} // namespace steward::ui
