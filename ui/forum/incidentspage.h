#pragma once

#include "forum/forumpage.h"

namespace steward::ui {

class IncidentForm;
class IncidentTableModel;

// The governance forum's incident log: what went wrong with which connector or workspace, how
// badly, and when it was resolved.
class IncidentsPage : public ForumPage
{
    Q_OBJECT

public:
    explicit IncidentsPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    QString countTable() const override;

    void add() override;
    void duplicate() override;

    IncidentTableModel* incidentModel() const { return m_incidentModel; }
    IncidentForm* incidentForm() const { return m_incidentForm; }

protected:
    StoreCommand* removeCommand(Id id) override;

private:
    bool addIncident(const Incident& incident, const QString& commandText);

    IncidentTableModel* m_incidentModel = nullptr;
    IncidentForm* m_incidentForm = nullptr;
};

} // namespace steward::ui
