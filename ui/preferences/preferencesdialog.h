#pragma once

#include "domain/types.h"
#include "preferences/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QUndoStack;

namespace steward {
class Store;
}

namespace steward::ui {

// Edit › Preferences: the user's preferences (QSettings) and, in a group of its own, the open
// inventory's review settings, which belong to the file and so to everyone who uses it; the
// Reviews page edits the same two. OK saves the preferences, gives the store the actor and
// changes the review settings as one undoable step.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` may be null (no file open) or read-only: the inventory's group is disabled then.
    PreferencesDialog(Store* store, QUndoStack* undoStack, QWidget* parent = nullptr);

    Preferences preferences() const;
    void accept() override;

private:
    QGroupBox* makeUserGroup();
    QGroupBox* makeInventoryGroup();
    bool applyReviewSettings();

    Store* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QLineEdit* m_actor = nullptr;
    QComboBox* m_language = nullptr;
    QDoubleSpinBox* m_forumFontScale = nullptr;
    QCheckBox* m_tray = nullptr;
    QSpinBox* m_dueSoonDays = nullptr;
    QSpinBox* m_pilotWeeks = nullptr;
    ReviewSettings m_reviewSettings;
};

} // namespace steward::ui
