#pragma once

#include "domain/types.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

struct ForumSession;

// On a requests slide: the forum decides one of the slide's open requests, with deciders picked
// from the meeting's attendees (two for a request on a tier-3 connector) and a note. The decision
// is one undoable command (pushDecideRequest). The chosen request's reason is shown in full here,
// where the slide's table has no room for it.
class DecisionPanel : public QWidget
{
    Q_OBJECT

public:
    DecisionPanel(Store* store, QUndoStack* stack, const ForumSession* session, const std::vector<Id>& requestIds,
                  QWidget* parent = nullptr);

    void selectRequest(Id requestId);
    Id currentRequest() const;
    // Ticks exactly these attendees as deciders.
    void setDeciders(const std::vector<Id>& deciders);
    std::vector<Id> deciders() const;
    QString message() const;

    // Records the decision now (what the buttons do); returns the refusal, "" when recorded.
    QString decide(RequestDecision decision);

Q_SIGNALS:
    void decided();
    // The request chosen in the panel (0: none).
    void currentRequestChanged(Id requestId);

private:
    void showReason();
    void updateState();

    Store* m_store;
    QUndoStack* m_stack;
    const ForumSession* m_session;
    QComboBox* m_request;
    QLabel* m_why;
    QHBoxLayout* m_decidersRow;
    std::vector<std::pair<Id, QCheckBox*>> m_deciders;
    QLineEdit* m_note;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_status;
    QString m_error;
};

} // namespace steward::ui
