#include "widgets/formhelpers.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
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
    if (edit->text() != text)
        edit->setText(text);
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
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
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
