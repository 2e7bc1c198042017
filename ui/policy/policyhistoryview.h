#pragma once

#include "domain/types.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace steward::ui {

// The approved versions of the policy, newest first, and the selected one as it read when it was
// approved (from its frozen snapshot). Read-only: versions are added by approving the policy.
class PolicyHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyHistoryView(QWidget* parent = nullptr);

    void setPolicy(const Policy& policy, const std::vector<Person>& people);
    int versionCount() const;

private:
    void showSelected();
    QString personName(Id id) const;

    std::vector<PolicyVersion> m_versions; // newest first
    std::vector<Person> m_people;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_document = nullptr;
};

} // namespace steward::ui
