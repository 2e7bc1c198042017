#pragma once

#include <QUndoCommand>
#include <functional>

namespace steward::ui {

// Merge ids of every command family, in one place (see QUndoCommand::id()).
enum class CommandId {
    None = -1,
    // Typing into one field of one row merges into one command: one id per kind of row, so that
    // equal keys (row id and field) of different kinds never merge.
    EditConnector = 1,
    EditSkill,
    EditWorkspace,
    EditPerson,
    EditRequest,
    EditIncident,
    EditPolicy,     // key: a field of the policy, a rule's row or a section (see ui/policy)
    EditGovernance, // key: kind * 64 + field
    // key: the ReviewSetting (ui/commands/reviewcommands.h)
    EditReviewSettings,
};

// An undoable change of the store. `apply` and `revert` each make one store call (so one
// transaction and one set of audit rows). The change is applied before the command is pushed
// (StoreCommand::push): if the store refuses it, nothing is pushed and the caller shows why.
// A failure while undoing or redoing later (the file changed underneath, say) leaves the file as
// it was, is reported through failureHandler(), and drops the command from the stack.
class StoreCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;

    StoreCommand(const QString& text, Action apply, Action revert, CommandId mergeId = CommandId::None,
                 qint64 mergeKey = 0);

    // Applies the change now and, if the store accepted it, pushes the command. Returns the
    // error message when the store refused (nothing is pushed then), an empty string on success.
    static QString push(QUndoStack* stack, StoreCommand* command);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand* other) override;

    // Called with a message when undo or redo failed; the main window shows it.
    static void setFailureHandler(std::function<void(const QString&)> handler);

private:
    void run(const Action& action);

    Action m_apply;
    Action m_revert;
    CommandId m_mergeId;
    qint64 m_mergeKey;
    bool m_appliedOnPush = true;
};

} // namespace steward::ui
