#pragma once

#include "domain/types.h"

#include <QHash>
#include <QStringList>
#include <vector>

// Internal to the CSV, Markdown and HTML exports: the names rows refer to each other by, looked up
// by id once per export (a row names people, connectors and skills, never the file's ids).
namespace steward::exports {

class Names
{
public:
    Names() = default;
    explicit Names(const std::vector<NamedId>& rows);

    // The name, or "" for nobody / nothing (and for an id that names no row).
    QString name(Id id) const { return m_names.value(id); }
    bool contains(Id id) const { return m_names.contains(id); }
    // The names of the ids that name a row, in the given order.
    QStringList names(const std::vector<Id>& ids) const;

private:
    QHash<Id, QString> m_names;
};

} // namespace steward::exports
