#include "commands/storecommand.h"

#include <QUndoStack>
#include <exception>

namespace steward::ui {
namespace {

std::function<void(const QString&)>& failureHandler()
{
    static std::function<void(const QString&)> handler;
    return handler;
}

} // namespace

StoreCommand::StoreCommand(const QString& text, Action apply, Action revert, CommandId mergeId, qint64 mergeKey)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_mergeId(mergeId)
    , m_mergeKey(mergeKey)
{
}

QString StoreCommand::push(QUndoStack* stack, StoreCommand* command)
{
    try {
        command->m_apply();
    } catch (const std::exception& e) {
        delete command;
        return QString::fromUtf8(e.what());
    }
    command->m_appliedOnPush = true;
    stack->push(command); // calls redo(), which skips the change already made
    return {};
}

void StoreCommand::redo()
{
    if (m_appliedOnPush) {
        m_appliedOnPush = false;
        return;
    }
    run(m_apply);
}

void StoreCommand::undo()
{
    run(m_revert);
}

void StoreCommand::run(const Action& action)
{
    try {
        action();
    } catch (const std::exception& e) {
        // The store rolled the change back, so the file is as before; the stack must not offer a
        // step that no longer matches it: an obsolete command is dropped by QUndoStack.
        setObsolete(true);
        if (failureHandler())
            failureHandler()(QString::fromUtf8(e.what()));
    }
}

bool StoreCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const StoreCommand*>(other);
    if (m_mergeId == CommandId::None || next->m_mergeKey != m_mergeKey)
        return false;
    // The merged command keeps this one's revert (the state before the first keystroke) and
    // takes the other's apply (the state after the last).
    m_apply = next->m_apply;
    return true;
}

void StoreCommand::setFailureHandler(std::function<void(const QString&)> handler)
{
    failureHandler() = std::move(handler);
}

} // namespace steward::ui
