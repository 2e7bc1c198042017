// StoreCommand: applied before it is pushed, refused changes never reach the stack, typing merges
// only within one kind of row, and a failing undo leaves no step that no longer matches the file.
#include "commands/storecommand.h"

#include <QUndoStack>
#include <QtTest>
#include <stdexcept>

using steward::ui::CommandId;
using steward::ui::StoreCommand;

class TestStoreCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedOnceWhenPushed();
    void refusedChangeIsNotPushed();
    void mergesSameKindAndKeyOnly();
    void failingUndoDropsTheCommand();
};

void TestStoreCommand::appliedOnceWhenPushed()
{
    int value = 0;
    QUndoStack stack;
    const QString error =
        StoreCommand::push(&stack, new StoreCommand(
                                       QStringLiteral("set"), [&value] { ++value; }, [&value] { --value; }));
    QCOMPARE(error, QString());
    QCOMPARE(value, 1); // push applied it; the stack's redo() did not apply it again
    stack.undo();
    QCOMPARE(value, 0);
    stack.redo();
    QCOMPARE(value, 1);
}

void TestStoreCommand::refusedChangeIsNotPushed()
{
    QUndoStack stack;
    const QString error =
        StoreCommand::push(&stack, new StoreCommand(
                                       QStringLiteral("set"), [] { throw std::runtime_error("refused"); }, [] {}));
    QCOMPARE(error, QStringLiteral("refused"));
    QCOMPARE(stack.count(), 0);
}

void TestStoreCommand::mergesSameKindAndKeyOnly()
{
    QString value;
    QUndoStack stack;
    auto edit = [&](const QString& to, CommandId id, qint64 key) {
        const QString before = value;
        StoreCommand::push(&stack, new StoreCommand(
                                       QStringLiteral("edit"), [&value, to] { value = to; },
                                       [&value, before] { value = before; }, id, key));
    };
    edit(QStringLiteral("a"), CommandId::EditConnector, 65);
    edit(QStringLiteral("ab"), CommandId::EditConnector, 65);
    QCOMPARE(stack.count(), 1);
    edit(QStringLiteral("abc"), CommandId::EditSkill, 65);  // same key, another kind of row
    edit(QStringLiteral("abcd"), CommandId::EditSkill, 66); // same kind, another field
    QCOMPARE(stack.count(), 3);
    stack.undo();
    stack.undo();
    QCOMPARE(value, QStringLiteral("ab"));
    stack.undo();
    QCOMPARE(value, QString());
}

void TestStoreCommand::failingUndoDropsTheCommand()
{
    QString reported;
    StoreCommand::setFailureHandler([&reported](const QString& message) { reported = message; });
    int value = 0;
    QUndoStack stack;
    StoreCommand::push(&stack, new StoreCommand(
                                   QStringLiteral("first"), [&value] { value = 1; }, [&value] { value = 0; }));
    StoreCommand::push(&stack, new StoreCommand(
                                   QStringLiteral("second"), [&value] { value = 2; },
                                   [] { throw std::runtime_error("the file changed underneath"); }));
    stack.undo();
    QCOMPARE(reported, QStringLiteral("the file changed underneath"));
    QCOMPARE(value, 2);         // nothing was unmade
    QCOMPARE(stack.count(), 1); // and the step that could not be undone is gone
    QCOMPARE(stack.undoText(), QStringLiteral("first"));
    StoreCommand::setFailureHandler({});
}

QTEST_GUILESS_MAIN(TestStoreCommand)
#include "tst_storecommand.moc"
