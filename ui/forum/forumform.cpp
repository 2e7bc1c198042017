#include "forum/forumform.h"

#include "forum/linkchoicesmodel.h"
#include "store/store.h"
#include "widgets/formhelpers.h"
#include "widgets/newperson.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {
namespace {

// As in the people form: a refusal can be selected and copied.
QLabel* makeSelectableErrorLabel(QWidget* parent, const QString& objectName)
{
    QLabel* label = makeErrorLabel(parent, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ForumForm::ForumForm(CommandId editId, QWidget* parent)
    : QScrollArea(parent)
    , m_editId(editId)
{
    setWidgetResizable(true);
    m_body = new QWidget(this);
    auto* column = new QVBoxLayout(m_body);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(m_layout);
    m_message = makeSelectableErrorLabel(m_body, QStringLiteral("formMessageLabel"));
    column->addWidget(m_message);
    column->addStretch();
    setWidget(m_body);
    updateEnabled();
}

void ForumForm::setStore(Store* store, QUndoStack* undoStack)
{
    m_store = store;
    m_undoStack = undoStack;
    showRecord(0);
}

bool ForumForm::writable() const
{
    return m_store && m_undoStack && !m_store->isReadOnly();
}

void ForumForm::setShownId(Id id)
{
    if (id != m_shownId)
        showMessage({});
    m_shownId = id;
    updateEnabled();
}

void ForumForm::updateEnabled()
{
    m_body->setEnabled(m_shownId != 0 && writable());
}

void ForumForm::addField(int field, const QString& label, QWidget* editor, const QString& objectName)
{
    editor->setObjectName(objectName);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    auto* row = new QWidget(m_body);
    auto* box = new QVBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setParent(row);
    box->addWidget(editor);
    QLabel* error = makeSelectableErrorLabel(row, errorLabelName(objectName));
    box->addWidget(error);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
    auto* caption = new QLabel(label, m_body);
    caption->setBuddy(editor); // Alt+letter reaches the field
    m_layout->addRow(caption, row);
}

QDateEdit* ForumForm::makeDateEdit()
{
    auto* date = new QDateEdit(m_body);
    setUpOptionalDate(date);
    return date;
}

QPlainTextEdit* ForumForm::makeTextEdit(int field)
{
    auto* edit = new QPlainTextEdit(m_body);
    edit->setTabChangesFocus(true); // keyboard users leave the text with Tab
    edit->setMaximumHeight(120);
    // QPlainTextEdit has no editingFinished: leaving the field is the end of an edit.
    edit->installEventFilter(this);
    m_textFields.insert(edit, field);
    return edit;
}

void ForumForm::fillChoices(QComboBox* combo, const QStringList& labels)
{
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i), i);
}

void ForumForm::setLinkChoices(QComboBox* combo, std::vector<std::pair<Id, QString>> choices, Id current)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(choices.begin(), choices.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    const QSignalBlocker blocker(combo);
    auto* model = qobject_cast<LinkChoicesModel*>(combo->model());
    if (!model) {
        model = new LinkChoicesModel(combo);
        combo->setModel(model);
    }
    model->setChoices(tr("(none)"), std::move(choices));
    const int index = combo->findData(QVariant::fromValue(current));
    combo->setCurrentIndex(std::max(index, 0));
}

Id ForumForm::linkOf(const QComboBox* combo, int index)
{
    return combo->itemData(index).value<Id>();
}

void ForumForm::showFieldError(int field, const QString& message)
{
    QLabel* label = m_errors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // Screen readers announce the field with what is wrong with it.
    if (QWidget* editor = m_editors.value(field))
        editor->setAccessibleDescription(message);
}

QString ForumForm::fieldError(int field) const
{
    QLabel* label = m_errors.value(field);
    return label ? label->text() : QString();
}

void ForumForm::clearErrors()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        showFieldError(it.key(), {});
}

QString ForumForm::message() const
{
    return m_message->text();
}

void ForumForm::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool ForumForm::push(int field, const QString& text, StoreCommand::Action apply, StoreCommand::Action revert,
                     bool merge)
{
    const qint64 key = (m_shownId << 6) | field;
    return pushCommand(
        field, new StoreCommand(text, std::move(apply), std::move(revert), merge ? m_editId : CommandId::None, key));
}

bool ForumForm::pushCommand(int field, StoreCommand* command)
{
    const Id id = m_shownId;
    const QString error = StoreCommand::push(m_undoStack, command);
    if (!error.isEmpty()) {
        showMessage(error);
        return false;
    }
    showFieldError(field, {});
    showMessage({});
    showRecord(id);
    Q_EMIT committed(id);
    return true;
}

void ForumForm::askNewPerson()
{
    if (const auto name = askNewPersonName(this))
        addPersonAs(*name);
}

bool ForumForm::pushNewPerson(int field, const QString& name, std::function<void(Id)> link,
                              std::function<void()> unlink)
{
    if (name.trimmed().isEmpty()) {
        showFieldError(field, tr("A person needs a name."));
        return false;
    }
    return pushCommand(field, newPersonCommand(m_store, name, std::move(link), std::move(unlink)));
}

bool ForumForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && m_textFields.contains(watched) && !m_loading)
        textEdited(m_textFields.value(watched));
    return QScrollArea::eventFilter(watched, event);
}

} // namespace steward::ui
