#pragma once

#include "domain/types.h"
#include "pages/page.h"

#include <QPointer>

class QLineEdit;
class QSplitter;
class QTableView;

namespace steward::ui {

class CollatingFilterProxy;
class WorkspaceForm;
class WorkspaceTableModel;

// The workspace inventory: a filterable, sortable table of every workspace and, beside it, the
// form of the selected one. Add, duplicate and delete are undoable commands like every edit.
class WorkspacesPage : public Page
{
    Q_OBJECT

public:
    explicit WorkspacesPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;

    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    bool canAdd() const override;
    bool canDuplicate() const override;
    bool canRemove() const override;
    void add() override;
    void duplicate() override;
    void remove() override;
    void focusFind() override;

    Id selectedId() const;
    void select(Id id);

    WorkspaceTableModel* model() const { return m_model; }
    CollatingFilterProxy* proxy() const { return m_proxy; }
    WorkspaceForm* form() const { return m_form; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Adds `workspace` (id 0) as one command, trying " 2", " 3"… after `name` while it is taken.
    Id addAsCommand(Workspace workspace, const QString& name, const QString& commandText);
    QString contentsText(const Workspace& workspace, int reviews) const;
    void onSelectionChanged();
    void onStackChanged();

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;
    WorkspaceTableModel* m_model;
    CollatingFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    WorkspaceForm* m_form;
    QSplitter* m_splitter;
    bool m_reloading = false;
};

} // namespace steward::ui
