// The steward executable: a command-line subcommand, or the editor.
#include "cli/cli.h"
#include "editor/editorapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (steward::cli::isCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("steward"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return steward::cli::run(args, out, err);
    }
    QApplication app(argc, argv);
    return steward::ui::runEditor(args);
}
