// The page's operations on the matrix: each builds the edited matrix and pushes one command.
#include "commands/racicommands.h"
#include "raci/racidetailspanel.h"
#include "raci/racimatrix.h"
#include "raci/racipage.h"
#include "raci/racitablemodel.h"
#include "store/store.h"

#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>
#include <algorithm>

namespace steward::ui {

bool RaciPage::edit(const QString& text, const std::function<void(Raci&)>& change, int activity, int role)
{
    if (!writable())
        return false;
    m_pushing = true;
    const QString refusal = pushRaciEdit(m_store, m_undoStack, text, change);
    m_pushing = false;
    if (!refusal.isEmpty()) {
        QMessageBox::warning(this, tr("The RACI matrix was not changed"), refusal);
        return false;
    }
    reload();
    setCurrentCell(activity, role);
    Q_EMIT inventoryChanged();
    return true;
}

bool RaciPage::toggleLetter(QChar letter)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !QStringLiteral("RACI").contains(letter.toUpper()))
        return false;
    const int a = current.row();
    const int r = current.column();
    const QString now = racimatrix::letters(m_model->matrix(), a, r);
    const bool adding = !now.contains(letter.toUpper());
    return edit(
        adding ? tr("Mark %1 %2").arg(letter.toUpper()).arg(m_model->matrix().roles[std::size_t(r)].name)
               : tr("Unmark %1 %2").arg(letter.toUpper()).arg(m_model->matrix().roles[std::size_t(r)].name),
        [a, r, letter](Raci& raci) {
            racimatrix::setLetters(raci, a, r, racimatrix::toggled(racimatrix::letters(raci, a, r), letter));
        },
        a, r);
}

bool RaciPage::clearCurrentCell()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data().toString().isEmpty())
        return false;
    const int a = current.row();
    const int r = current.column();
    return edit(
        tr("Clear RACI cell"), [a, r](Raci& raci) { racimatrix::setLetters(raci, a, r, {}); }, a, r);
}

QString RaciPage::uniqueName(const QString& base, bool activity) const
{
    const Raci& raci = m_model->matrix();
    auto taken = [&](const QString& name) {
        if (activity)
            return std::any_of(raci.activities.begin(), raci.activities.end(),
                               [&](const RaciActivity& a) { return a.name.compare(name, Qt::CaseInsensitive) == 0; });
        return std::any_of(raci.roles.begin(), raci.roles.end(),
                           [&](const RaciRole& r) { return r.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

bool RaciPage::addActivity()
{
    // Below the current activity, where the person is looking; at the end when there is none.
    const int at = currentActivity() + 1 > 0 ? currentActivity() + 1 : m_model->rowCount();
    const QString name = uniqueName(tr("New activity"), true);
    if (!edit(
            tr("Add activity"), [at, name](Raci& raci) { racimatrix::insertActivity(raci, at, name); }, at,
            std::max(currentRole(), 0)))
        return false;
    m_details->focusActivityName(); // typing replaces the placeholder name
    return true;
}

bool RaciPage::addRole()
{
    const int at = currentRole() + 1 > 0 ? currentRole() + 1 : m_model->columnCount();
    const QString name = uniqueName(tr("New role"), false);
    if (!edit(
            tr("Add role"), [at, name](Raci& raci) { racimatrix::insertRole(raci, at, name); },
            std::max(currentActivity(), 0), at))
        return false;
    m_details->focusRoleName();
    return true;
}

bool RaciPage::removeActivity(int activity)
{
    if (!writable() || activity < 0 || activity >= m_model->rowCount())
        return false;
    const QString name = m_model->matrix().activities[std::size_t(activity)].name;
    if (racimatrix::activityHasLetters(m_model->matrix(), activity) &&
        QMessageBox::question(this, tr("Delete activity"),
                              tr("Delete the activity \u201c%1\u201d and its letters?").arg(name)) != QMessageBox::Yes)
        return false;
    return edit(
        tr("Delete activity \u201c%1\u201d").arg(name),
        [activity](Raci& raci) { racimatrix::removeActivity(raci, activity); },
        std::min(activity, m_model->rowCount() - 2), std::max(currentRole(), 0));
}

bool RaciPage::removeRole(int role)
{
    if (!writable() || role < 0 || role >= m_model->columnCount())
        return false;
    const QString name = m_model->matrix().roles[std::size_t(role)].name;
    if (racimatrix::roleHasLetters(m_model->matrix(), role) &&
        QMessageBox::question(this, tr("Delete role"),
                              tr("Delete the role \u201c%1\u201d and its letters?").arg(name)) != QMessageBox::Yes)
        return false;
    return edit(
        tr("Delete role \u201c%1\u201d").arg(name), [role](Raci& raci) { racimatrix::removeRole(raci, role); },
        std::max(currentActivity(), 0), std::min(role, m_model->columnCount() - 2));
}

bool RaciPage::moveActivity(int delta)
{
    const int from = currentActivity();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    return edit(
        tr("Move activity"), [from, to](Raci& raci) { racimatrix::moveActivity(raci, from, to); }, to,
        std::max(currentRole(), 0));
}

bool RaciPage::moveRole(int delta)
{
    const int from = currentRole();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_model->columnCount())
        return false;
    return edit(
        tr("Move role"), [from, to](Raci& raci) { racimatrix::moveRole(raci, from, to); },
        std::max(currentActivity(), 0), to);
}

QString RaciPage::nameProblem(const QString& name, int index, bool activity) const
{
    if (name.isEmpty())
        return activity ? tr("An activity needs a name.") : tr("A role needs a name.");
    const Raci& raci = m_model->matrix();
    const int size = activity ? int(raci.activities.size()) : int(raci.roles.size());
    for (int i = 0; i < size; ++i) {
        const QString other = activity ? raci.activities[std::size_t(i)].name : raci.roles[std::size_t(i)].name;
        if (i != index && other.compare(name, Qt::CaseInsensitive) == 0)
            return activity ? tr("There is already an activity named \u201c%1\u201d.").arg(name)
                            : tr("There is already a role named \u201c%1\u201d.").arg(name);
    }
    return {};
}

bool RaciPage::renameActivity(int activity, const QString& typed)
{
    if (!writable() || activity < 0 || activity >= m_model->rowCount())
        return false;
    const QString name = typed.trimmed();
    const QString problem = nameProblem(name, activity, true);
    m_details->showActivityError(problem);
    if (!problem.isEmpty())
        return false;
    return edit(
        tr("Rename activity"), [activity, name](Raci& raci) { raci.activities[std::size_t(activity)].name = name; },
        activity, std::max(currentRole(), 0));
}

bool RaciPage::renameRole(int role, const QString& typed)
{
    if (!writable() || role < 0 || role >= m_model->columnCount())
        return false;
    const QString name = typed.trimmed();
    const QString problem = nameProblem(name, role, false);
    m_details->showRoleError(problem);
    if (!problem.isEmpty())
        return false;
    return edit(
        tr("Rename role"), [role, name](Raci& raci) { raci.roles[std::size_t(role)].name = name; },
        std::max(currentActivity(), 0), role);
}

bool RaciPage::setHolders(int role, const std::vector<Id>& people)
{
    if (!writable() || role < 0 || role >= m_model->columnCount())
        return false;
    return edit(
        tr("Change who holds %1").arg(m_model->matrix().roles[std::size_t(role)].name),
        [role, people](Raci& raci) { raci.roles[std::size_t(role)].people = people; }, std::max(currentActivity(), 0),
        role);
}

} // namespace steward::ui
