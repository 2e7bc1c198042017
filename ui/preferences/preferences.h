#pragma once

#include <QString>

namespace steward::ui {

// The editor's own preferences, kept in QSettings (they belong to the user, not to an inventory:
// the review settings, which everyone reading a file must share, live in the file itself).
struct Preferences
{
    // The keys, for code that reads one preference where it is used (the forum mode's font).
    static const QString actorKey;          // audit/actor: the name the audit trail records
    static const QString languageKey;       // ui/language: "de", "fr"…; empty: the system's
    static const QString forumFontScaleKey; // forum/fontScale: the forum mode's text size
    static const QString trayKey;           // notifications/tray: the tray's review reminders

    static constexpr double minForumFontScale = 0.5;
    static constexpr double maxForumFontScale = 2.5; // as forum mode (ForumModeWindow::maxScale)

    QString actor; // empty: Store::defaultActor() ($STEWARD_ACTOR, then the account's name)
    QString language;
    double forumFontScale = 1.0;
    bool trayNotifications = true;

    static Preferences load();
    void save() const;

    bool operator==(const Preferences&) const = default;
};

} // namespace steward::ui
