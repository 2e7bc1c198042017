#include "forum/forumtablemodel.h"

#include "store/store.h"

namespace steward::ui {

void ForumTableModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

int ForumTableModel::rowOf(Id id) const
{
    for (int row = 0; row < size(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

int ForumTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

QString ForumTableModel::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void ForumTableModel::readPersonNames(const std::vector<Id>& ids)
{
    m_personNames.clear();
    if (!m_store)
        return;
    // Past a few dozen people one read of the directory is cheaper than a read per person
    // (thousands of requests name thousands of people in a large inventory).
    if (ids.size() > LookupLimit) {
        for (const NamedId& person : m_store->personNames())
            m_personNames.insert(person.id, person.name);
        return;
    }
    for (Id id : ids) {
        if (id == 0 || m_personNames.contains(id))
            continue;
        const std::optional<Person> person = m_store->person(id);
        m_personNames.insert(id, person ? person->name : QString());
    }
}

} // namespace steward::ui
