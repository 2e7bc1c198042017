#pragma once

#include "commands/storecommand.h"
#include "domain/types.h"

#include <QHash>
#include <QScrollArea>
#include <functional>
#include <utility>
#include <vector>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// What the request and incident forms share: a row per field with a red line under it for what
// was refused, a message for the store's refusals, dates with a "Not set" state, and pushing one
// StoreCommand per committed change. The concrete form holds the record and its rules.
class ForumForm : public QScrollArea
{
    Q_OBJECT

public:
    // editId: the merge id of this form's edits (requests and incidents never merge).
    ForumForm(CommandId editId, QWidget* parent = nullptr);

    void setStore(Store* store, QUndoStack* undoStack);
    // Shows the stored record with that id (0: none) and re-reads the pickers' choices.
    virtual void showRecord(Id id) = 0;
    Id shownId() const { return m_shownId; }
    virtual void focusTitle() = 0;

    // Adds a person named `name` and makes them the record's requester or reporter, as one command
    // ("New person…" in the person picker asks for the name first).
    virtual bool addPersonAs(const QString& name) = 0;

    QString fieldError(int field) const;
    QString message() const;
    // A message from the store (a refusal) below the whole form; empty hides it.
    void showMessage(const QString& message);

Q_SIGNALS:
    // A command was pushed for the record with this id.
    void committed(steward::Id id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Adds a labelled editor; its object name is `objectName`, its accessible name the label's text.
    void addField(int field, const QString& label, QWidget* editor, const QString& objectName);
    // A date edit with a "Not set" state (see setUpOptionalDate()).
    QDateEdit* makeDateEdit();
    // A plain text edit that commits through textEdited(field) when focus leaves it.
    QPlainTextEdit* makeTextEdit(int field);
    // Enum choices in declaration order: item data and index are the enum's value.
    static void fillChoices(QComboBox* combo, const QStringList& labels);
    // Named records to link to, sorted as people read them, after "(none)"; item data is the id.
    static void setLinkChoices(QComboBox* combo, std::vector<std::pair<Id, QString>> choices, Id current);
    static Id linkOf(const QComboBox* combo, int index);

    void setShownId(Id id);
    void showFieldError(int field, const QString& message);
    void clearErrors();
    // Pushes one command for the shown record. Edits of one field with `merge` merge into one undo
    // step. Returns false (and shows why under the field) when the store refused.
    bool push(int field, const QString& text, StoreCommand::Action apply, StoreCommand::Action revert, bool merge);
    virtual void textEdited(int field) = 0;
    void askNewPerson();
    // One command that adds the person, then link(personId) writes the record with them; undo runs
    // unlink() and removes the person again. Redo adds them under the same id.
    bool pushNewPerson(int field, const QString& name, std::function<void(Id)> link, std::function<void()> unlink);
    bool writable() const;

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    bool m_loading = false; // filling editors: their change signals are not edits

private:
    void updateEnabled();
    bool pushCommand(int field, StoreCommand* command);

    CommandId m_editId;
    Id m_shownId = 0;
    QWidget* m_body = nullptr;
    QFormLayout* m_layout = nullptr;
    QLabel* m_message = nullptr;
    QHash<int, QLabel*> m_errors;
    QHash<int, QWidget*> m_editors;
    QHash<QObject*, int> m_textFields;
};

} // namespace steward::ui
