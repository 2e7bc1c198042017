#pragma once

#include "domain/types.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTreeWidget;

namespace steward {
class Store;
}

namespace steward::ui {

// The four governance objects side by side: a navigation list with live counts and, for the
// selected object, its owner, cadence and review state above the rows it holds. Read-only; the
// full editor replaces the pages object by object.
class InventoryOverview : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryOverview(QWidget* parent = nullptr);

    void setStore(const Store* store);
    void refresh();

private:
    struct Page
    {
        QLabel* summary = nullptr;
        QTreeWidget* table = nullptr;
    };

    Page addPage(GovernanceKind kind, const QStringList& columns);
    QString personName(Id id) const;
    QString metadataText(GovernanceKind kind) const;
    void fillPolicy();
    void fillWorkspaces();
    void fillConnectors();
    void fillSkills();

    const Store* m_store = nullptr;
    std::vector<Person> m_people;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    Page m_policy;
    Page m_workspaces;
    Page m_connectors;
    Page m_skills;
};

} // namespace steward::ui
