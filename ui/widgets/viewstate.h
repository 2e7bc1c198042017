#pragma once

class QSettings;
class QString;
class QWidget;

namespace steward::ui {

// The layout a user gives a page — where its splitters sit, how wide and in what order its table
// columns are, which column sorts — kept in QSettings under `group`, one key per named splitter
// and table. Widgets without an object name are not kept: a name is what finds them again.
// A splitter or header never shown in a session saves back what it restored.
void saveViewState(const QWidget* root, QSettings& settings, const QString& group);
void restoreViewState(QWidget* root, const QSettings& settings, const QString& group);

} // namespace steward::ui
