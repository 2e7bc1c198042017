#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>

// What every libFuzzer target shares: a Qt application object, a scratch directory on the first
// call, and a pristine sample inventory that each input starts from, so that a crash reproduces
// from its input alone and not from what earlier inputs imported.
namespace steward::fuzz {

void initialise();
// A fresh copy of the sample inventory, opened for writing.
std::unique_ptr<Store> pristineStore();
// A path in the scratch directory, the same for the same name.
QString scratchPath(const QString& name);
QByteArray bytes(const uint8_t* data, std::size_t size);

} // namespace steward::fuzz
