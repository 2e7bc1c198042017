#pragma once

#include "export/tabletext.h"

#include <QIcon>
#include <QString>
#include <QWidget>

class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// One page of the editor (Connectors, People, …). The main window shows the current page, routes
// Edit › Add / Duplicate / Delete / Find to it, and labels it in the navigation with its count.
// A page reads through the Store and changes it only through QUndoCommands pushed on the stack.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual qint64 count() const = 0;
    // The store table whose row count the navigation shows ("": count() says, -1 for none). The
    // window counts it through the store, so a page that has not read anything yet is counted.
    virtual QString countTable() const { return {}; }

    // A new store (or none); the page forgets its rows and selection.
    virtual void setStore(Store* store, QUndoStack* undoStack) = 0;
    // Re-read what the store holds now, keeping the selection where the row still exists.
    virtual void reload() = 0;

    virtual bool canAdd() const { return false; }
    virtual bool canDuplicate() const { return false; }
    virtual bool canRemove() const { return false; }
    virtual void add() {}
    virtual void duplicate() {}
    virtual void remove() {}
    virtual void focusFind() {}
    // Edit › Mark Reviewed…: records a review of what the page shows selected (the window routes it).
    virtual bool canMarkReviewed() const { return false; }
    virtual void markReviewed() {}
    // Edit › Copy as Table: the selected rows, as the table shows them (no headers: nothing to copy).
    virtual tables::Table selectedTable() const { return {}; }

Q_SIGNALS:
    // Selection or read-only state changed: the window re-evaluates Add/Duplicate/Delete.
    void actionsChanged();
    // The page changed the store (a command was pushed, undone or redone): counts may differ.
    void inventoryChanged();
};

} // namespace steward::ui
