#include "editor/editorapp.h"

#include "editor/mainwindow.h"
#include "store/store.h"
#include "templates/templates.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

namespace steward::ui {

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

int runEditor(const QStringList& args)
{
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("steward"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/steward.svg")));

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
