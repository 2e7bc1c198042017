#include "skills/skillspage.h"

#include "commands/storecommand.h"
#include "skills/skillform.h"
#include "skills/skilltablemodel.h"
#include "store/store.h"

#include <QMessageBox>
#include <QUndoStack>
#include <memory>

namespace steward::ui {

SkillsPage::SkillsPage(QWidget* parent)
    : InventoryPage(parent)
    , m_model(new SkillTableModel(this))
    , m_form(new SkillForm(this))
{
    setUp(m_model, m_form, SkillTableModel::Name,
          {QStringLiteral("skillsPage"), QStringLiteral("skillsTableView"), QStringLiteral("skillsSplitter"),
           tr("Skills"), tr("Filter skills"), tr("Filter skills…"), QStringLiteral("skills")});
}

QString SkillsPage::title() const
{
    return tr("Skills");
}

QIcon SkillsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/skills.svg"));
}

void SkillsPage::setFormStore(Store* store, QUndoStack* undoStack)
{
    m_form->setStore(store, undoStack);
}

void SkillsPage::showInForm(Id id)
{
    m_form->showRecord(id);
}

void SkillsPage::focusForm()
{
    m_form->focusName();
}

Id SkillsPage::addSkill(const Skill& skill, const QString& name, const QString& commandText)
{
    Store* store = m_store;
    auto add = [store, skill](const QString& uniqueName, Id id) {
        Skill row = skill;
        row.name = uniqueName;
        row.id = id;
        return store->addSkill(row);
    };
    auto remove = [store](Id id) {
        store->removeSkill(id);
    };
    return addAsCommand(name, commandText, tr("Skill not added"), std::move(add), std::move(remove));
}

void SkillsPage::add()
{
    if (!canAdd())
        return;
    Skill skill; // a draft until someone verifies and activates it
    skill.status = SkillStatus::Draft;
    addSkill(skill, tr("New skill"), tr("Add skill “%1”"));
}

void SkillsPage::duplicate()
{
    const auto original = canDuplicate() ? m_store->skill(selectedId()) : std::nullopt;
    if (!original)
        return;
    Skill copy = *original;
    copy.id = 0;
    // The copy has not been verified or put to use yet: it starts as a draft, like a new skill.
    copy.status = SkillStatus::Draft;
    addSkill(copy, tr("%1 (copy)").arg(original->name), tr("Duplicate skill as “%1”"));
}

QString SkillsPage::referencesText(const std::vector<Workspace>& workspaces, std::size_t reviews) const
{
    QStringList names;
    for (const Workspace& w : workspaces)
        names << w.name;
    QStringList parts;
    if (!names.isEmpty())
        parts << tr("workspaces: %1").arg(names.join(QStringLiteral(", ")));
    if (reviews > 0)
        parts << tr("%n recorded review(s)", nullptr, int(reviews));
    return parts.join(QStringLiteral("; "));
}

void SkillsPage::remove()
{
    const auto skill = canRemove() ? m_store->skill(selectedId()) : std::nullopt;
    if (!skill)
        return;
    const Id id = skill->id;
    // What undo has to give back besides the row (which carries its connector links): the
    // workspaces' links to it and the reviews of it.
    std::vector<Workspace> workspaces;
    for (const Workspace& w : m_store->workspaces()) {
        if (std::find(w.skillIds.begin(), w.skillIds.end(), id) != w.skillIds.end())
            workspaces.push_back(w);
    }
    std::vector<Review> reviews;
    for (const Review& r : m_store->reviews()) {
        if (r.subjectType == QStringLiteral("skill") && r.subjectId == id)
            reviews.push_back(r);
    }
    const QString references = referencesText(workspaces, reviews.size());
    if (!references.isEmpty()) {
        const QString question = tr("“%1” is used by %2.\n\nDeleting it removes those links; undo brings them back.")
                                     .arg(skill->name, references);
        if (!confirmDelete(question, tr("Delete skill")))
            return;
    }
    Store* store = m_store;
    auto currentId = std::make_shared<Id>(id);
    auto apply = [store, currentId] {
        store->removeSkill(*currentId);
    };
    auto revert = [store, currentId, s = *skill, workspaces, reviews] {
        store->transaction([&] {
            const Id oldId = *currentId;
            Skill restored = s;
            restored.id = oldId;
            const Id newId = store->addSkill(restored);
            *currentId = newId;
            // Ids are kept when the store can; otherwise the links follow the new one.
            for (Workspace w : workspaces) {
                std::replace(w.skillIds.begin(), w.skillIds.end(), oldId, newId);
                store->updateWorkspace(w);
            }
            for (Review r : reviews) {
                r.subjectId = newId;
                store->addReview(r);
            }
        });
    };
    const QString error = StoreCommand::push(
        m_undoStack, new StoreCommand(tr("Delete skill “%1”").arg(skill->name), std::move(apply), std::move(revert)));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Skill not deleted"), error);
}

void SkillsPage::markReviewed()
{
    if (const auto row = canMarkReviewed() ? m_store->skill(selectedId()) : std::nullopt)
        markSelectedReviewed(QStringLiteral("skill"), row->name);
}

} // namespace steward::ui
