#pragma once

#include "import/importreport.h"
#include "store/store.h"

#include <cstdlib>
#include <functional>

namespace steward::fuzz {

// Runs one import on a pristine inventory. Besides "never crash", the importers promise all or
// nothing: a refused input leaves the audit chain where it was, and an accepted one leaves a file
// that `steward verify` passes. A broken promise aborts, so libFuzzer keeps the input.
inline void checkImport(const std::function<imports::ImportReport(Store&)>& import, Store& store)
{
    const qint64 before = store.auditHead();
    const imports::ImportReport report = import(store);
    if (!report.ok() && store.auditHead() != before)
        std::abort();
    if (report.ok() && store.auditHead() != before && !store.verify().isEmpty())
        std::abort();
}

} // namespace steward::fuzz
