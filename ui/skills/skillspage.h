#pragma once

#include "domain/types.h"
#include "pages/inventorypage.h"

namespace steward::ui {

class SkillForm;
class SkillTableModel;

// The skill inventory: a filterable, sortable table of every skill and, beside it, the form of
// the selected one. Add, duplicate and delete are undoable commands like every edit.
class SkillsPage : public InventoryPage
{
    Q_OBJECT

public:
    explicit SkillsPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    void add() override;
    void duplicate() override;
    void remove() override;
    bool canMarkReviewed() const override { return canRemove(); }
    void markReviewed() override;

    SkillTableModel* model() const { return m_model; }
    SkillForm* form() const { return m_form; }

protected:
    void setFormStore(Store* store, QUndoStack* undoStack) override;
    void showInForm(Id id) override;
    void focusForm() override;

private:
    // Adds `skill` (id 0) as one command under `name`, or the first free "name 2", "name 3"….
    Id addSkill(const Skill& skill, const QString& name, const QString& commandText);
    QString referencesText(const std::vector<Workspace>& workspaces, std::size_t reviews) const;

    SkillTableModel* m_model;
    SkillForm* m_form;
};

} // namespace steward::ui
