// libFuzzer target: the CSV importer (steward import --format csv --object NAME). The first byte
// chooses the object, the rest is the file.
#include "fuzzsupport.h"
#include "import/csvimport.h"
#include "importcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    using steward::InventoryObject;
    static const InventoryObject objects[] = {
        InventoryObject::Policy,   InventoryObject::Workspaces, InventoryObject::Connectors,
        InventoryObject::Skills,   InventoryObject::People,     InventoryObject::Raci,
        InventoryObject::Requests, InventoryObject::Incidents,  InventoryObject::Reviews};
    if (size == 0)
        return 0;
    steward::fuzz::initialise();
    const InventoryObject object = objects[data[0] % std::size(objects)];
    const QByteArray text = steward::fuzz::bytes(data + 1, size - 1);
    auto store = steward::fuzz::pristineStore();
    steward::fuzz::checkImport([&](steward::Store& s) { return steward::imports::importCsv(s, object, text); }, *store);
    return 0;
}
