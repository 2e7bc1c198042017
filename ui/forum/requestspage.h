#pragma once

#include "forum/forumpage.h"

namespace steward::ui {

class RequestForm;
class RequestTableModel;

// The governance forum's request queue: connectors, skills and workflows people asked for, and
// what the forum decided.
class RequestsPage : public ForumPage
{
    Q_OBJECT

public:
    explicit RequestsPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    QString countTable() const override;

    void add() override;
    void duplicate() override;

    RequestTableModel* requestModel() const { return m_requestModel; }
    RequestForm* requestForm() const { return m_requestForm; }

protected:
    StoreCommand* removeCommand(Id id) override;

private:
    bool addRequest(const ForumRequest& request, const QString& commandText);

    RequestTableModel* m_requestModel = nullptr;
    RequestForm* m_requestForm = nullptr;
};

} // namespace steward::ui
