#pragma once

#include "domain/types.h"

#include <QListWidget>
#include <utility>

namespace steward::ui {

// A multi-select picker: one checkable row per connector or skill of the inventory. Checking or
// unchecking a row reports the whole set of checked ids through edited(), for one command.
class LinksListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit LinksListWidget(QWidget* parent = nullptr);

    // Every pickable item (id, name) and the ids linked now; ids not among the items are kept.
    void setLinks(const std::vector<std::pair<Id, QString>>& items, const std::vector<Id>& linked);
    std::vector<Id> linkedIds() const { return m_linked; }
    void setEditable(bool editable);
    // Checks or unchecks the item with that id, as a click would.
    void setLinked(Id id, bool linked);

Q_SIGNALS:
    void edited(const std::vector<steward::Id>& ids);

private:
    void onItemChanged(QListWidgetItem* item);

    std::vector<Id> m_linked;
    bool m_editable = true;
    bool m_loading = false;
};

} // namespace steward::ui
