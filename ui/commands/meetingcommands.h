#pragma once

#include "domain/types.h"

#include <QString>
#include <vector>

class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// Forum mode's "the forum reviewed the governance objects": a review of each of `kinds`, dated the
// meeting's day, by `reviewerId` (Store::reviewGovernanceAtMeeting), as one undoable step. Returns
// the store's refusal (nothing is pushed then), or an empty string.
QString pushReviewGovernanceAtMeeting(Store* store, QUndoStack* stack, Id meetingId,
                                      const std::vector<GovernanceKind>& kinds, Id reviewerId);

// Changes a recorded meeting's day or attendees (meeting.id names it); undo puts back what it was.
QString pushUpdateForumMeeting(Store* store, QUndoStack* stack, const ForumMeeting& meeting);

} // namespace steward::ui
