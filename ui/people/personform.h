#pragma once

#include "domain/types.h"

#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace steward::ui {

// The detail form beside the people table. It only shows and collects: a finished edit of one
// field is announced through fieldEdited(), and the page validates it and writes it (or puts
// an error under the field with showFieldError()).
class PersonForm : public QWidget
{
    Q_OBJECT

public:
    // The order is part of the undo merge key (person id * 16 + field): append only.
    enum Field { Name, Email, Title, Team, Notes, FieldCount };

    explicit PersonForm(QWidget* parent = nullptr);

    // Shows a person (or nothing). Showing the same person again after a store change keeps a
    // field the user has changed but not yet got accepted, with its error.
    void setPerson(const std::optional<Person>& person);
    const std::optional<Person>& person() const { return m_person; }
    void setEditable(bool editable);

    QString text(Field field) const;
    void showFieldError(Field field, const QString& message);
    void clearFieldError(Field field);
    QString fieldError(Field field) const;
    // A message from the store (a refusal) below the whole form; empty hides it.
    void showMessage(const QString& message);
    void focusField(Field field, bool selectAll);

    static QString valueOf(const Person& person, Field field);
    static void setValue(Person& person, Field field, const QString& value);

Q_SIGNALS:
    // The user finished editing `field` (Return, Tab, focus elsewhere) and its text differs from
    // the shown person's.
    void fieldEdited(steward::ui::PersonForm::Field field, const QString& value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setText(Field field, const QString& text);
    void finishEditing(Field field);
    QLabel* makeErrorLabel(const QString& objectName);
    QWidget* editor(Field field) const;

    std::optional<Person> m_person;
    bool m_editable = true;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QLineEdit* m_teamEdit = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;
    std::array<QLabel*, FieldCount> m_errorLabels{};
    QLabel* m_messageLabel = nullptr;
};

} // namespace steward::ui
