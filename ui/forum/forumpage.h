#pragma once

#include "domain/types.h"
#include "pages/page.h"

#include <QPointer>
#include <functional>

class QLineEdit;
class QTableView;

namespace steward::ui {

class CollatingFilterProxy;
class ForumForm;
class ForumTableModel;
class StoreCommand;

// What the Requests and Incidents pages share: a filter line, a sortable table, the selected
// record's form beside it, and add / duplicate / delete as one StoreCommand each on the shared
// undo stack. The concrete page supplies the model, the form and how its records are stored.
class ForumPage : public Page
{
    Q_OBJECT

public:
    explicit ForumPage(QWidget* parent = nullptr);

    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    bool canAdd() const override;
    bool canDuplicate() const override;
    bool canRemove() const override;
    void remove() override;
    void focusFind() override;

    // The selected record's id, 0 when none.
    Id selectedId() const;
    bool select(Id id);

    ForumTableModel* model() const { return m_model; }
    CollatingFilterProxy* proxy() const { return m_proxy; }
    ForumForm* form() const { return m_form; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Called once from the concrete page's constructor. `tableName` is the view's object name.
    void setUp(ForumTableModel* model, ForumForm* form, const QString& tableName, const QString& accessibleName,
               const QString& filterHint);
    // Adds a record as one command: `add(id)` stores it under id (0: a new one) and returns the id
    // it got; `removeAdded(id)` takes it out again on undo. Selects it and focuses its title.
    bool pushAdd(const QString& text, std::function<Id(Id)> add, std::function<void(Id)> removeAdded);
    // The command that deletes the record with this id and, on undo, restores it under that id.
    virtual StoreCommand* removeCommand(Id id) = 0;

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;

private:
    void onCurrentChanged();
    void onStackChanged();
    bool pushCommand(StoreCommand* command);

    ForumTableModel* m_model = nullptr;
    CollatingFilterProxy* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_tableView = nullptr;
    ForumForm* m_form = nullptr;
    bool m_reloading = false; // the model resets: selection signals are not the user's
};

} // namespace steward::ui
