#pragma once

#include "domain/types.h"
#include "widgets/detailform.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace steward::ui {

class CadenceEditor;

class PersonComboBox;
class ScopesEditor;

// The detail form of one connector. Each committed field change is one StoreCommand (so one store
// transaction, undoable); typing into a line edit commits when editing finishes and merges with
// the previous edit of the same field. What the form or the store refuses is shown under the
// field and nothing is written.
class ConnectorForm : public DetailForm
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

    // Shows the stored connector with that id (0: none) and re-reads the people directory.
    void showRecord(Id id) override;
    Id recordId() const override { return m_connector.id; }

    // Commits what a line edit or the notes hold but has not been committed yet (focus left the
    // window, say). Returns false when something was refused.
    bool commitPending();
    // Adds a person named `name` and makes them the owner or approver, as one command.
    bool addPersonAs(Field field, const QString& name);
    void focusName();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showRefusal(int field, const QString& message) override;

private:
    void buildEditors();
    void connectEditors();
    void load();
    void setEditable(bool editable);
    void updateTransportRows();

    // Edits a copy of the shown connector with `change`, applies the governance rules, validates
    // and pushes one command. `merge`: consecutive edits of this field merge into one command.
    bool commit(Field field, const std::function<void(Connector&)>& change, bool merge = false);
    std::optional<QString> validate(Field field, const Connector& after) const;
    void choosePerson(Field field, Id id);
    void askNewPerson(Field field);

    Connector m_connector; // as stored; id 0 when nothing is shown
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
    CadenceEditor* m_cadence = nullptr;
    QDateEdit* m_lastReviewed = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ScopesEditor* m_scopes = nullptr;
};

} // namespace steward::ui
