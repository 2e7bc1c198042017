#pragma once

#include "domain/types.h"
#include "pages/inventorypage.h"

namespace steward::ui {

class WorkspaceForm;
class WorkspaceTableModel;

// The workspace inventory: a filterable, sortable table of every workspace and, beside it, the
// form of the selected one. Add, duplicate and delete are undoable commands like every edit.
class WorkspacesPage : public InventoryPage
{
    Q_OBJECT

public:
    explicit WorkspacesPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    void add() override;
    void duplicate() override;
    void remove() override;
    bool canMarkReviewed() const override { return canRemove(); }
    void markReviewed() override;

    WorkspaceTableModel* model() const { return m_model; }
    WorkspaceForm* form() const { return m_form; }

protected:
    void setFormStore(Store* store, QUndoStack* undoStack) override;
    void showInForm(Id id) override;
    void focusForm() override;

private:
    // Adds `workspace` (id 0) as one command under `name`, or the first free "name 2", "name 3"….
    Id addWorkspace(const Workspace& workspace, const QString& name, const QString& commandText);
    QString contentsText(const Workspace& workspace, int reviews) const;

    WorkspaceTableModel* m_model;
    WorkspaceForm* m_form;
};

} // namespace steward::ui
