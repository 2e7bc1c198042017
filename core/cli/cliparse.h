#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

// What the subcommands share: their arguments parsed, the usage error that ends them with exit 2,
// and the "steward: FILE: message" report on stderr.
namespace steward::cli {

// A mistake on the command line: printed with a hint to --help, exit status 2.
struct UsageError
{
    QString message;
};

// The arguments after the subcommand: positionals in order, options by name.
struct Parsed
{
    QStringList positionals;
    QHash<QString, QString> options;
    QStringList flags; // the options without a value that were given

    std::optional<QString> option(const QString& name) const;
    bool flag(const QString& name) const { return flags.contains(name); }
};

// Options listed in `valued` take a value ("--size 5" or "--size=5"); any other option is a usage
// error, and so is an option given twice or without its value. `shortNames` maps a short option to
// the long one it stands for ("-o" → "output"): "-o OUT" is then "--output OUT". Options listed in
// `flags` take no value ("--excel"); given a value, or twice, they are a usage error.
Parsed parse(const QStringList& args, const QStringList& valued, const QHash<QString, QString>& shortNames = {},
             const QStringList& flags = {});
// The only positional argument, named `what` in messages.
QString onePositional(const Parsed& parsed, const QString& what);
// --name as a whole number from 0 to maximum; `fallback` when not given.
qint64 positiveNumber(const Parsed& parsed, const QString& name, qint64 fallback, qint64 maximum);
// "steward: FILE: message" on err.
void report(QTextStream& err, const QString& file, const QString& message);

} // namespace steward::cli
