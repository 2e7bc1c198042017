// libFuzzer target: the inventory JSON importer (steward import --format json).
#include "fuzzsupport.h"
#include "import/jsonimport.h"
#include "importcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    steward::fuzz::initialise();
    const QByteArray text = steward::fuzz::bytes(data, size);
    auto store = steward::fuzz::pristineStore();
    steward::fuzz::checkImport([&](steward::Store& s) { return steward::imports::importInventoryJson(s, text); },
                               *store);
    return 0;
}
