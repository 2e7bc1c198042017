#include "people/personform.h"

#include "widgets/formhelpers.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace steward::ui {

PersonForm::PersonForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("personForm"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto addRow = [this, form](Field field, const QString& label, QWidget* editor, const QString& stem,
                                     const QString& editorClass) {
        editor->setObjectName(stem + editorClass);
        editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto* caption = new QLabel(label, this);
        caption->setBuddy(editor); // Alt+letter reaches the field
        m_errorLabels[field] = makeErrorLabel(stem + QStringLiteral("ErrorLabel"));
        auto* column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(m_errorLabels[field]);
        form->addRow(caption, column);
    };
    m_nameEdit = new QLineEdit(this);
    m_emailEdit = new QLineEdit(this);
    m_titleEdit = new QLineEdit(this);
    m_teamEdit = new QLineEdit(this);
    m_notesEdit = new QPlainTextEdit(this);
    m_notesEdit->setTabChangesFocus(true); // keyboard users leave the notes with Tab
    m_emailEdit->setPlaceholderText(tr("name@example.com"));
    addRow(Name, tr("&Name"), m_nameEdit, QStringLiteral("name"), QStringLiteral("LineEdit"));
    addRow(Email, tr("E&mail"), m_emailEdit, QStringLiteral("email"), QStringLiteral("LineEdit"));
    addRow(Title, tr("&Title"), m_titleEdit, QStringLiteral("title"), QStringLiteral("LineEdit"));
    addRow(Team, tr("T&eam"), m_teamEdit, QStringLiteral("team"), QStringLiteral("LineEdit"));
    addRow(Notes, tr("N&otes"), m_notesEdit, QStringLiteral("notes"), QStringLiteral("PlainTextEdit"));

    m_messageLabel = makeErrorLabel(QStringLiteral("formMessageLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch();

    const std::array<std::pair<QLineEdit*, Field>, 4> lines{
        {{m_nameEdit, Name}, {m_emailEdit, Email}, {m_titleEdit, Title}, {m_teamEdit, Team}}};
    for (const auto& [edit, field] : lines)
        connect(edit, &QLineEdit::editingFinished, this, [this, field = field] { finishEditing(field); });
    // QPlainTextEdit has no editingFinished: leaving the field is the end of an edit.
    m_notesEdit->installEventFilter(this);
    setPerson(std::nullopt);
}

QLabel* PersonForm::makeErrorLabel(const QString& objectName)
{
    QLabel* label = ui::makeErrorLabel(this, objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a store refusal can be copied
    return label;
}

void PersonForm::setPerson(const std::optional<Person>& person)
{
    const bool samePerson = person && m_person && person->id == m_person->id;
    const std::optional<Person> previous = m_person;
    m_person = person;
    for (int i = 0; i < FieldCount; ++i) {
        const auto field = Field(i);
        const QString stored = person ? valueOf(*person, field) : QString();
        // A field still holding a refused edit keeps it (and its error) until the user fixes it.
        if (samePerson && text(field) != valueOf(*previous, field) && !fieldError(field).isEmpty())
            continue;
        setText(field, stored);
        clearFieldError(field);
    }
    if (!samePerson)
        showMessage({});
    setEnabled(person.has_value() && m_editable);
}

void PersonForm::setEditable(bool editable)
{
    m_editable = editable;
    setEnabled(m_person.has_value() && m_editable);
}

QString PersonForm::text(Field field) const
{
    switch (field) {
    case Name:
        return m_nameEdit->text();
    case Email:
        return m_emailEdit->text();
    case Title:
        return m_titleEdit->text();
    case Team:
        return m_teamEdit->text();
    case Notes:
        return m_notesEdit->toPlainText();
    default:
        return {};
    }
}

void PersonForm::setText(Field field, const QString& text)
{
    switch (field) {
    case Name:
        m_nameEdit->setText(text);
        break;
    case Email:
        m_emailEdit->setText(text);
        break;
    case Title:
        m_titleEdit->setText(text);
        break;
    case Team:
        m_teamEdit->setText(text);
        break;
    case Notes:
        setPlainTextKeepingCursor(m_notesEdit, text);
        break;
    default:
        break;
    }
}

void PersonForm::showFieldError(Field field, const QString& message)
{
    QLabel* label = m_errorLabels[field];
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // Screen readers announce the field with what is wrong with it.
    editor(field)->setAccessibleDescription(message);
}

QWidget* PersonForm::editor(Field field) const
{
    switch (field) {
    case Email:
        return m_emailEdit;
    case Title:
        return m_titleEdit;
    case Team:
        return m_teamEdit;
    case Notes:
        return m_notesEdit;
    default:
        return m_nameEdit;
    }
}

void PersonForm::clearFieldError(Field field)
{
    showFieldError(field, {});
}

QString PersonForm::fieldError(Field field) const
{
    return m_errorLabels[field]->text();
}

void PersonForm::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void PersonForm::focusField(Field field, bool selectAll)
{
    QWidget* widget = editor(field);
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && selectAll)
        edit->selectAll();
}

QString PersonForm::valueOf(const Person& person, Field field)
{
    switch (field) {
    case Name:
        return person.name;
    case Email:
        return person.email;
    case Title:
        return person.title;
    case Team:
        return person.team;
    case Notes:
        return person.notes;
    default:
        return {};
    }
}

void PersonForm::setValue(Person& person, Field field, const QString& value)
{
    switch (field) {
    case Name:
        person.name = value;
        break;
    case Email:
        person.email = value;
        break;
    case Title:
        person.title = value;
        break;
    case Team:
        person.team = value;
        break;
    case Notes:
        person.notes = value;
        break;
    default:
        break;
    }
}

void PersonForm::finishEditing(Field field)
{
    if (!m_person || !isEnabled())
        return;
    const QString value = text(field);
    if (value == valueOf(*m_person, field)) {
        clearFieldError(field); // typed back to what is stored: nothing to write, nothing wrong
        return;
    }
    Q_EMIT fieldEdited(field, value);
}

bool PersonForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notesEdit && event->type() == QEvent::FocusOut)
        finishEditing(Notes);
    return QWidget::eventFilter(watched, event);
}

} // namespace steward::ui
