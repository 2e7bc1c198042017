#include "editor/editorapp.h"

#include "editor/mainwindow.h"
#include "preferences/languages.h"
#include "preferences/preferences.h"
#include "store/store.h"
#include "templates/templates.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace steward::ui {
namespace {

// Steward 0.1 development builds kept their settings under "Steward/Steward".
const QString legacyOrganization = QStringLiteral("Steward");

// The first start under the application id takes over the settings an earlier build kept (the
// recent files, the window, the preferences), so nobody loses them to the rename.
void adoptLegacySettings()
{
    if (QCoreApplication::organizationName() == legacyOrganization)
        return;
    QSettings current;
    if (!current.allKeys().isEmpty())
        return;
    const QSettings legacy(legacyOrganization, QStringLiteral("Steward"));
    const QStringList keys = legacy.allKeys();
    for (const QString& key : keys)
        current.setValue(key, legacy.value(key));
}

} // namespace

QString sampleInventoryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("sample.steward"));
    if (QFileInfo::exists(path))
        return path;
    // Built under another name and renamed when complete, so an interrupted first start never
    // leaves a half-filled file that later starts would take for the sample.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        auto store = Store::create(partial);
        templates::fillSample(*store, QDate::currentDate());
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw StoreError(QApplication::translate("steward::ui", "Cannot save the sample inventory at %1.").arg(path));
    }
    return path;
}

void prepareApplication(QApplication& app)
{
    // The settings follow the application id: ~/.config/io.github.steward_app/Steward.conf, and the
    // data (the sample inventory) ~/.local/share/io.github.steward_app/Steward/.
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setOrganizationName(QStringLiteral("io.github.steward_app"));
    QApplication::setOrganizationDomain(QStringLiteral("steward_app.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    adoptLegacySettings();
    const QString id = QString::fromLatin1(applicationId);
    QApplication::setDesktopFileName(id);
    // The installed theme's icon where there is one (its PNG sizes are sharper when small).
    QApplication::setWindowIcon(QIcon::fromTheme(id, QIcon(QStringLiteral(":/icons/steward.svg"))));
    installTranslations(app, Preferences::load().language);
}

int runEditor(const QStringList& args)
{
    if (QApplication::applicationVersion().isEmpty())
        QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    MainWindow window;
    QString path;
    if (args.isEmpty()) {
        try {
            path = sampleInventoryPath();
        } catch (const std::exception& e) {
            QMessageBox::critical(nullptr, QApplication::translate("steward::ui", "Steward"),
                                  QApplication::translate("steward::ui", "Cannot prepare the sample inventory: %1")
                                      .arg(QString::fromUtf8(e.what())));
        }
    } else {
        path = args.front();
    }
    window.show();
    if (!path.isEmpty())
        window.openFile(path);
    return QApplication::exec();
}

} // namespace steward::ui
