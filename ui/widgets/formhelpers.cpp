#include "widgets/formhelpers.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>

namespace steward::ui {
namespace {

const QDate NotSet(1900, 1, 1);

} // namespace

void setUpOptionalDate(QDateEdit* editor)
{
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    editor->setMinimumDate(NotSet);
    editor->setSpecialValueText(QCoreApplication::translate("steward::ui::FormHelpers", "Not set"));
    editor->setCalendarPopup(true);
}

QDate optionalDate(const QDateEdit* editor)
{
    return editor->date() == NotSet ? QDate() : editor->date();
}

void setOptionalDate(QDateEdit* editor, const QDate& date)
{
    const QSignalBlocker blocker(editor);
    editor->setDate(date.isValid() ? date : NotSet);
}

void setTextKeepingCursor(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        // Someone reading a long value starts at its beginning; someone typing keeps the cursor.
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
}

void setPlainTextKeepingCursor(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // A red that reads on the palette in use: dark red on light windows, light red on dark ones.
    const bool darkWindow = label->palette().color(QPalette::Window).lightness() < 128;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, darkWindow ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString errorLabelName(const QString& editorName)
{
    static const QRegularExpression widgetClass(QStringLiteral(
        "(StringListEditor|LineEdit|ComboBox|CheckBox|SpinBox|DateEdit|PlainTextEdit|ListWidget|Editor)$"));
    return QString(editorName).remove(widgetClass) + QStringLiteral("ErrorLabel");
}

QString shownError(const QLabel* error)
{
    return error && !error->isHidden() ? error->text() : QString();
}

void showError(QScrollArea* area, QLabel* error, const QString& message)
{
    error->setText(message);
    error->setVisible(true);
    area->ensureWidgetVisible(error);
}

} // namespace steward::ui
