#include "widgets/stringlisteditor.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward::ui {

StringListEditor::StringListEditor(const QString& name, const QString& itemNoun, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(name + QStringLiteral("StringListEditor"));
    m_list->setObjectName(name + QStringLiteral("ListWidget"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setWordWrap(true);
    m_list->installEventFilter(this);
    setFocusProxy(m_list); // a label's Alt+letter and Tab land in the list

    auto makeButton = [this, &name](const QString& role, const QString& icon, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setObjectName(name + role + QStringLiteral("ToolButton"));
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setAutoRaise(true);
        return button;
    };
    m_add = makeButton(QStringLiteral("Add"), QStringLiteral("list-add"), tr("Add %1 (Insert)").arg(itemNoun));
    m_remove = makeButton(QStringLiteral("Remove"), QStringLiteral("list-remove"),
                          tr("Remove the selected %1 (Delete)").arg(itemNoun));
    m_up = makeButton(QStringLiteral("Up"), QStringLiteral("move-up"), tr("Move up (Ctrl+Up)"));
    m_down = makeButton(QStringLiteral("Down"), QStringLiteral("move-down"), tr("Move down (Ctrl+Down)"));

    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(0);
    for (QToolButton* button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &StringListEditor::addItem);
    connect(m_remove, &QToolButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item == m_added)
            return; // decided when its editor closes
        Q_EMIT itemsEdited(items());
    });
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, &StringListEditor::onEditorClosed,
            Qt::QueuedConnection); // after the model has the edited text
    updateButtons();
}

QListWidgetItem* StringListEditor::makeItem(const QString& text)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags));
    return item;
}

void StringListEditor::setItems(const QStringList& values)
{
    if (values == items() && !m_added)
        return; // keeps the selection and scroll position
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_added = nullptr;
    m_list->clear();
    for (const QString& value : values)
        m_list->addItem(makeItem(value));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    updateButtons();
}

QStringList StringListEditor::items() const
{
    QStringList values;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item != m_added)
            values.append(item->text().trimmed());
    }
    return values;
}

void StringListEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QSignalBlocker blocker(m_list);
        item->setFlags(editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
    }
    updateButtons();
}

void StringListEditor::addItem()
{
    if (!m_editable || m_added)
        return;
    m_added = makeItem(QString());
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(m_added);
    }
    m_list->setCurrentItem(m_added);
    m_list->editItem(m_added);
    updateButtons();
}

void StringListEditor::onEditorClosed()
{
    if (!m_added)
        return;
    QListWidgetItem* added = m_added;
    m_added = nullptr;
    updateButtons();
    if (added->text().trimmed().isEmpty()) {
        delete added; // nothing typed: nothing to store
        return;
    }
    Q_EMIT itemsEdited(items());
}

void StringListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (!m_editable || row < 0 || m_added)
        return; // a new entry is being typed: Escape drops it
    QStringList values = items();
    values.removeAt(row);
    delete m_list->takeItem(row);
    Q_EMIT itemsEdited(values);
}

void StringListEditor::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (!m_editable || m_added || row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->insertItem(target, m_list->takeItem(row));
        m_list->setCurrentRow(target);
    }
    updateButtons();
    Q_EMIT itemsEdited(items());
}

void StringListEditor::updateButtons()
{
    // While a new entry is typed, only finishing (Return) or dropping it (Escape) makes sense.
    const int row = m_list->currentRow();
    const bool idle = m_editable && !m_added;
    m_add->setEnabled(idle);
    m_remove->setEnabled(idle && row >= 0);
    m_up->setEnabled(idle && row > 0);
    m_down->setEnabled(idle && row >= 0 && row < m_list->count() - 1);
}

bool StringListEditor::eventFilter(QObject* watched, QEvent* event)
{
    // While an item is edited its keys go to the editor, not to the list.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool control = key->modifiers() & Qt::ControlModifier;
        if (key->key() == Qt::Key_Insert) {
            addItem();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (control && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace steward::ui
