#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace steward::ui {

// Steward's application id, shared by the desktop file, the AppStream metainfo, the icon and the
// MIME type (packaging/linux/).
inline constexpr char applicationId[] = "io.github.steward_app.Steward";

// Before the first window: the names QSettings and the data folder derive from, the desktop
// file and icon the window system shows, and the translation the Preferences' language chooses.
void prepareApplication(QApplication& app);

// Opens the editor on FILE, or on the user's copy of the sample inventory when no file is
// given, and runs the event loop. A QApplication must exist.
int runEditor(const QStringList& args);

// The user's own copy of the sample inventory (made on first use); never a file in the build.
QString sampleInventoryPath();

} // namespace steward::ui
