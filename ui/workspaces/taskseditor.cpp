#include "workspaces/taskseditor.h"

#include "widgets/personcombobox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward::ui {

TasksEditor::TasksEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(tr("Add task…"), this))
    , m_remove(new QPushButton(tr("Remove task"), this))
{
    m_table->setObjectName(QStringLiteral("tasksTableWidget"));
    m_table->setAccessibleName(tr("Scheduled tasks"));
    m_table->setHorizontalHeaderLabels({tr("Task"), tr("Schedule"), tr("Owner"), tr("Active")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 160);
    m_table->setColumnWidth(ScheduleColumn, 140);
    m_table->setColumnWidth(OwnerColumn, 150);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addTaskPushButton"));
    m_add->setAccessibleName(tr("Add scheduled task"));
    m_remove->setObjectName(QStringLiteral("removeTaskPushButton"));
    m_remove->setAccessibleName(tr("Remove scheduled task"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    m_table->installEventFilter(this);

    connect(m_table, &QTableWidget::itemChanged, this, &TasksEditor::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TasksEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &TasksEditor::askForTask);
    connect(m_remove, &QPushButton::clicked, this, &TasksEditor::removeCurrentTask);
    updateButtons();
}

void TasksEditor::setTasks(const std::vector<ScheduledTask>& tasks, const std::vector<NamedId>& people, bool force)
{
    if (!force && tasks == m_tasks && people == m_people && m_table->rowCount() == int(tasks.size()))
        return; // keeps the cell being edited and the selection as they are
    m_loading = true;
    const int current = m_table->currentRow();
    m_tasks = tasks;
    m_people = people;
    m_table->setRowCount(int(tasks.size()));
    for (int row = 0; row < int(tasks.size()); ++row) {
        const ScheduledTask& task = tasks[std::size_t(row)];
        // Items are updated in place: this may run inside itemChanged of one of them.
        for (int column : {NameColumn, ScheduleColumn, ActiveColumn}) {
            if (!m_table->item(row, column))
                m_table->setItem(row, column, new QTableWidgetItem);
        }
        m_table->item(row, NameColumn)->setText(task.name);
        m_table->item(row, ScheduleColumn)->setText(task.schedule);
        QTableWidgetItem* active = m_table->item(row, ActiveColumn);
        active->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        active->setCheckState(task.active ? Qt::Checked : Qt::Unchecked);
        active->setData(Qt::AccessibleTextRole, tr("Task %1 active").arg(task.name));
        auto* owner = qobject_cast<PersonComboBox*>(m_table->cellWidget(row, OwnerColumn));
        if (!owner) {
            owner = new PersonComboBox(m_table);
            owner->setObjectName(QStringLiteral("taskOwnerComboBox"));
            connect(owner, &PersonComboBox::personChosen, this, [this, row](Id id) { onOwnerChosen(row, id); });
            connect(owner, &PersonComboBox::newPersonRequested, this, [this, row] { Q_EMIT newOwnerRequested(row); });
            m_table->setCellWidget(row, OwnerColumn, owner);
        }
        owner->setAccessibleName(tr("Owner of task %1").arg(task.name));
        owner->setPeople(people);
        owner->setPersonId(task.ownerId);
        owner->setEnabled(m_editable);
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    m_loading = false;
    updateButtons();
}

void TasksEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget* owner = m_table->cellWidget(row, OwnerColumn))
            owner->setEnabled(editable);
        if (QTableWidgetItem* active = m_table->item(row, ActiveColumn)) {
            const QSignalBlocker blocker(m_table);
            active->setFlags(editable ? active->flags() | Qt::ItemIsUserCheckable
                                      : active->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    updateButtons();
}

void TasksEditor::addTask(const QString& name)
{
    if (!m_editable || name.trimmed().isEmpty())
        return;
    std::vector<ScheduledTask> tasks = m_tasks;
    ScheduledTask task;
    task.name = name.trimmed();
    tasks.push_back(task);
    Q_EMIT edited(tasks);
}

void TasksEditor::removeCurrentTask()
{
    const int row = m_table->currentRow();
    if (!m_editable || row < 0 || row >= int(m_tasks.size()))
        return;
    std::vector<ScheduledTask> tasks = m_tasks;
    tasks.erase(tasks.begin() + row);
    Q_EMIT edited(tasks);
}

void TasksEditor::onItemChanged(QTableWidgetItem* item)
{
    if (m_loading || !m_editable || item->row() >= int(m_tasks.size()))
        return;
    std::vector<ScheduledTask> tasks = m_tasks;
    ScheduledTask& task = tasks[std::size_t(item->row())];
    if (item->column() == NameColumn)
        task.name = item->text().trimmed();
    else if (item->column() == ScheduleColumn)
        task.schedule = item->text().trimmed();
    else if (item->column() == ActiveColumn)
        task.active = item->checkState() == Qt::Checked;
    if (tasks != m_tasks)
        Q_EMIT edited(tasks);
}

void TasksEditor::onOwnerChosen(int row, Id id)
{
    if (row >= int(m_tasks.size()))
        return;
    std::vector<ScheduledTask> tasks = m_tasks;
    tasks[std::size_t(row)].ownerId = id;
    if (tasks != m_tasks)
        Q_EMIT edited(tasks);
}

void TasksEditor::askForTask()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add scheduled task"), tr("Name of the task:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addTask(name);
}

bool TasksEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Delete on the table (a cell being edited has the keys itself) removes the task, as in the inventory tables.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete && m_editable && m_table->currentRow() >= 0) {
        removeCurrentTask();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TasksEditor::updateButtons()
{
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && m_table->currentRow() >= 0);
}

} // namespace steward::ui
