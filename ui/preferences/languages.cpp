#include "preferences/languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>

namespace steward::ui {
namespace {

const QString folder = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("steward_");

} // namespace

std::vector<Language> embeddedLanguages()
{
    std::vector<Language> languages;
    const QStringList files = QDir(folder).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(prefix.size()).chopped(3);
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        // Qt names a language by its main country's variety ("American English"); a file
        // without a country is the language as such.
        if (locale.language() == QLocale::English && !code.contains(QLatin1Char('_')))
            name = QLocale::languageToString(QLocale::English);
        if (name.isEmpty())
            name = code;
        // "english" in some locales' data: a menu entry starts with a capital.
        name[0] = name[0].toUpper();
        languages.push_back({code, name});
    }
    std::sort(languages.begin(), languages.end(),
              [](const Language& a, const Language& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return languages;
}

void installTranslations(QCoreApplication& app, const QString& code)
{
    auto* translator = new QTranslator(&app);
    const QString chosen = folder + QLatin1Char('/') + prefix + code;
    const bool chosenLoaded = !code.isEmpty() && translator->load(chosen);
    if (chosenLoaded)
        QLocale::setDefault(QLocale(code)); // dates and numbers in the chosen language too
    const bool loaded = chosenLoaded ||
                        translator->load(QLocale(), QStringLiteral("steward"), QStringLiteral("_"), folder) ||
                        translator->load(folder + QStringLiteral("/steward_en"));
    if (loaded)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    // Qt's own words (the buttons of standard dialogs), where the system has them installed.
    auto* qt = new QTranslator(&app);
    const QLocale locale = chosenLoaded ? QLocale(code) : QLocale();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace steward::ui
