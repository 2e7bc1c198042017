#pragma once

#include <QStringList>
#include <QTextStream>

// The command-line interface: parsing, the subcommands and their exit codes. app/main.cpp hands
// over its arguments when isCommand() says they are not a request to open the editor.
namespace steward::cli {

enum Exit { Success = 0, ProblemsFound = 1, UsageOrIoError = 2 };

// Arguments without the program name. True for a subcommand, --help or --version; false for
// "steward" or "steward FILE" (the editor).
bool isCommand(const QStringList& args);

int run(const QStringList& args, QTextStream& out, QTextStream& err);

QString helpText();

} // namespace steward::cli
