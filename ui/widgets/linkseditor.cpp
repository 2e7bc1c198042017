#include "widgets/linkseditor.h"

#include "widgets/collatingfilterproxy.h"

#include <QCollator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <algorithm>

namespace steward::ui {
namespace {

constexpr int NamesInSummary = 4;

} // namespace

LinksModel::LinksModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void LinksModel::setItems(std::vector<NamedId> items, const std::vector<Id>& linked)
{
    const QCollator collator = displayCollator();
    std::sort(items.begin(), items.end(),
              [&](const NamedId& a, const NamedId& b) { return collator.compare(a.name, b.name) < 0; });
    beginResetModel();
    m_items = std::move(items);
    m_linked = QSet<Id>(linked.begin(), linked.end());
    endResetModel();
}

void LinksModel::setLinked(const std::vector<Id>& linked)
{
    m_linked = QSet<Id>(linked.begin(), linked.end());
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

void LinksModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int LinksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant LinksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const NamedId& item = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return item.name;
    case Qt::CheckStateRole:
        return m_linked.contains(item.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

bool LinksModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !m_editable)
        return false;
    const Id id = m_items[std::size_t(index.row())].id;
    const bool linked = value.toInt() == Qt::Checked;
    if (linked == m_linked.contains(id))
        return false;
    if (linked)
        m_linked.insert(id);
    else
        m_linked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT toggled(id, linked);
    return true;
}

Qt::ItemFlags LinksModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return m_editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                      : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

LinksEditor::LinksEditor(const QString& noun, QWidget* parent)
    : QWidget(parent)
    , m_noun(noun)
    , m_model(new LinksModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("linksFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter %1…").arg(noun));
    m_filter->setAccessibleName(tr("Filter %1").arg(noun));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("linksListView"));
    m_view->setAccessibleName(tr("Linked %1").arg(noun));
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true); // no per-row measuring of thousands of rows
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMinimumHeight(90);
    m_view->setMaximumHeight(160);
    m_summary->setObjectName(QStringLiteral("linksSummaryLabel"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &LinksModel::toggled, this, &LinksEditor::onToggled);
}

void LinksEditor::setLinks(const std::vector<NamedId>& items, const std::vector<Id>& linked)
{
    m_linked = linked;
    // Only a different list of items resets the view (and its scroll position); a reload after a
    // click changes the checks alone.
    if (items == m_items) {
        m_model->setLinked(linked);
    } else {
        m_items = items;
        m_model->setItems(items, linked);
    }
    updateSummary();
}

void LinksEditor::setEditable(bool editable)
{
    m_model->setEditable(editable);
    m_filter->setEnabled(true); // reading through a long list is still useful in a read-only file
}

void LinksEditor::setLinked(Id id, bool linked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(LinksModel::IdRole).value<Id>() == id)
            m_model->setData(index, linked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

int LinksEditor::shownCount() const
{
    return m_proxy->rowCount();
}

int LinksEditor::shownRowOf(Id id) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(LinksModel::IdRole).value<Id>() == id)
            return row;
    }
    return -1;
}

void LinksEditor::onToggled(Id id, bool linked)
{
    std::vector<Id> ids = m_linked;
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    if (linked)
        ids.push_back(id);
    if (ids != m_linked)
        Q_EMIT edited(ids);
}

void LinksEditor::updateSummary()
{
    QStringList names;
    for (const NamedId& item : m_items) {
        if (std::find(m_linked.begin(), m_linked.end(), item.id) != m_linked.end())
            names.append(item.name);
    }
    if (names.isEmpty()) {
        m_summary->setText(tr("No %1 linked.").arg(m_noun));
        return;
    }
    const int total = int(names.size());
    if (total > NamesInSummary)
        names = names.mid(0, NamesInSummary) << tr("%1 more").arg(total - NamesInSummary);
    m_summary->setText(tr("Linked (%1): %2").arg(total).arg(names.join(QStringLiteral(", "))));
}

} // namespace steward::ui
