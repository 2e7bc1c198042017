#include "cli/cliparse.h"

#include <QCoreApplication>

namespace steward::cli {
namespace {

// The translation context lupdate files these strings under (shared with cli.cpp).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::cli)
};

} // namespace

std::optional<QString> Parsed::option(const QString& name) const
{
    const auto it = options.find(name);
    return it == options.end() ? std::nullopt : std::optional<QString>(*it);
}

Parsed parse(const QStringList& args, const QStringList& valued, const QHash<QString, QString>& shortNames,
             const QStringList& flags)
{
    Parsed parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const auto longName = shortNames.constFind(args[i]);
        const QString arg = longName == shortNames.constEnd() ? args[i] : QStringLiteral("--") + *longName;
        if (arg == QLatin1String("--")) {
            parsed.positionals += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1)
                throw UsageError{Tr::tr("unknown option %1").arg(arg)};
            parsed.positionals.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (flags.contains(name)) {
            if (inlineValue)
                throw UsageError{Tr::tr("--%1 takes no value").arg(name)};
            if (parsed.flags.contains(name))
                throw UsageError{Tr::tr("--%1 is given twice").arg(name)};
            parsed.flags.append(name);
            continue;
        }
        if (!valued.contains(name))
            throw UsageError{Tr::tr("unknown option --%1").arg(name)};
        if (parsed.options.contains(name))
            throw UsageError{Tr::tr("--%1 is given twice").arg(name)};
        if (!inlineValue) {
            if (i + 1 >= args.size())
                throw UsageError{Tr::tr("--%1 needs a value").arg(name)};
            value = args[++i];
        }
        if (value.trimmed().isEmpty())
            throw UsageError{Tr::tr("--%1 needs a value").arg(name)};
        parsed.options.insert(name, value);
    }
    return parsed;
}

QString onePositional(const Parsed& parsed, const QString& what)
{
    if (parsed.positionals.isEmpty())
        throw UsageError{Tr::tr("missing %1").arg(what)};
    if (parsed.positionals.size() > 1)
        throw UsageError{Tr::tr("unexpected argument %1").arg(parsed.positionals[1])};
    if (parsed.positionals.front().trimmed().isEmpty())
        throw UsageError{Tr::tr("%1 must not be empty").arg(what)};
    return parsed.positionals.front();
}

qint64 positiveNumber(const Parsed& parsed, const QString& name, qint64 fallback, qint64 maximum)
{
    const auto text = parsed.option(name);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < 0 || value > maximum)
        throw UsageError{
            Tr::tr("--%1 must be a whole number from 0 to %2, not \"%3\"").arg(name).arg(maximum).arg(*text)};
    return value;
}

void report(QTextStream& err, const QString& file, const QString& message)
{
    err << QStringLiteral("steward: %1: %2").arg(file, message) << Qt::endl;
}

} // namespace steward::cli
