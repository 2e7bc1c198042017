#pragma once

#include "domain/types.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class CadenceEditor;
class PersonComboBox;

// The metadata of one governance object (seed 004: "each object has an owner, a review cadence,
// and a place to live"): owner, the page where it lives, cadence and last review. OK applies every
// change as one undoable command; a new owner typed through "New person…" joins the directory in
// the same command.
class GovernanceDialog : public QDialog
{
    Q_OBJECT

public:
    GovernanceDialog(Store* store, GovernanceKind kind, QWidget* parent = nullptr);

    // The object as the dialog would store it (owner -2 while a new person is waiting to be added).
    GovernanceObject edited() const;
    const QString& newOwnerName() const { return m_newOwner; }

    // Shows the dialog and, on OK, pushes the change on `stack`. Returns whether anything changed.
    static bool editObject(QWidget* parent, Store* store, QUndoStack* stack, GovernanceKind kind);
    // Pushes what `dialog` holds on `stack`; the store's refusal, or an empty string.
    QString apply(QUndoStack* stack) const;

    void accept() override;

private:
    void askNewOwner();

    Store* m_store;
    GovernanceObject m_object;
    QString m_newOwner;
    PersonComboBox* m_owner;
    QLineEdit* m_location;
    CadenceEditor* m_cadence;
    QDateEdit* m_lastReviewed;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace steward::ui
