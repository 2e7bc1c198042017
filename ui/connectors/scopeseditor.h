#pragma once

#include "domain/types.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace steward::ui {

// The OAuth scopes of one connector: scope string, read or write, and why it is needed. Every
// change the user makes is reported by edited() with the whole list, for one undoable command.
class ScopesEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { ScopeColumn, ModeColumn, JustificationColumn };

    explicit ScopesEditor(QWidget* parent = nullptr);

    // force: redraw even if unchanged (after the store refused what a cell shows).
    void setScopes(const std::vector<OAuthScope>& scopes, bool force = false);
    std::vector<OAuthScope> scopes() const { return m_scopes; }
    void setEditable(bool editable);
    QTableWidget* table() const { return m_table; }

    // Adds a scope as if the user had typed it in the add dialog (for the add button and tests).
    void addScope(const QString& scope);
    void removeCurrentScope();

Q_SIGNALS:
    void edited(const std::vector<steward::OAuthScope>& scopes);

private:
    void onItemChanged(QTableWidgetItem* item);
    void onModeChosen(int row, int index);
    void askForScope();
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    std::vector<OAuthScope> m_scopes;
    bool m_editable = true;
    bool m_loading = false;
};

} // namespace steward::ui
