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

class LinksEditor;
class PersonComboBox;
class TasksEditor;

// The detail form of one workspace. Each committed field change is one StoreCommand (so one store
// transaction, undoable); typing into a line edit commits when editing finishes and merges with
// the previous edit of the same field. What the form or the store refuses is shown under the
// field and nothing is written.
class WorkspaceForm : public DetailForm
{
    Q_OBJECT

public:
    // Field indexes are part of the merge key of edit commands (workspace id * 64 + field).
    enum Field {
        Name,
        Purpose,
        Function,
        Status,
        Owner,
        Sponsor,
        Seats,
        DataClass,
        DataDescription,
        HasClaudeMd,
        ClaudeMdUrl,
        Tasks,
        Connectors,
        Skills,
        MemoryChecked,
        Cadence,
        LastReviewed,
        Notes,
        PilotStarted,
        FieldCount
    };

    static constexpr int MaxSeats = 100000;

    explicit WorkspaceForm(QWidget* parent = nullptr);

    // Shows the stored workspace with that id (0: none) and re-reads people, connectors, skills.
    void showRecord(Id id) override;
    Id recordId() const override { return m_workspace.id; }

    // Commits what the line edits or the notes hold but has not been committed yet (focus left
    // the window, say). Returns false when something was refused.
    bool commitPending();
    // Adds a person named `name` and makes them the owner or sponsor (or the owner of the task in
    // row `taskRow` when field is Tasks), as one command.
    bool addPersonAs(Field field, const QString& name, int taskRow = -1);
    void focusName();

    TasksEditor* tasksEditor() const { return m_tasks; }
    LinksEditor* connectorsList() const { return m_connectors; }
    LinksEditor* skillsList() const { return m_skills; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showRefusal(int field, const QString& message) override;

private:
    void buildEditors();
    void connectEditors();
    void load();
    void setEditable(bool editable);

    // Edits a copy of the shown workspace with `change`, validates and pushes one command.
    // `merge`: consecutive edits of this field merge into one command.
    bool commit(Field field, const std::function<void(Workspace&)>& change, bool merge = false);
    std::optional<QString> validate(Field field, const Workspace& after) const;
    void askNewPerson(Field field, int taskRow = -1);

    Workspace m_workspace; // as stored; id 0 when nothing is shown
    QLineEdit* m_name = nullptr;
    QLineEdit* m_purpose = nullptr;
    QLineEdit* m_function = nullptr;
    QComboBox* m_status = nullptr;
    PersonComboBox* m_owner = nullptr;
    PersonComboBox* m_sponsor = nullptr;
    QSpinBox* m_seats = nullptr;
    QComboBox* m_dataClass = nullptr;
    QLineEdit* m_dataDescription = nullptr;
    QCheckBox* m_hasClaudeMd = nullptr;
    QLineEdit* m_claudeMdUrl = nullptr;
    TasksEditor* m_tasks = nullptr;
    LinksEditor* m_connectors = nullptr;
    LinksEditor* m_skills = nullptr;
    QDateEdit* m_memoryChecked = nullptr;
    QDateEdit* m_pilotStarted = nullptr;
    CadenceEditor* m_cadence = nullptr;
    QDateEdit* m_lastReviewed = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace steward::ui
