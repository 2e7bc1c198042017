#include "commands/forumcommands.h"

#include "commands/storecommand.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <exception>
#include <memory>

namespace steward::ui {
QString pushDecideRequest(Store* store, QUndoStack* stack, const ForumRequest& request, RequestDecision decision,
                          const std::vector<Id>& deciders, const QDate& decidedOn, const QString& note)
{
    const qint64 before = store->auditHead();
    try {
        store->decideRequest(request.id, decision, deciders, decidedOn, note);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    const qint64 after = store->auditHead();
    const QString text =
        decision == RequestDecision::Approve
            ? QCoreApplication::translate("steward::ui::ForumCommands", "Approve \u201c%1\u201d").arg(request.title)
            : QCoreApplication::translate("steward::ui::ForumCommands", "Reject \u201c%1\u201d").arg(request.title);
    // The decision touches the request, its deciders and maybe a connector: undo takes back exactly
    // the rows it wrote (and redo writes them again), whatever they were. A StoreCommand counts as
    // applied when pushed, so the stack's first redo() does nothing.
    stack->push(new StoreCommand(
        text, [store, before, after] { store->replayAudit(before, after); },
        [store, before, after] { store->revertAudit(before, after); }));
    return {};
}

QString pushRecordForumMeeting(Store* store, QUndoStack* stack, const ForumMeeting& meeting)
{
    // The id the first apply got, so redo brings the meeting back under it.
    auto id = std::make_shared<Id>(meeting.id);
    return StoreCommand::push(stack,
                              new StoreCommand(
                                  QCoreApplication::translate("steward::ui::ForumCommands", "Record the forum of %1")
                                      .arg(meeting.heldOn.toString(Qt::ISODate)),
                                  [store, meeting, id] {
                                      ForumMeeting m = meeting;
                                      m.id = *id;
                                      *id = store->addForumMeeting(m);
                                  },
                                  [store, id] { store->removeForumMeeting(*id); }));
}

} // namespace steward::ui
