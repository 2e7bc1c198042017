#include "preferences/preferences.h"

#include <QSettings>
#include <algorithm>

namespace steward::ui {

const QString Preferences::actorKey = QStringLiteral("audit/actor");
const QString Preferences::languageKey = QStringLiteral("ui/language");
const QString Preferences::forumFontScaleKey = QStringLiteral("forum/fontScale");
const QString Preferences::trayKey = QStringLiteral("notifications/tray");

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    preferences.actor = settings.value(actorKey).toString().trimmed();
    preferences.language = settings.value(languageKey).toString();
    bool ok = false;
    const double scale = settings.value(forumFontScaleKey, 1.0).toDouble(&ok);
    // A hand-edited file may hold anything: keep to what the dialog offers.
    preferences.forumFontScale = ok ? std::clamp(scale, minForumFontScale, maxForumFontScale) : 1.0;
    preferences.trayNotifications = settings.value(trayKey, true).toBool();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(actorKey, actor.trimmed());
    settings.setValue(languageKey, language);
    settings.setValue(forumFontScaleKey, forumFontScale);
    settings.setValue(trayKey, trayNotifications);
}

} // namespace steward::ui
