#pragma once

#include "domain/types.h"
#include "pages/page.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace steward::ui {

class LintRunner;
class ReviewDetailsPanel;
class ReviewFilterProxy;
class ReviewTableModel;

// Everything reviewed on a cadence (the governance objects, workspaces, connectors and skills in
// use), by due date: overdue rows in the alert colour, due-soon rows tinted, each saying so in
// words. Filtered by owner and text. "Mark reviewed…" (the button, Enter, a double-click or the
// context menu) records a review of the selected row as one undoable command; beside the table
// are the row's details and its review history, and under them the inventory's review settings
// (the due-soon window and how long a pilot may run), each change one undoable command.
class ReviewsPage : public Page
{
    Q_OBJECT

public:
    explicit ReviewsPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    // The items that want attention: overdue or due soon, as of the page's latest read; before
    // the first, as the findings panel's latest check counts them (-1 before that).
    qint64 count() const override;
    // The window's lint runner, whose review findings give the count before the page reads.
    void setLintRunner(const LintRunner* runner) { m_runner = runner; }
    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;
    void focusFind() override;
    tables::Table selectedTable() const override;
    // Edit › Mark Reviewed… (the window's action) does what the button does.
    bool canMarkReviewed() const override;
    void markReviewed() override;

    // The selected row's item; "" and 0 when none.
    QString selectedType() const;
    Id selectedId() const;
    // Selects that item's row (clearing a filter that hides it); false when it is not reviewed.
    bool selectItem(const QString& subjectType, Id subjectId);

    // What the button does: the dialog for the selected row; true when a review was recorded.
    bool markSelectedReviewed();
    // What the spin boxes do: one command each (consecutive changes of one setting merge).
    bool setDueSoonDays(int days);
    bool setPilotWeeks(int weeks);

    ReviewTableModel* model() const { return m_model; }
    ReviewFilterProxy* proxy() const { return m_proxy; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    bool writable() const;
    bool pushSettings(const ReviewSettings& settings, int which);
    void onStackChanged();
    void onCurrentChanged();
    void onOwnerChosen(int index);
    void fillOwners();
    void showSettings();
    void showSummary();
    void updateActions();
    void updateColours();
    void showContextMenu(const QPoint& position);

    Store* m_store = nullptr;
    QPointer<QUndoStack> m_undoStack;
    ReviewTableModel* m_model;
    ReviewFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_owner;
    QPushButton* m_markReviewed;
    QAction* m_markReviewedAction;
    QTableView* m_table;
    QLabel* m_summary;
    ReviewDetailsPanel* m_details;
    QSpinBox* m_dueSoonDays;
    QSpinBox* m_pilotWeeks;
    QLabel* m_dueSoonUnit;
    QLabel* m_pilotUnit;
    ReviewSettings m_settings;
    std::vector<Review> m_reviews;
    QHash<Id, QString> m_names;
    bool m_read = false;  // the store has been read since setStore()
    bool m_stale = false; // the store changed while the page was out of sight
    const LintRunner* m_runner = nullptr;
};

} // namespace steward::ui
