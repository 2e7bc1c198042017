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
    : PagedTableModel<Skill>(parent)
{
}

void SkillTableModel::loadNames()
{
    m_people.clear();
    if (!m_store)
        return;
    for (const NamedId& person : m_store->personNames())
        m_people.insert(person.id, person.name);
}

std::vector<Skill> SkillTableModel::fetchPage(Id afterId, int limit) const
{
    return m_store->skillPage(afterId, limit);
}

int SkillTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
