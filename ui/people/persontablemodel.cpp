#include "people/persontablemodel.h"

#include "store/store.h"

#include <algorithm>
#include <limits>

namespace steward::ui {

PersonTableModel::PersonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PersonTableModel::setStore(Store* store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_atEnd = store == nullptr;
    endResetModel();
    if (canFetchMore())
        fetchMore();
}

void PersonTableModel::reload()
{
    const size_t wanted = std::max<size_t>(m_rows.size(), PageSize);
    // Read first, reset after: a store error leaves the model as it was, not half reset.
    std::vector<Person> rows;
    bool atEnd = m_store == nullptr;
    while (!atEnd && rows.size() < wanted) {
        std::vector<Person> page = m_store->personPage(rows.empty() ? 0 : rows.back().id, PageSize);
        atEnd = page.size() < size_t(PageSize);
        rows.insert(rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    }
    beginResetModel(); // one reset rather than a reset plus inserts: the view and proxy rebuild once
    m_rows = std::move(rows);
    m_atEnd = atEnd;
    endResetModel();
}

std::vector<Person> PersonTableModel::nextPage() const
{
    const Id afterId = m_rows.empty() ? 0 : m_rows.back().id;
    return m_store->personPage(afterId, PageSize);
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    const Person* person = index.isValid() ? personAt(index.row()) : nullptr;
    if (!person)
        return {};
    if (role == IdRole)
        return person->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return person->name;
    case Title:
        return person->title;
    case Team:
        return person->team;
    case Email:
        return person->email;
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Team:
        return tr("Team");
    case Email:
        return tr("Email");
    default:
        return {};
    }
}

bool PersonTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PersonTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Person> page = nextPage();
    m_atEnd = page.size() < size_t(PageSize);
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

void PersonTableModel::fetchAll()
{
    if (!canFetchMore())
        return;
    std::vector<Person> rest =
        m_store->personPage(m_rows.empty() ? 0 : m_rows.back().id, std::numeric_limits<int>::max());
    m_atEnd = true;
    if (rest.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rest.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
    endInsertRows();
}

const Person* PersonTableModel::personAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int PersonTableModel::rowOf(Id id) const
{
    // Rows are in id order, so a binary search finds one among 100k without a hash to maintain.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const Person& p, Id v) { return p.id < v; });
    return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
}

int PersonTableModel::ensureLoaded(Id id)
{
    while (id > 0 && canFetchMore() && (m_rows.empty() || m_rows.back().id < id))
        fetchMore();
    return rowOf(id);
}

} // namespace steward::ui
