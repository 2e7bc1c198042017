#pragma once

#include <QString>
#include <QStringList>

namespace steward::ui {

// Opens the editor on FILE, or on the user's copy of the sample inventory when no file is
// given, and runs the event loop. A QApplication must exist.
int runEditor(const QStringList& args);

// The user's own copy of the sample inventory (made on first use); never a file in the build.
QString sampleInventoryPath();

} // namespace steward::ui
