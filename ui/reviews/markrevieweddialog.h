#pragma once

#include "domain/types.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

class PersonComboBox;

// "Mark reviewed…": who reviewed the item, on which day (today or earlier) and what they noted.
// It shows when the next review falls due once this one is recorded. The reviewer may be someone
// the directory does not know yet ("New person…"): they are added with the review.
class MarkReviewedDialog : public QDialog
{
    Q_OBJECT

public:
    // `kind` and `name`: the item as people read it ("Connector", "Slack"); `state`: its review
    // state now; `reviewerId`: who is suggested (0: nobody).
    MarkReviewedDialog(const QString& kind, const QString& name, const ReviewState& state,
                       const std::vector<NamedId>& people, Id reviewerId, QWidget* parent = nullptr);

    // The chosen reviewer from the directory; 0 when it is a new person (newReviewerName()) or nobody.
    Id reviewerId() const;
    QString newReviewerName() const;
    QDate reviewedOn() const;
    QString notes() const;

    // Fills the fields as a person would (tests, and callers that know better defaults).
    void setReviewerId(Id id);
    void setNewReviewerName(const QString& name);
    void setReviewedOn(const QDate& date);
    void setNotes(const QString& notes);

    // Shows why the store refused the review; the dialog stays open to correct it.
    void showProblem(const QString& problem);

private:
    void askNewReviewer();
    void edited();
    void validate();

    ReviewState m_state;
    std::vector<NamedId> m_people;
    PersonComboBox* m_reviewer = nullptr;
    QDateEdit* m_reviewedOn = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_nextDue = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_okButton = nullptr;
    QString m_newReviewer;
    QString m_storeProblem;
};

// Asks who reviewed the item (subjectType as Review::subjectType, subjectId, named `name`) and when,
// and records it as one undoable command. Returns whether a review was recorded (false when
// cancelled, or for a read-only store). The other pages call this for their own rows.
bool markReviewed(QWidget* parent, Store* store, QUndoStack* stack, const QString& subjectType, Id subjectId,
                  const QString& name);

} // namespace steward::ui
