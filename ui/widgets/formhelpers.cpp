#include "widgets/formhelpers.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
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
