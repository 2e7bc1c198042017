// Store: the forum's decisions on requests, its meetings, and reviews the forum records.
#include "rules/requestrules.h"
#include "store/forumsupport.h"
#include "store/mapping.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <set>

namespace steward {
namespace {

using namespace mapping;

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Store)
};

} // namespace

int Store::requiredDeciders(const ForumRequest& request, QString* reason) const
{
    const std::optional<Connector> concerned =
        request.connectorId != 0 ? connector(request.connectorId) : std::optional<Connector>();
    const Connector* c = concerned ? &*concerned : nullptr;
    if (reason)
        *reason = rules::decidersReason(request, c);
    return rules::requiredDeciders(request, c);
}

void Store::decideRequest(Id requestId, RequestDecision decision, const std::vector<Id>& deciders,
                          const QDate& decidedOn, const QString& note)
{
    transaction([&] {
        std::optional<ForumRequest> found = request(requestId);
        if (!found)
            throw StoreError(Tr::tr("That request no longer exists."));
        ForumRequest r = *found;
        if (r.status != RequestStatus::Open)
            throw StoreError(Tr::tr("\u201c%1\u201d is %2 already; only an open request can be decided.")
                                 .arg(r.title, inSentence(label(r.status))));
        if (!decidedOn.isValid())
            throw StoreError(Tr::tr("A decision needs the day it was taken."));
        if (decidedOn > QDate::currentDate().addDays(1)) // a day's grace for time zones, as for reviews
            throw StoreError(Tr::tr("A decision is recorded once it has been taken, not for %1.")
                                 .arg(decidedOn.toString(Qt::ISODate)));
        std::set<Id> distinct;
        for (Id id : deciders) {
            if (id == 0 || !person(id))
                throw StoreError(Tr::tr("Every decider must be a person of the directory."));
            if (!distinct.insert(id).second)
                throw StoreError(Tr::tr("Each decider counts once: the same person is named twice."));
        }
        QString reason;
        const int needed = requiredDeciders(r, &reason);
        if (int(distinct.size()) < needed)
            throw StoreError(needed > 1 ? Tr::tr("\u201c%1\u201d needs %2 deciders, %3 named. %4")
                                              .arg(r.title)
                                              .arg(needed)
                                              .arg(int(distinct.size()))
                                              .arg(reason)
                                        : Tr::tr("A decision needs at least one decider."));

        r.status = decision == RequestDecision::Approve ? RequestStatus::Approved : RequestStatus::Rejected;
        r.deciders = deciders;
        r.decidedOn = decidedOn;
        r.decision = note.trimmed();
        writer().update(QStringLiteral("requests"), r.id, requestFields(r));
        syncOrderedLinks(writer(), QStringLiteral("request_deciders"), QStringLiteral("request_id"), r.id,
                         QStringLiteral("person_id"), r.deciders);

        // Approving a connector's request is the connector's approval (seed 004: the forum approves
        // new connectors "just as a record"); a rejection leaves the connector as it is.
        const bool aboutConnector = r.kind == RequestKind::Connector || r.kind == RequestKind::ScopeChange;
        if (decision == RequestDecision::Approve && aboutConnector && r.connectorId != 0) {
            writer().update(QStringLiteral("connectors"), r.connectorId,
                            {{QStringLiteral("approved_by"), ref(deciders.front())},
                             {QStringLiteral("approved_on"), date(decidedOn)},
                             {QStringLiteral("status"), key(ApprovalStatus::Approved)}});
        }
    });
}

Id Store::recordForumMeeting(const QDate& heldOn, const std::vector<Id>& attendees, const QString& notes)
{
    return addForumMeeting({0, heldOn, attendees, notes});
}

Id Store::addForumMeeting(const ForumMeeting& meeting)
{
    Id id = 0;
    transaction([&] {
        if (!meeting.heldOn.isValid())
            throw StoreError(Tr::tr("A forum meeting needs the day it was held."));
        for (Id person : meeting.attendees) {
            if (!this->person(person))
                throw StoreError(Tr::tr("Every attendee must be a person of the directory."));
        }
        id = writer().insert(QStringLiteral("forum_meetings"), meetingFields(meeting), meeting.id);
        syncOrderedLinks(writer(), QStringLiteral("forum_meeting_attendees"), QStringLiteral("meeting_id"), id,
                         QStringLiteral("person_id"), meeting.attendees);
    });
    return id;
}

void Store::updateForumMeeting(const ForumMeeting& meeting)
{
    transaction([&] {
        if (!meeting.heldOn.isValid())
            throw StoreError(Tr::tr("A forum meeting needs the day it was held."));
        for (Id person : meeting.attendees) {
            if (!this->person(person))
                throw StoreError(Tr::tr("Every attendee must be a person of the directory."));
        }
        writer().update(QStringLiteral("forum_meetings"), meeting.id, meetingFields(meeting));
        syncOrderedLinks(writer(), QStringLiteral("forum_meeting_attendees"), QStringLiteral("meeting_id"), meeting.id,
                         QStringLiteral("person_id"), meeting.attendees);
    });
}

void Store::removeForumMeeting(Id id)
{
    transaction([&] {
        writer().syncChildren(QStringLiteral("forum_meeting_attendees"), QStringLiteral("meeting_id"), id, {});
        writer().remove(QStringLiteral("forum_meetings"), id);
    });
}

std::vector<Id> Store::reviewGovernanceAtMeeting(Id meetingId, const std::vector<GovernanceKind>& kinds, Id reviewerId)
{
    std::vector<Id> ids;
    transaction([&] {
        std::optional<ForumMeeting> meeting;
        for (const ForumMeeting& m : forumMeetings()) {
            if (m.id == meetingId)
                meeting = m;
        }
        if (!meeting)
            throw StoreError(Tr::tr("That forum meeting is no longer recorded."));
        for (GovernanceKind kind : kinds) {
            Review review;
            review.subjectType = QStringLiteral("governance");
            review.subjectId = governanceObject(kind).id;
            review.reviewedOn = meeting->heldOn;
            review.reviewerId = reviewerId;
            review.notes = Tr::tr("Reviewed at the governance forum of %1.").arg(meeting->heldOn.toString(Qt::ISODate));
            ids.push_back(recordReview(review));
        }
    });
    return ids;
}

} // namespace steward
