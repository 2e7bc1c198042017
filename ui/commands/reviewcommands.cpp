#include "commands/reviewcommands.h"

#include "commands/storecommand.h"
#include "store/store.h"

#include <QCoreApplication>
#include <exception>
#include <memory>

namespace steward::ui {
namespace {

// What one "Mark reviewed" command keeps between its redo and undo.
struct RecordedReview
{
    Review review;            // its id is the one the store gave it, so redo re-adds it under that id
    Id addedPersonId = 0;     // the reviewer this command added to the directory, kept for redo
    bool addedPerson = false; // whether the last apply added them (undo then removes them)
};

} // namespace

QString pushRecordReview(Store* store, QUndoStack* stack, const QString& subjectName, const Review& review,
                         const QString& newReviewerName)
{
    ReviewState before;
    try {
        before = store->reviewStateOf(review.subjectType, review.subjectId);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    auto state = std::make_shared<RecordedReview>();
    state->review = review;
    const QString newName = newReviewerName.trimmed();
    auto apply = [store, state, newName] {
        store->transaction([&] {
            Review recorded = state->review;
            state->addedPerson = false;
            if (!newName.isEmpty()) {
                recorded.reviewerId = store->personIdByName(newName);
                if (recorded.reviewerId == 0) {
                    Person person;
                    person.id = state->addedPersonId;
                    person.name = newName;
                    state->addedPersonId = store->addPerson(person);
                    state->addedPerson = true;
                    recorded.reviewerId = state->addedPersonId;
                }
            }
            state->review.id = store->recordReview(recorded);
        });
    };
    auto revert = [store, state, before] {
        store->transaction([&] {
            store->withdrawReview(state->review.id, before);
            if (state->addedPerson)
                store->removePerson(state->addedPersonId);
        });
    };
    return StoreCommand::push(
        stack,
        new StoreCommand(
            QCoreApplication::translate("steward::ui::ReviewCommands", "Mark \u201c%1\u201d reviewed").arg(subjectName),
            std::move(apply), std::move(revert)));
}

QString pushReviewSettings(Store* store, QUndoStack* stack, const ReviewSettings& settings, ReviewSetting changed)
{
    const ReviewSettings before = store->reviewSettings();
    if (settings == before)
        return {};
    const QString text =
        changed == ReviewSetting::DueSoonDays
            ? QCoreApplication::translate("steward::ui::ReviewCommands", "Change when reviews are due soon")
            : QCoreApplication::translate("steward::ui::ReviewCommands", "Change how long pilots may run");
    return StoreCommand::push(stack, new StoreCommand(
                                         text, [store, settings] { store->setReviewSettings(settings); },
                                         [store, before] { store->setReviewSettings(before); },
                                         CommandId::EditReviewSettings, qint64(changed)));
}

} // namespace steward::ui
