#pragma once

#include "domain/types.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

class PersonComboBox;

// Asks what approving the policy records: the version number (suggested: the draft's own, or the
// next one when that was approved already), the approver from the people directory, the approval
// date and the date it takes effect. Approve stays disabled until all of them make sense.
class ApprovePolicyDialog : public QDialog
{
    Q_OBJECT

public:
    ApprovePolicyDialog(const Policy& policy, const std::vector<Person>& people, QWidget* parent = nullptr);

    QString version() const;
    Id approverId() const;
    QDate approvedOn() const;
    QDate effectiveOn() const;

    // The draft's version when it is still free, else the next after the latest approved.
    static QString suggestedVersion(const Policy& policy);

private:
    void validate();

    Policy m_policy;
    QLineEdit* m_version = nullptr;
    PersonComboBox* m_approver = nullptr;
    QDateEdit* m_approvedOn = nullptr;
    QDateEdit* m_effectiveOn = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_approveButton = nullptr;
};

} // namespace steward::ui
