#pragma once

#include "forum/forumform.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace steward::ui {

class LinksEditor;
class PersonComboBox;
class StringListEditor;

// The detail form of one incident. Each committed change is one StoreCommand; what breaks the
// incident's rules (no title, resolved before it occurred) is shown under the field and nothing
// is written. Setting the status to resolved without a resolution date dates it today. An incident
// involves any number of connectors and workspaces, and lists its follow-ups.
class IncidentForm : public ForumForm
{
    Q_OBJECT

public:
    // Part of the undo merge key: append only.
    enum Field {
        Title,
        Severity,
        Status,
        ReportedBy,
        OccurredOn,
        ResolvedOn,
        Connector,
        Workspace,
        Description,
        FollowUps,
        FieldCount
    };

    explicit IncidentForm(QWidget* parent = nullptr);

    void showRecord(Id id) override;
    void focusTitle() override;
    bool addPersonAs(const QString& name) override;
    const Incident& incident() const { return m_incident; }

    // The rules the form checks before writing; an empty string when `incident` keeps them.
    static QString validate(Field field, const Incident& incident);

protected:
    void textEdited(int field) override;

private:
    void load();
    // Edits a copy of the shown incident, validates it and pushes one command. `merge`:
    // consecutive edits of this field merge into one undo step.
    bool commit(Field field, const std::function<void(Incident&)>& change, bool merge = false);

    Incident m_incident; // as stored; id 0 when nothing is shown
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_status = nullptr;
    PersonComboBox* m_reportedBy = nullptr;
    QDateEdit* m_occurredOn = nullptr;
    QDateEdit* m_resolvedOn = nullptr;
    LinksEditor* m_connectors = nullptr;
    LinksEditor* m_workspaces = nullptr;
    QPlainTextEdit* m_description = nullptr;
    StringListEditor* m_followUps = nullptr;
};

} // namespace steward::ui
