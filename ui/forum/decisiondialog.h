#pragma once

#include "domain/types.h"

#include <QDialog>
#include <vector>

class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// "Approve…" / "Reject…" of a forum request: who decides (people of the directory, or only the
// meeting's attendees), on which day (today or earlier) and the note. It says how many deciders the
// request needs and why (two for a tier-3 connector: the dual review), and offers the decision only
// once that many are chosen. Deciders count in the order checked: the first is recorded as an
// approved connector's approver.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const Store& store, const ForumRequest& request, RequestDecision decision,
                   QWidget* parent = nullptr);

    // Limits the deciders offered to these people (forum mode: the attendees), in this order.
    void setCandidates(const std::vector<Id>& people);

    RequestDecision decision() const { return m_decision; }
    int requiredDeciders() const { return m_required; }
    std::vector<Id> deciders() const { return m_chosen; }
    QDate decidedOn() const;
    QString note() const;

    // Fills the fields as a person would (tests, and callers that know better defaults).
    void setDeciders(const std::vector<Id>& people);
    void setDecidedOn(const QDate& date);
    void setNote(const QString& note);

    // Shows why the store refused the decision; the dialog stays open to correct it.
    void showProblem(const QString& problem);

private:
    void fillPeople();
    void onItemChanged();
    void validate();

    RequestDecision m_decision;
    int m_required = 1;
    std::vector<NamedId> m_people; // everyone who can be chosen, in the order offered
    std::vector<Id> m_chosen;      // in the order checked
    QListWidget* m_list = nullptr;
    QLabel* m_chosenLabel = nullptr;
    QDateEdit* m_decidedOn = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_okButton = nullptr;
    QString m_storeProblem;
    bool m_filling = false;
};

// Asks for the decision on `request` and records it as one undoable command; `candidates` (when not
// empty) limits the deciders to those people. Returns whether a decision was recorded (false when
// cancelled, or for a read-only store).
bool decideRequest(QWidget* parent, Store* store, QUndoStack* stack, const ForumRequest& request,
                   RequestDecision decision, const std::vector<Id>& candidates = {});

} // namespace steward::ui
