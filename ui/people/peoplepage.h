#pragma once

#include "pages/page.h"
#include "people/personform.h"

#include <QPointer>

class QLineEdit;
class QTableView;
class QUndoStack;

namespace steward {
struct Person;
}

namespace steward::ui {

class CollatingFilterProxy;
class PersonTableModel;
class StoreCommand;

// The people directory: a filterable, sortable table and the selected person's form. Every
// change is one StoreCommand on the shared undo stack.
class PeoplePage : public Page
{
    Q_OBJECT

public:
    explicit PeoplePage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    QString countTable() const override;

    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    bool canAdd() const override;
    bool canDuplicate() const override;
    bool canRemove() const override;
    void add() override;
    void duplicate() override;
    void remove() override;
    void focusFind() override;

    // The selected person's id, 0 when none; selectPerson() loads pages until the id is there.
    Id selectedId() const;
    bool selectPerson(Id id);

    PersonTableModel* model() const { return m_model; }
    CollatingFilterProxy* proxy() const { return m_proxy; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged();
    void onFieldEdited(PersonForm::Field field, const QString& value);
    void onUndoStackIndexChanged();
    // Validates what the store would refuse anyway, so the message sits under the field.
    QString validate(PersonForm::Field field, const QString& value) const;
    // Pushes the command; true when the store accepted it. Reloads and announces the change.
    bool pushCommand(StoreCommand* command, QString* error);
    void addPerson(const Person& templatePerson, const QString& commandText);
    QString uniqueName(const QString& base) const;
    bool writable() const;

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;
    PersonTableModel* m_model = nullptr;
    CollatingFilterProxy* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_tableView = nullptr;
    PersonForm* m_form = nullptr;
    bool m_pushing = false; // our own push: the stack's indexChanged is handled by pushCommand
};

} // namespace steward::ui
