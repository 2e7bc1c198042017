#pragma once

#include "domain/types.h"

#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace steward::ui {

// Beside the RACI grid: the name of the current activity, the name of the current role and who
// holds that role (a checkable list of the people directory). It only shows and reports; the
// page validates and turns each edit into one command.
class RaciDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RaciDetailsPanel(QWidget* parent = nullptr);

    void setPeople(const std::vector<NamedId>& people);
    // The activity and role of the current cell; nullopt when there is none.
    void setActivity(const std::optional<RaciActivity>& activity);
    void setRole(const std::optional<RaciRole>& role);
    void setEditable(bool editable);

    // Why a typed name was refused, under its field; empty hides it.
    void showActivityError(const QString& message);
    void showRoleError(const QString& message);
    QString activityError() const;
    QString roleError() const;

    // Puts the cursor in a name field with its text selected, so typing replaces it.
    void focusActivityName();
    void focusRoleName();

Q_SIGNALS:
    void activityNameEdited(const QString& name);
    void roleNameEdited(const QString& name);
    void holdersEdited(const std::vector<Id>& people);

private:
    void fillHolders();
    void onHolderChanged(QListWidgetItem* item);

    QLineEdit* m_activityName = nullptr;
    QLabel* m_activityError = nullptr;
    QLineEdit* m_roleName = nullptr;
    QLabel* m_roleError = nullptr;
    QListWidget* m_holders = nullptr;
    QLabel* m_holdersHint = nullptr;
    std::vector<NamedId> m_people;
    std::optional<RaciActivity> m_activity;
    std::optional<RaciRole> m_role;
    bool m_editable = false;
};

} // namespace steward::ui
