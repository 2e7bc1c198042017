#pragma once

#include "domain/types.h"
#include "pages/page.h"

#include <QPointer>
#include <functional>
#include <vector>

class QLabel;
class QMenu;
class QTableView;
class QToolButton;
class QUndoStack;

namespace steward::ui {

class RaciDetailsPanel;
class RaciTableModel;

// The RACI matrix: activities down, roles across, each cell any of R, A, C, I. Letters are toggled
// with the keys R, A, C and I (Delete clears the cell) or from a small menu (Enter, F2 or a
// double-click); rows and columns are added, renamed, moved and removed with the buttons above the
// grid, the names beside it and Ctrl+arrows; who holds a role is picked from the people
// directory. A row that breaks "exactly one A" or "at least one R" is marked where it stands and
// listed under the grid. Every operation is one command on the shared undo stack.
class RaciPage : public Page
{
    Q_OBJECT

public:
    explicit RaciPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    QString countTable() const override;
    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    // Edit › Add adds an activity; Edit › Delete removes the current role right after a click on
    // its header, otherwise the current activity.
    bool canAdd() const override;
    bool canRemove() const override;
    void add() override;
    void remove() override;

    // The operations behind the keys, buttons and fields; each pushes at most one command and
    // returns whether the store holds the change.
    bool toggleLetter(QChar letter);
    bool clearCurrentCell();
    bool addActivity();
    bool addRole();
    bool removeActivity(int activity); // asks first when the row holds letters
    bool removeRole(int role);         // asks first when the column holds letters
    bool moveActivity(int delta);      // the current activity, up (-1) or down (+1)
    bool moveRole(int delta);          // the current role, left (-1) or right (+1)
    bool renameActivity(int activity, const QString& name);
    bool renameRole(int role, const QString& name);
    bool setHolders(int role, const std::vector<Id>& people);
    // Shows the letters menu under the current cell (not modal: it closes on its own).
    void openLettersMenu();

    void setCurrentCell(int activity, int role);
    int currentActivity() const; // -1 when none
    int currentRole() const;     // -1 when none
    RaciTableModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Pushes one command that applies `change`; on success the current cell moves to
    // (activity, role) of the new matrix. A refusal is shown in a message box.
    bool edit(const QString& text, const std::function<void(Raci&)>& change, int activity, int role);
    bool writable() const;
    void onCurrentChanged();
    void onUndoStackIndexChanged();
    void updateButtons();
    void updateProblems();
    void updateTint();
    void fillLettersMenu();
    QString uniqueName(const QString& base, bool activity) const;
    QString nameProblem(const QString& name, int index, bool activity) const;

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;
    RaciTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    RaciDetailsPanel* m_details = nullptr;
    QLabel* m_problems = nullptr;
    QMenu* m_lettersMenu = nullptr;
    QToolButton* m_addActivity = nullptr;
    QToolButton* m_removeActivity = nullptr;
    QToolButton* m_moveActivityUp = nullptr;
    QToolButton* m_moveActivityDown = nullptr;
    QToolButton* m_addRole = nullptr;
    QToolButton* m_removeRole = nullptr;
    QToolButton* m_moveRoleLeft = nullptr;
    QToolButton* m_moveRoleRight = nullptr;
    QToolButton* m_letters = nullptr;
    bool m_roleChosen = false; // the role header was clicked since the current cell last moved
    bool m_pushing = false;    // our own push: the stack's indexChanged is handled by edit()
};

} // namespace steward::ui
