#include "export/inventoryobject.h"

#include <QCoreApplication>
#include <array>
#include <vector>

namespace steward {
namespace {

struct Entry
{
    InventoryObject object;
    const char* key;
    const char* title;
};

// QT_TRANSLATE_NOOP marks the titles for lupdate; objectTitle translates them.
constexpr std::array<Entry, 10> entries{{
    {InventoryObject::Policy, "policy", QT_TRANSLATE_NOOP("steward::Export", "Acceptable-use policy")},
    {InventoryObject::Workspaces, "workspaces", QT_TRANSLATE_NOOP("steward::Export", "Workspaces")},
    {InventoryObject::Connectors, "connectors", QT_TRANSLATE_NOOP("steward::Export", "Connectors")},
    {InventoryObject::Skills, "skills", QT_TRANSLATE_NOOP("steward::Export", "Skills")},
    {InventoryObject::People, "people", QT_TRANSLATE_NOOP("steward::Export", "People")},
    {InventoryObject::Raci, "raci", QT_TRANSLATE_NOOP("steward::Export", "RACI matrix")},
    {InventoryObject::Requests, "requests", QT_TRANSLATE_NOOP("steward::Export", "Requests")},
    {InventoryObject::Incidents, "incidents", QT_TRANSLATE_NOOP("steward::Export", "Incidents")},
    {InventoryObject::Reviews, "reviews", QT_TRANSLATE_NOOP("steward::Export", "Reviews")},
    {InventoryObject::Audit, "audit", QT_TRANSLATE_NOOP("steward::Export", "Audit trail")},
}};

const Entry& entryOf(InventoryObject object)
{
    for (const Entry& entry : entries) {
        if (entry.object == object)
            return entry;
    }
    return entries.front();
}

} // namespace

QString objectKey(InventoryObject object)
{
    return QString::fromLatin1(entryOf(object).key);
}

std::optional<InventoryObject> parseObject(const QString& text)
{
    for (const Entry& entry : entries) {
        if (text.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.object;
    }
    return std::nullopt;
}

QStringList objectKeys()
{
    QStringList keys;
    for (const Entry& entry : entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

QString objectTitle(InventoryObject object)
{
    return QCoreApplication::translate("steward::Export", entryOf(object).title);
}

const std::vector<InventoryObject>& documentObjects()
{
    static const std::vector<InventoryObject> objects{
        InventoryObject::Policy,   InventoryObject::Workspaces, InventoryObject::Connectors,
        InventoryObject::Skills,   InventoryObject::People,     InventoryObject::Raci,
        InventoryObject::Requests, InventoryObject::Incidents,  InventoryObject::Reviews};
    return objects;
}

} // namespace steward
