#pragma once

#include "forum/forumform.h"

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace steward::ui {

class PersonComboBox;

// The detail form of one forum request. Each committed change is one StoreCommand; what breaks
// the request's rules (no title, decided before requested) is shown under the field and nothing
// is written. An open request is decided with Approve… / Reject… (DecisionDialog): one command
// that records the deciders and, for a connector's request, approves the connector.
class RequestForm : public ForumForm
{
    Q_OBJECT

public:
    // Part of the undo merge key: append only.
    enum Field {
        Title,
        Kind,
        Status,
        RequestedBy,
        RequestedOn,
        DecidedOn,
        Description,
        Decision,
        Connector,
        Skill,
        Deciders,
        Actions,
        FieldCount
    };

    explicit RequestForm(QWidget* parent = nullptr);

    void showRecord(Id id) override;
    void focusTitle() override;
    bool addPersonAs(const QString& name) override;
    const ForumRequest& request() const { return m_request; }
    // Asks for the decision on the shown request and records it (Approve… / Reject…).
    bool decide(RequestDecision decision);

    // The rules the form checks before writing; an empty string when `request` keeps them.
    static QString validate(Field field, const ForumRequest& request);

protected:
    void textEdited(int field) override;

private:
    void load();
    // Edits a copy of the shown request, validates it and pushes one command. `merge`: consecutive
    // edits of this field merge into one undo step.
    bool commit(Field field, const std::function<void(ForumRequest&)>& change, bool merge = false);

    ForumRequest m_request; // as stored; id 0 when nothing is shown
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    PersonComboBox* m_requestedBy = nullptr;
    QDateEdit* m_requestedOn = nullptr;
    QDateEdit* m_decidedOn = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_decision = nullptr;
    QComboBox* m_connector = nullptr;
    QComboBox* m_skill = nullptr;
    QLabel* m_deciders = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace steward::ui
