#pragma once

#include "domain/types.h"
#include "pages/page.h"

class QLabel;
class QTreeWidget;

namespace steward::ui {

// A read-only page for one governance object: its owner, cadence and review state above the rows
// it holds. It stands for an object whose editing page is not built yet, so the inventory is
// always visible whole; it offers no Add/Delete.
class SummaryPage : public Page
{
    Q_OBJECT

public:
    SummaryPage(GovernanceKind kind, QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

private:
    QString personName(Id id) const;
    QString metadataText() const;
    void fillPolicy();
    void fillWorkspaces();
    void fillConnectors();
    void fillSkills();

    GovernanceKind m_kind;
    const Store* m_store = nullptr;
    std::vector<Person> m_people;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_table = nullptr;
};

} // namespace steward::ui
