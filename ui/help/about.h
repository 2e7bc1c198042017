#pragma once

#include <QString>

namespace steward {
class Store;
}

namespace steward::ui {

// The text of Help › About: the version, the licence, and the open file's schema version
// (with the one this build writes, so a support question can tell them apart).
QString aboutText(const Store* store);

} // namespace steward::ui
