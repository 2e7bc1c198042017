#include "commands/policycommands.h"

#include "commands/storecommand.h"
#include "domain/policysnapshot.h"
#include "store/store.h"

#include <QCoreApplication>
#include <memory>

namespace steward::ui {

QString pushPolicyEdit(Store* store, QUndoStack* stack, const QString& text, const std::function<void(Policy&)>& change,
                       qint64 mergeKey)
{
    const Policy before = store->policy();
    Policy after = before;
    change(after);
    if (after == before)
        return {};
    if (before.status == PolicyStatus::Approved && policySnapshot(after) != policySnapshot(before))
        after.status = PolicyStatus::Draft;
    // Read back after applying, so that redo re-creates a new section under the id it was given.
    auto target = std::make_shared<Policy>(after);
    auto* command = new StoreCommand(
        text,
        [store, target] {
            store->updatePolicy(*target);
            *target = store->policy();
        },
        [store, before] { store->updatePolicy(before); }, mergeKey ? CommandId::EditPolicy : CommandId::None, mergeKey);
    return StoreCommand::push(stack, command);
}

QString pushPolicyApproval(Store* store, QUndoStack* stack, const QString& version, Id approverId,
                           const QDate& approvedOn, const QDate& effectiveOn)
{
    const Policy before = store->policy();
    auto versionId = std::make_shared<Id>(0); // the history row, kept for redo
    auto apply = [store, before, version = version.trimmed(), approverId, approvedOn, effectiveOn, versionId] {
        store->transaction([&] {
            if (before.version != version) {
                Policy renamed = before;
                renamed.version = version;
                renamed.status = PolicyStatus::Draft;
                store->updatePolicy(renamed);
            }
            *versionId = store->approvePolicy(approverId, approvedOn, effectiveOn, *versionId);
        });
    };
    auto revert = [store, before, versionId] {
        store->withdrawPolicyApproval(*versionId, before);
    };
    return StoreCommand::push(
        stack, new StoreCommand(QCoreApplication::translate("steward::ui::PolicyCommands", "Approve policy version %1")
                                    .arg(version.trimmed()),
                                std::move(apply), std::move(revert)));
}

QString pushGovernanceEdit(Store* store, QUndoStack* stack, GovernanceKind kind, const QString& text,
                           const std::function<void(GovernanceObject&)>& change, qint64 mergeKey)
{
    const GovernanceObject before = store->governanceObject(kind);
    GovernanceObject after = before;
    change(after);
    if (after == before)
        return {};
    return StoreCommand::push(stack, new StoreCommand(
                                         text, [store, after] { store->updateGovernanceObject(after); },
                                         [store, before] { store->updateGovernanceObject(before); },
                                         mergeKey ? CommandId::EditGovernance : CommandId::None,
                                         qint64(kind) * 64 + mergeKey));
}

} // namespace steward::ui
