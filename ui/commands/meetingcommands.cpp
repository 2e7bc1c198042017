#include "commands/meetingcommands.h"

#include "commands/storecommand.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>
#include <exception>

namespace steward::ui {

QString pushReviewGovernanceAtMeeting(Store* store, QUndoStack* stack, Id meetingId,
                                      const std::vector<GovernanceKind>& kinds, Id reviewerId)
{
    const qint64 before = store->auditHead();
    try {
        store->reviewGovernanceAtMeeting(meetingId, kinds, reviewerId);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    const qint64 after = store->auditHead();
    // Undo takes back exactly the rows the call wrote; redo writes them again.
    stack->push(new StoreCommand(
        QCoreApplication::translate("steward::ui::ForumMode", "Mark the governance objects reviewed by the forum"),
        [store, before, after] { store->replayAudit(before, after); },
        [store, before, after] { store->revertAudit(before, after); }));
    return {};
}

QString pushUpdateForumMeeting(Store* store, QUndoStack* stack, const ForumMeeting& meeting)
{
    const std::vector<ForumMeeting> meetings = store->forumMeetings();
    const auto old =
        std::find_if(meetings.begin(), meetings.end(), [&](const ForumMeeting& m) { return m.id == meeting.id; });
    if (old == meetings.end())
        return QCoreApplication::translate("steward::ui::ForumMode", "The meeting is no longer recorded.");
    const ForumMeeting before = *old;
    return StoreCommand::push(stack,
                              new StoreCommand(
                                  QCoreApplication::translate("steward::ui::ForumMode", "Change the forum meeting"),
                                  [store, meeting] { store->updateForumMeeting(meeting); },
                                  [store, before] { store->updateForumMeeting(before); }));
}

} // namespace steward::ui
