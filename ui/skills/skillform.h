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

namespace steward::ui {

class LinksEditor;

class CadenceEditor;

class PersonComboBox;

// The detail form of one skill. Each committed field change is one StoreCommand (so one store
// transaction, undoable); typing into a text field commits when editing finishes and merges with
// the previous edit of the same field. What the form or the store refuses is shown under the
// field and nothing is written.
class SkillForm : public DetailForm
{
    Q_OBJECT

public:
    // Field indexes are part of the merge key of edit commands (skill id * 64 + field).
    enum Field {
        Name,
        IntendedUse,
        Inputs,
        Outputs,
        Owner,
        Version,
        Status,
        HasSkillMd,
        SkillMdUrl,
        VerifiedOn,
        Cadence,
        LastReviewed,
        Connectors,
        Notes,
        FieldCount
    };

    explicit SkillForm(QWidget* parent = nullptr);

    // Shows the stored skill with that id (0: none) and re-reads people and connectors.
    void showRecord(Id id) override;
    Id recordId() const override { return m_skill.id; }

    // Commits what the text fields hold but has not been committed yet (focus left the window,
    // say). Returns false when something was refused.
    bool commitPending();
    // Adds a person named `name` and makes them the owner, as one command.
    bool addOwner(const QString& name);
    void focusName();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showRefusal(int field, const QString& message) override;

private:
    void buildEditors();
    void connectEditors();
    void load();
    void loadConnectors();
    void setEditable(bool editable);

    // Edits a copy of the shown skill with `change`, validates and pushes one command.
    // `merge`: consecutive edits of this field merge into one command.
    bool commit(Field field, const std::function<void(Skill&)>& change, bool merge = false);
    std::optional<QString> validate(Field field, const Skill& after) const;
    void askNewPerson();
    void commitConnectors(const std::vector<Id>& ids);
    QPlainTextEdit* plainTextFor(Field field) const;

    Skill m_skill; // as stored; id 0 when nothing is shown
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_intendedUse = nullptr;
    QPlainTextEdit* m_inputs = nullptr;
    QPlainTextEdit* m_outputs = nullptr;
    PersonComboBox* m_owner = nullptr;
    QLineEdit* m_version = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_hasSkillMd = nullptr;
    QLineEdit* m_skillMdUrl = nullptr;
    QDateEdit* m_verifiedOn = nullptr;
    CadenceEditor* m_cadence = nullptr;
    QDateEdit* m_lastReviewed = nullptr;
    LinksEditor* m_connectors = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace steward::ui
