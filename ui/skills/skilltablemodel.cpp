#include "skills/skilltablemodel.h"

#include "store/store.h"

namespace steward::ui {
namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Intended use can run to paragraphs: the table shows its first line.
QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

SkillTableModel::SkillTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SkillTableModel::setStore(const Store* store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_atEnd = store == nullptr;
    loadPeople();
    if (m_store) {
        m_rows = fetchPage(0);
        m_atEnd = int(m_rows.size()) < PageSize;
    }
    endResetModel();
}

void SkillTableModel::reload()
{
    const std::size_t wanted = std::max<std::size_t>(m_rows.size(), PageSize);
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_store == nullptr;
    loadPeople();
    while (m_store && !m_atEnd && m_rows.size() < wanted) {
        std::vector<Skill> page = fetchPage(m_rows.empty() ? 0 : m_rows.back().id);
        m_atEnd = int(page.size()) < PageSize;
        std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    }
    endResetModel();
}

void SkillTableModel::loadPeople()
{
    m_people.clear();
    if (!m_store)
        return;
    for (const Person& person : m_store->people())
        m_people.insert(person.id, person.name);
}

std::vector<Skill> SkillTableModel::fetchPage(Id afterId) const
{
    return m_store->skillPage(afterId, PageSize);
}

int SkillTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkillTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SkillTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SkillTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::vector<Skill> page = fetchPage(m_rows.empty() ? 0 : m_rows.back().id);
    m_atEnd = int(page.size()) < PageSize;
    if (page.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

const Skill* SkillTableModel::skillAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int SkillTableModel::rowOf(Id id) const
{
    // Rows are in id order (keyset pages), so a binary search finds the row.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const Skill& skill, Id value) { return skill.id < value; });
    return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
}

QString SkillTableModel::personName(Id id) const
{
    return m_people.value(id);
}

QString SkillTableModel::text(const Skill& s, int column) const
{
    switch (column) {
    case Name:
        return s.name;
    case IntendedUse:
        return firstLine(s.intendedUse);
    case Status:
        return label(s.status);
    case Version:
        return s.version;
    case Owner:
        return personName(s.ownerId);
    case SkillMd:
        return s.hasSkillMd ? tr("Yes") : tr("No");
    case ConnectorCount:
        return QString::number(s.connectorIds.size());
    case VerifiedOn:
        return isoDate(s.verifiedOn);
    case LastReviewed:
        return isoDate(s.review.lastReviewedOn);
    default:
        return {};
    }
}

QVariant SkillTableModel::data(const QModelIndex& index, int role) const
{
    const Skill* s = index.isValid() ? skillAt(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*s, index.column());
    case Qt::ToolTipRole:
        return index.column() == IntendedUse ? s->intendedUse : text(*s, index.column());
    case Qt::EditRole:
        if (index.column() == ConnectorCount)
            return int(s->connectorIds.size());
        return text(*s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ConnectorCount || index.column() == SkillMd)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return s->id;
    default:
        return {};
    }
}

QVariant SkillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case IntendedUse:
        return tr("Intended use");
    case Status:
        return tr("Status");
    case Version:
        return tr("Version");
    case Owner:
        return tr("Owner");
    case SkillMd:
        return tr("SKILL.md");
    case ConnectorCount:
        return tr("Connectors");
    case VerifiedOn:
        return tr("Verified on");
    case LastReviewed:
        return tr("Last reviewed");
    default:
        return {};
    }
}

} // namespace steward::ui
