#pragma once

#include <QString>
#include <vector>

class QCoreApplication;

namespace steward::ui {

// A language the editor can be shown in: one whose steward_CODE.qm is embedded under :/i18n by
// qt_add_translations (app/CMakeLists.txt). Adding translations/steward_CODE.ts there adds it.
struct Language
{
    QString code; // "en", "de", "pt_BR"
    QString name; // in the language itself: "Deutsch"
};

// The embedded languages, sorted by name.
std::vector<Language> embeddedLanguages();

// Installs the translation for `code` (the Preferences' language), or for the system's locale
// when `code` is empty or not embedded; English, the source language, needs only its plurals.
void installTranslations(QCoreApplication& app, const QString& code);

} // namespace steward::ui
