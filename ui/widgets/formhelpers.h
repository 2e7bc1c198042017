#pragma once

#include "domain/types.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <initializer_list>

class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

// Small helpers the editor forms (connectors, skills, workspaces…) share.
namespace steward::ui {

// A date edit with an empty state: QDateEdit has none, so its minimum is shown as "Not set".
void setUpOptionalDate(QDateEdit* editor);
QDate optionalDate(const QDateEdit* editor);                // invalid when "Not set"
void setOptionalDate(QDateEdit* editor, const QDate& date); // without emitting: the form is loading

// Sets the text only when it differs, so the cursor stays where the person is typing.
void setTextKeepingCursor(QLineEdit* edit, const QString& text);
// The same for a plain text edit, whose setPlainText also clears the edit's own undo.
void setPlainTextKeepingCursor(QPlainTextEdit* edit, const QString& text);

// The red line under a field (or a form) that says why a value was refused; hidden until then.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName);
// The object name of an editor's error label, which tests and translators know: the editor's
// name without its widget class, e.g. "nameLineEdit" -> "nameErrorLabel".
QString errorLabelName(const QString& editorName);

// A field's error label: its text while shown, else empty; showing it scrolls it into view.
QString shownError(const QLabel* error);
void showError(QScrollArea* area, QLabel* error, const QString& message);

template <typename E> void fillCombo(QComboBox* combo, std::initializer_list<E> values)
{
    for (E value : values)
        combo->addItem(label(value), int(value));
}

template <typename E> void selectValue(QComboBox* combo, E value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(int(value)));
}

} // namespace steward::ui
