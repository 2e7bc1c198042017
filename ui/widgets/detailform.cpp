#include "widgets/detailform.h"

#include "widgets/formhelpers.h"
#include "widgets/newperson.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace steward::ui {

DetailForm::DetailForm(CommandId editId, const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QScrollArea(parent)
    , m_editId(editId)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setWidgetResizable(true);
    auto* content = new QWidget(this);
    setWidget(content);
    // The rows keep their natural height; spare height goes below the last one.
    auto* outer = new QVBoxLayout(content);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_layout);
    outer->addStretch(1);
}

void DetailForm::setStore(Store* store, QUndoStack* undoStack)
{
    m_store = store;
    m_undoStack = undoStack;
    showRecord(0);
}

void DetailForm::refresh()
{
    showRecord(recordId());
}

void DetailForm::addMessageRow()
{
    m_message = makeErrorLabel(widget(), QStringLiteral("formMessageLabel"));
    m_layout->addRow(m_message);
}

void DetailForm::adopt(QWidget* editor, const QString& objectName)
{
    editor->setParent(widget());
    editor->setObjectName(objectName);
}

QWidget* DetailForm::addField(int field, const QString& label, QWidget* editor)
{
    auto* row = new QWidget(widget());
    auto* box = new QVBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    QLabel* error = makeErrorLabel(row, errorLabelName(editor->objectName()));
    box->addWidget(error);
    box->addStretch(1); // spare height goes below the field, not between label and editor
    m_errors.insert(field, error);
    m_rows.insert(field, row);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    // The label's Alt+letter goes to the editor itself, not to the row around it.
    auto* labelWidget = new QLabel(label, widget());
    labelWidget->setBuddy(editor);
    m_layout->addRow(labelWidget, row);
    return row;
}

void DetailForm::setRowVisible(int field, bool visible)
{
    m_layout->setRowVisible(m_rows.value(field), visible);
}

void DetailForm::onDateEdited(QDateEdit* editor, std::function<void(const QDate&)> commitDate)
{
    connect(editor, &QDateEdit::editingFinished, this, [this, editor, commitDate = std::move(commitDate)] {
        if (!m_loading && editor->isEnabled())
            commitDate(optionalDate(editor));
    });
}

bool DetailForm::showsRefusal(int field) const
{
    return !m_errors.value(field)->isHidden();
}

QString DetailForm::messageFor(int field) const
{
    return shownError(m_errors.value(field));
}

void DetailForm::showMessage(int field, const QString& message)
{
    showError(this, m_errors.value(field), message);
}

void DetailForm::hideMessage(int field)
{
    m_errors.value(field)->hide();
}

void DetailForm::clearMessages()
{
    for (QLabel* error : std::as_const(m_errors))
        error->hide();
    if (m_message)
        m_message->hide();
}

bool DetailForm::pushEdit(int field, Id id, const QString& text, StoreCommand::Action apply,
                          StoreCommand::Action revert, bool merge)
{
    return pushed(field, id,
                  new StoreCommand(text, std::move(apply), std::move(revert), merge ? m_editId : CommandId::None,
                                   id * 64 + field));
}

bool DetailForm::pushNewPerson(int field, const QString& name, std::function<void(Id)> link,
                               std::function<void()> unlink)
{
    if (!m_store || recordId() == 0)
        return false;
    return pushed(field, recordId(), newPersonCommand(m_store, name, std::move(link), std::move(unlink)));
}

bool DetailForm::pushed(int field, Id id, StoreCommand* command)
{
    const QString error = StoreCommand::push(m_undoStack, command);
    if (!error.isEmpty()) {
        showRefusal(field, error);
        return false;
    }
    hideMessage(field);
    if (m_message)
        m_message->hide();
    refresh();
    Q_EMIT committed(id);
    return true;
}

} // namespace steward::ui
