#pragma once

#include "pages/page.h"

class QTabWidget;
class QTextBrowser;

namespace steward::ui {

class PolicyDetailsForm;
class PolicyHistoryView;
class PolicyRulesForm;
class PolicySectionsEditor;
class RoutingCalculator;

// The acceptable-use policy, one document in six tabs: Details (title, version, status and
// Approve, governance metadata, postures), Rules (groups, data classes, prohibited uses, review
// tiers, audit fields), Routing (which review tier a new use needs, and that tier's control),
// Sections (free Markdown with a rendered preview), Preview (the whole policy as readers see it)
// and History (approved versions, each readable as approved). On the Sections tab, Edit › Add and
// Delete add and delete sections.
class PolicyPage : public Page
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, RulesTab, RoutingTab, SectionsTab, PreviewTab, HistoryTab };

    explicit PolicyPage(QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    qint64 count() const override;
    void setStore(Store* store, QUndoStack* undoStack) override;
    void reload() override;

    bool canAdd() const override;
    bool canRemove() const override;
    void add() override;
    void remove() override;
    // The policy's review: a review of its governance object.
    bool canMarkReviewed() const override;
    void markReviewed() override;

    // Opens the approval dialog and, when confirmed, approves the policy as one command.
    void approve();

private:
    void updatePreview();

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QTabWidget* m_tabs = nullptr;
    PolicyDetailsForm* m_details = nullptr;
    PolicyRulesForm* m_rules = nullptr;
    RoutingCalculator* m_routing = nullptr;
    PolicySectionsEditor* m_sections = nullptr;
    QTextBrowser* m_preview = nullptr;
    PolicyHistoryView* m_history = nullptr;
};

} // namespace steward::ui
