#pragma once

#include "domain/types.h"
#include "pages/page.h"

class QLabel;
class QTreeWidget;

namespace steward::ui {

// The acceptable-use policy, read-only: its owner, cadence and review state, then the policy item
// by item (who may use agents, data classes, review tiers, prohibited uses, postures, audit fields).
// It stands until the policy editor is built; it offers no Add/Delete.
class PolicySummaryPage : public Page
{
    Q_OBJECT

public:
    explicit PolicySummaryPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

private:
    QString personName(Id id) const;
    QString metadataText() const;
    void fillPolicy();

    const Store* m_store = nullptr;
    std::vector<Person> m_people;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_table = nullptr;
};

} // namespace steward::ui
