#pragma once

#include "domain/types.h"
#include "pages/page.h"

#include <QPointer>

class QLineEdit;
class QSplitter;
class QTableView;

namespace steward::ui {

class CollatingFilterProxy;
class ConnectorForm;
class ConnectorTableModel;

// The connector inventory: a filterable, sortable table of every connector and, beside it, the
// form of the selected one. Add, duplicate and delete are undoable commands like every edit.
class ConnectorsPage : public Page
{
    Q_OBJECT

public:
    explicit ConnectorsPage(QWidget* parent = nullptr);

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

    ConnectorTableModel* model() const { return m_model; }
    CollatingFilterProxy* proxy() const { return m_proxy; }
    ConnectorForm* form() const { return m_form; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Adds `connector` (id 0) as one command, trying " 2", " 3"… after `name` while it is taken.
    Id addAsCommand(Connector connector, const QString& name, const QString& commandText);
    QString referencesText(Id id) const;
    void onSelectionChanged();
    void onStackChanged();

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;
    ConnectorTableModel* m_model;
    CollatingFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    ConnectorForm* m_form;
    QSplitter* m_splitter;
    bool m_reloading = false;
};

} // namespace steward::ui
