#pragma once

#include "domain/types.h"

#include <QGroupBox>
#include <array>

class QLabel;
class QPushButton;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// The four governance objects of seed 004 on the Dashboard, one line each: who owns it, where it
// lives, how often it is reviewed and when next, with Edit… for those details and Mark reviewed…
// to record a review.
class GovernanceSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit GovernanceSection(QWidget* parent = nullptr);

    void setStore(Store* store, QUndoStack* undoStack);
    void reload();

    QPushButton* editButton(GovernanceKind kind) const { return m_rows[std::size_t(kind)].edit; }
    QPushButton* reviewedButton(GovernanceKind kind) const { return m_rows[std::size_t(kind)].reviewed; }
    QLabel* summaryLabel(GovernanceKind kind) const { return m_rows[std::size_t(kind)].summary; }

Q_SIGNALS:
    // A governance object's details were changed through this section.
    void edited();

private:
    struct Row
    {
        QLabel* name = nullptr;
        QLabel* summary = nullptr;
        QLabel* due = nullptr;
        QPushButton* edit = nullptr;
        QPushButton* reviewed = nullptr;
    };

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    std::array<Row, 4> m_rows{};
};

} // namespace steward::ui
