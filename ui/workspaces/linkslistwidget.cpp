#include "workspaces/linkslistwidget.h"

#include <algorithm>

namespace steward::ui {

LinksListWidget::LinksListWidget(QWidget* parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumHeight(90);
    setMaximumHeight(160);
    connect(this, &QListWidget::itemChanged, this, &LinksListWidget::onItemChanged);
}

void LinksListWidget::setLinks(const std::vector<std::pair<Id, QString>>& items, const std::vector<Id>& linked)
{
    m_loading = true;
    const int current = currentRow();
    m_linked = linked;
    // Rows are updated in place: this may run inside itemChanged of one of them.
    while (count() > int(items.size()))
        delete takeItem(count() - 1);
    for (int row = 0; row < int(items.size()); ++row) {
        const auto& [id, name] = items[std::size_t(row)];
        QListWidgetItem* it = row < count() ? item(row) : new QListWidgetItem(this);
        it->setText(name);
        it->setData(Qt::UserRole, id);
        it->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const bool checked = std::find(linked.begin(), linked.end(), id) != linked.end();
        it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    if (current >= 0 && current < count())
        setCurrentRow(current);
    m_loading = false;
}

void LinksListWidget::setEditable(bool editable)
{
    m_editable = editable;
    m_loading = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* it = item(row);
        it->setFlags(editable ? it->flags() | Qt::ItemIsUserCheckable : it->flags() & ~Qt::ItemIsUserCheckable);
    }
    m_loading = false;
}

void LinksListWidget::setLinked(Id id, bool linked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).value<Id>() == id)
            item(row)->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
}

void LinksListWidget::onItemChanged(QListWidgetItem* changed)
{
    if (m_loading || !m_editable)
        return;
    const Id id = changed->data(Qt::UserRole).value<Id>();
    std::vector<Id> ids = m_linked;
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    if (changed->checkState() == Qt::Checked)
        ids.push_back(id);
    if (ids != m_linked)
        Q_EMIT edited(ids);
}

} // namespace steward::ui
