#pragma once

#include "domain/types.h"
#include "rules/findings.h"

#include <QDockWidget>
#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace steward {
class Store;
}

namespace steward::ui {

class FindingsFilterProxy;
class FindingsModel;
class LintRunner;

// The findings panel: every breach of the seeds' rules in the open inventory, filterable by
// severity, by kind of object and by text, sortable; activating one (double-click, Enter) asks the
// window to show its object. It keeps the findings current through a LintRunner and owns the
// status bar's count, which opens it.
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FindingsDock(QWidget* parent = nullptr);

    LintRunner* runner() const { return m_runner; }
    FindingsModel* model() const { return m_model; }
    FindingsFilterProxy* proxy() const { return m_proxy; }
    // For the window's status bar: "3 errors · 12 warnings"; clicking it shows this panel.
    QToolButton* statusButton() const { return m_statusButton; }

    // The inventory to check (none: nothing is shown). Checks it at once.
    void setStore(const Store* store);
    // The inventory changed: check it again once edits pause.
    void recompute();
    // Shows the panel, in front, with the keyboard in the table.
    void showFindings();

    // The objectName of the page that shows a finding's object ("connectorsPage"…).
    static QString pageFor(const rules::Finding& finding);
    // The status bar's text for a result: "3 errors · 12 warnings".
    static QString countText(const rules::LintResult& result);

Q_SIGNALS:
    // Show the object with this id on the page with this objectName (id 0: the page alone).
    void findingActivated(const QString& pageName, steward::Id id);

private:
    QWidget* buildFilters();
    void showResult();
    void updateCounts();
    void activate(const QModelIndex& index);

    LintRunner* m_runner;
    FindingsModel* m_model;
    FindingsFilterProxy* m_proxy;
    QToolButton* m_statusButton;
    std::array<QToolButton*, 3> m_severityButtons{};
    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_shownLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace steward::ui
