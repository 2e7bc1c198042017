#pragma once

#include "commands/storecommand.h"
#include "domain/types.h"

#include <QHash>
#include <QScrollArea>
#include <functional>

class QDate;
class QDateEdit;
class QFormLayout;
class QLabel;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// What the detail forms share: a scrolling form with a row per field and, under each editor, a red
// line saying why a value was refused; and, for the inventory forms (connector, skill,
// workspace), one StoreCommand per committed change, where consecutive edits of one field merge
// (key: record id * 64 + field), and "New person…" as one command. The policy forms push the
// policy's own commands (ui/commands/policycommands.h) instead. The concrete form holds its
// record, its editors and its rules.
class DetailForm : public QScrollArea
{
    Q_OBJECT

public:
    void setStore(Store* store, QUndoStack* undoStack);
    // Shows the stored record with that id (0: none) and re-reads the choices of its pickers.
    virtual void showRecord(Id id) = 0;
    virtual Id recordId() const = 0;
    void refresh();
    // Why the last value of `field` was refused, while that is shown; else empty.
    QString messageFor(int field) const;

Q_SIGNALS:
    // A command was pushed for the record with this id.
    void committed(steward::Id id);

protected:
    // editId: the merge id of this form's edits (CommandId::EditConnector, …).
    DetailForm(CommandId editId, const QString& objectName, const QString& accessibleName, QWidget* parent);

    // A message line above the fields (object name "formMessageLabel"), hidden by every commit.
    void addMessageRow();
    // Puts a new editor in the form under `objectName`, ready for addField().
    template <typename W> W* make(W* editor, const QString& objectName)
    {
        adopt(editor, objectName);
        return editor;
    }
    // A row labelled `label`: the editor and its error label under it; the editor's accessible
    // name is the label without its '&'. Returns the row, which setRowVisible() hides.
    QWidget* addField(int field, const QString& label, QWidget* editor);
    void setRowVisible(int field, bool visible);
    // Commits the date when editing finishes, unless the form is loading or read-only.
    void onDateEdited(QDateEdit* editor, std::function<void(const QDate&)> commitDate);

    bool showsRefusal(int field) const;
    void showMessage(int field, const QString& message);
    void hideMessage(int field);
    void clearMessages();
    // Shows why a value of `field` was refused; a form puts a choice back to the stored value.
    virtual void showRefusal(int field, const QString& message) = 0;

    // Pushes one command that changed record `id` through `field` (`merge`: with the previous one
    // of the same field). Shows the store's refusal under the field and returns false.
    bool pushEdit(int field, Id id, const QString& text, StoreCommand::Action apply, StoreCommand::Action revert,
                  bool merge);
    // Adds a person named `name` and links them to the shown record through `field`, as one
    // command (see newPersonCommand()).
    bool pushNewPerson(int field, const QString& name, std::function<void(Id)> link, std::function<void()> unlink);

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    bool m_loading = false; // filling editors: their change signals are not edits

private:
    void adopt(QWidget* editor, const QString& objectName);
    bool pushed(int field, Id id, StoreCommand* command);

    QFormLayout* m_layout = nullptr;
    QLabel* m_message = nullptr;
    QHash<int, QLabel*> m_errors;
    QHash<int, QWidget*> m_rows;
    CommandId m_editId;
};

} // namespace steward::ui
