#include "export/exportnames.h"

namespace steward::exports {

Names::Names(const std::vector<NamedId>& rows)
{
    m_names.reserve(qsizetype(rows.size()));
    for (const NamedId& row : rows)
        m_names.insert(row.id, row.name);
}

QStringList Names::names(const std::vector<Id>& ids) const
{
    QStringList result;
    for (Id id : ids) {
        if (const auto it = m_names.constFind(id); it != m_names.constEnd())
            result.append(*it);
    }
    return result;
}

} // namespace steward::exports
