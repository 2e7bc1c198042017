#include "forum/linkchoicesmodel.h"

namespace steward::ui {

LinkChoicesModel::LinkChoicesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void LinkChoicesModel::setChoices(const QString& none, std::vector<std::pair<Id, QString>> choices)
{
    beginResetModel();
    m_none = none;
    m_choices = std::move(choices);
    endResetModel();
}

int LinkChoicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size()) + 1;
}

QVariant LinkChoicesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const bool none = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return none ? m_none : m_choices[std::size_t(index.row() - 1)].second;
    case Qt::UserRole:
        return QVariant::fromValue(none ? Id(0) : m_choices[std::size_t(index.row() - 1)].first);
    default:
        return {};
    }
}

} // namespace steward::ui
