// libFuzzer target: the policy-config importer of seed 000's shape (steward import --format policy-json).
#include "fuzzsupport.h"
#include "import/policyjsonimport.h"
#include "importcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    steward::fuzz::initialise();
    const QByteArray text = steward::fuzz::bytes(data, size);
    auto store = steward::fuzz::pristineStore();
    steward::fuzz::checkImport([&](steward::Store& s) { return steward::imports::importPolicyJson(s, text); }, *store);
    return 0;
}
