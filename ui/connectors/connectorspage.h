#pragma once

#include "domain/types.h"
#include "pages/inventorypage.h"

namespace steward::ui {

class ConnectorForm;
class ConnectorTableModel;

// The connector inventory: a filterable, sortable table of every connector and, beside it, the
// form of the selected one. Add, duplicate and delete are undoable commands like every edit.
class ConnectorsPage : public InventoryPage
{
    Q_OBJECT

public:
    explicit ConnectorsPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    void add() override;
    void duplicate() override;
    void remove() override;
    bool canMarkReviewed() const override { return canRemove(); }
    void markReviewed() override;

    ConnectorTableModel* model() const { return m_model; }
    ConnectorForm* form() const { return m_form; }

protected:
    void setFormStore(Store* store, QUndoStack* undoStack) override;
    void showInForm(Id id) override;
    void focusForm() override;

private:
    // Adds `connector` (id 0) as one command under `name`, or the first free "name 2", "name 3"….
    Id addConnector(const Connector& connector, const QString& name, const QString& commandText);
    QString referencesText(Id id) const;

    ConnectorTableModel* m_model;
    ConnectorForm* m_form;
};

} // namespace steward::ui
