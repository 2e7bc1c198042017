// The steward executable: a command-line subcommand, or the editor.
#include "cli/cli.h"
#include "editor/editorapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

// The .qm files are embedded under :/i18n by qt_add_translations.
void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/steward_en")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (steward::cli::isCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("steward"));
        installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return steward::cli::run(args, out, err);
    }
#ifdef Q_OS_LINUX
    // Without a display Qt would abort; say what happened and where the command line is.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("steward: no display to open the editor on (DISPLAY is not set); "
                   "the command line is described by steward --help\n",
                   stderr);
        return steward::cli::UsageOrIoError;
    }
#endif
    QApplication app(argc, argv);
    steward::ui::prepareApplication(app);
    return steward::ui::runEditor(args);
}
