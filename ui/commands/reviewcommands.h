#pragma once

#include "domain/types.h"

#include <QString>

class QUndoStack;

namespace steward {
class Store;
}

// The review commands: "Mark reviewed" on anything reviewed on a cadence, and the inventory's
// review settings. Each pushes one StoreCommand and returns the store's refusal (nothing is pushed
// then), or an empty string.
namespace steward::ui {

// Records `review` of review.subjectType / review.subjectId (named `subjectName` in the undo text).
// Undo withdraws it and gives the subject back the review state it had; redo records it again
// under the id it got. With a `newReviewerName` the reviewer is that person: one the directory
// does not know yet is added by the same command (and removed again by its undo).
QString pushRecordReview(Store* store, QUndoStack* stack, const QString& subjectName, const Review& review,
                         const QString& newReviewerName = {});

// Which review setting a change is about: consecutive changes of one setting merge into one command.
enum class ReviewSetting { DueSoonDays = 1, PilotWeeks = 2 };

// Stores `settings` (refused out of range); undo puts back the settings as they were.
QString pushReviewSettings(Store* store, QUndoStack* stack, const ReviewSettings& settings, ReviewSetting changed);

} // namespace steward::ui
