#pragma once

#include "domain/types.h"

#include <QHash>
#include <QScrollArea>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class PersonComboBox;
class ScopesEditor;

// The detail form of one connector. Each committed field change is one StoreCommand (so one store
// transaction, undoable); typing into a line edit commits when editing finishes and merges with
// the previous edit of the same field. What the form or the store refuses is shown under the
// field and nothing is written.
class ConnectorForm : public QScrollArea
{
    Q_OBJECT

public:
    // Field indexes are part of the merge key of edit commands (connector id * 64 + field).
    enum Field {
        Name,
        System,
        Access,
        Sensitivity,
        External,
        Tier,
        Owner,
        ApprovedBy,
        ApprovedOn,
        Status,
        Transport,
        Command,
        Args,
        Url,
        Cadence,
        LastReviewed,
        Notes,
        Scopes,
        FieldCount
    };

    explicit ConnectorForm(QWidget* parent = nullptr);

    void setStore(Store* store, QUndoStack* undoStack);
    // Shows the stored connector with that id (0: none) and re-reads the people directory.
    void showConnector(Id id);
    void refresh() { showConnector(m_connector.id); }
    Id connectorId() const { return m_connector.id; }

    // Commits what a line edit or the notes hold but has not been committed yet (focus left the
    // window, say). Returns false when something was refused.
    bool commitPending();
    // Adds a person named `name` and makes them the owner or approver, as one command.
    bool addPersonAs(Field field, const QString& name);
    QString messageFor(Field field) const;
    void focusName();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // A command was pushed for the connector with this id.
    void committed(steward::Id id);

private:
    QWidget* addField(Field field, const QString& label, QWidget* editor);
    void buildEditors();
    void connectEditors();
    void load();
    void setEditable(bool editable);
    void updateTransportRows();

    // Edits a copy of the shown connector with `change`, applies the governance rules, validates
    // and pushes one command. `merge`: consecutive edits of this field merge into one command.
    bool commit(Field field, const std::function<void(Connector&)>& change, bool merge = false);
    std::optional<QString> validate(Field field, const Connector& after) const;
    void showMessage(Field field, const QString& message);
    void showRefusal(Field field, const QString& message);
    void clearMessages();
    void choosePerson(Field field, Id id);
    void askNewPerson(Field field);
    void commitDate(Field field, QDateEdit* editor);

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    Connector m_connector; // as stored; id 0 when nothing is shown
    bool m_loading = false;

    QFormLayout* m_layout = nullptr;
    QLabel* m_message = nullptr;
    QHash<int, QLabel*> m_errors;
    QHash<int, QWidget*> m_rows;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_system = nullptr;
    QComboBox* m_access = nullptr;
    QComboBox* m_sensitivity = nullptr;
    QCheckBox* m_external = nullptr;
    QSpinBox* m_tier = nullptr;
    PersonComboBox* m_owner = nullptr;
    PersonComboBox* m_approvedBy = nullptr;
    QDateEdit* m_approvedOn = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_transport = nullptr;
    QLineEdit* m_command = nullptr;
    QLineEdit* m_args = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_cadence = nullptr;
    QDateEdit* m_lastReviewed = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ScopesEditor* m_scopes = nullptr;
};

} // namespace steward::ui
