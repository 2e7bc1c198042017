#pragma once

#include "domain/types.h"

#include <QString>
#include <vector>

class QUndoStack;

namespace steward {
class Store;
}

// The forum's decisions and meetings as undoable commands. Each pushes one StoreCommand and returns
// the store's refusal (nothing is pushed then), or an empty string.
namespace steward::ui {

// Records the forum's decision on `request` (Store::decideRequest: status, deciders, day, note, and
// for a connector's request the connector's approval). Undo takes back exactly what the decision
// wrote; redo writes it again.
QString pushDecideRequest(Store* store, QUndoStack* stack, const ForumRequest& request, RequestDecision decision,
                          const std::vector<Id>& deciders, const QDate& decidedOn, const QString& note);

// Records that the forum met (Store::addForumMeeting); undo removes the meeting, redo records it
// again under the same id.
QString pushRecordForumMeeting(Store* store, QUndoStack* stack, const ForumMeeting& meeting);

} // namespace steward::ui
