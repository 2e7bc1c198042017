#pragma once

#include "widgets/detailform.h"

#include <QDate>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace steward::ui {

class CadenceEditor;

class PersonComboBox;

// The policy's own fields (title, version, status with the Approve action, the training-opt-out
// and retention postures) and its governance metadata (owner, where it lives, review cadence,
// last review). Each committed change is one command; typing merges per field.
class PolicyDetailsForm : public DetailForm
{
    Q_OBJECT

public:
    enum Field { Title, Version, Status, Owner, Location, Cadence, LastReviewed, TrainingOptOut, Retention };

    explicit PolicyDetailsForm(QWidget* parent = nullptr);

    // Re-reads the policy (there is one: the id is ignored).
    void showRecord(Id id) override;
    Id recordId() const override;
    // Commits what the text fields hold and has not been committed yet.
    bool commitPending();

Q_SIGNALS:
    void approveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showRefusal(int field, const QString& message) override;

private:
    void buildEditors();
    void connectEditors();
    void load();
    void setEditable(bool editable);
    QString statusText() const;
    QString personName(Id id) const;
    bool commitPolicy(int field, const QString& text, const std::function<void(Policy&)>& change, bool merge);
    bool commitGovernance(int field, const QString& text, const std::function<void(GovernanceObject&)>& change,
                          bool merge);
    bool commitText(int field);
    void askNewOwner();

    Policy m_policy;
    GovernanceObject m_object;
    std::vector<Person> m_people;

    QLineEdit* m_title = nullptr;
    QLineEdit* m_version = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_approve = nullptr;
    PersonComboBox* m_owner = nullptr;
    QLineEdit* m_location = nullptr;
    CadenceEditor* m_cadence = nullptr;
    QDateEdit* m_lastReviewed = nullptr;
    QPlainTextEdit* m_trainingOptOut = nullptr;
    QPlainTextEdit* m_retention = nullptr;
};

} // namespace steward::ui
