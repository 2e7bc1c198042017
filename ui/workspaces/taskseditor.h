#pragma once

#include "domain/types.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace steward::ui {

// The scheduled tasks of one workspace: name, schedule as the team writes it, owner and whether
// it runs. Every change the user makes is reported by edited() with the whole list, for one
// undoable command.
class TasksEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ScheduleColumn, OwnerColumn, ActiveColumn };

    explicit TasksEditor(QWidget* parent = nullptr);

    // force: redraw even if unchanged (after the store refused what a cell shows).
    void setTasks(const std::vector<ScheduledTask>& tasks, const std::vector<NamedId>& people, bool force = false);
    std::vector<ScheduledTask> tasks() const { return m_tasks; }
    void setEditable(bool editable);
    QTableWidget* table() const { return m_table; }

    // Adds a task as if the user had typed its name in the add dialog (for the button and tests).
    void addTask(const QString& name);
    void removeCurrentTask();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void edited(const std::vector<steward::ScheduledTask>& tasks);
    // "New person…" was chosen as the owner of the task in that row.
    void newOwnerRequested(int row);

private:
    void onItemChanged(QTableWidgetItem* item);
    void onOwnerChosen(int row, Id id);
    void askForTask();
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    std::vector<ScheduledTask> m_tasks;
    std::vector<NamedId> m_people;
    bool m_editable = true;
    bool m_loading = false;
};

} // namespace steward::ui
