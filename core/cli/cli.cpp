#include "cli/cli.h"

#include "cli/cliparse.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/reconcilecommand.h"
#include "export/lintreport.h"
#include "rules/findings.h"
#include "store/store.h"
#include "templates/templates.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <optional>

namespace steward::cli {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::cli)
};

const QStringList& availableCommands()
{
    static const QStringList commands{QStringLiteral("new"),       QStringLiteral("verify"), QStringLiteral("lint"),
                                      QStringLiteral("demo"),      QStringLiteral("export"), QStringLiteral("import"),
                                      QStringLiteral("reconcile"), QStringLiteral("help")};
    return commands;
}

// Named in DESIGN.md's command line and arriving with later releases: recognised, so that
// "steward COMMAND x.steward" is never mistaken for opening a file called COMMAND. None is left.
const QStringList& laterCommands()
{
    static const QStringList commands;
    return commands;
}

int commandNew(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(args, {QStringLiteral("template"), QStringLiteral("actor")});
    const QString file = onePositional(parsed, Tr::tr("FILE"));
    const QString templateName = parsed.option(QStringLiteral("template")).value_or(QStringLiteral("seed"));
    if (templateName != QLatin1String("seed") && templateName != QLatin1String("empty") &&
        templateName != QLatin1String("sample"))
        throw UsageError{Tr::tr("--template is seed, empty or sample, not \"%1\"").arg(templateName)};
    try {
        auto store = Store::create(file, parsed.option(QStringLiteral("actor")).value_or(QString()));
        if (templateName == QLatin1String("seed"))
            templates::fillSeed(*store);
        else if (templateName == QLatin1String("sample"))
            templates::fillSample(*store, QDate::currentDate());
        out << Tr::tr("Created %1 (%2 template).").arg(file, templateName) << Qt::endl;
        return Success;
    } catch (const OpenError& e) {
        report(err, file, e.message());
    } catch (const std::exception& e) { // StoreError, or anything unforeseen: no half-made file
        QFile::remove(file);
        report(err, file, QString::fromUtf8(e.what()));
    }
    return UsageOrIoError;
}

int commandVerify(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(args, {});
    const QString file = onePositional(parsed, Tr::tr("FILE"));
    try {
        auto store = Store::open(file, Store::Mode::ReadOnly);
        const QStringList problems = store->verify();
        for (const QString& problem : problems)
            out << QStringLiteral("%1: %2").arg(file, problem) << Qt::endl;
        if (!problems.isEmpty()) {
            report(err, file, Tr::tr("%n problem(s) found", nullptr, int(problems.size())));
            return ProblemsFound;
        }
        out << Tr::tr("%1: ok (integrity, audit chain of %2 entries, every row accounted for)")
                   .arg(file)
                   .arg(store->count(QStringLiteral("audit")))
            << Qt::endl;
        return Success;
    } catch (const OpenError& e) {
        // A damaged inventory is what verify looks for: a finding (exit 1), like tampering. A
        // file that is no inventory at all is an input error (exit 2).
        if (e.kind() == OpenErrorKind::Corrupt || e.kind() == OpenErrorKind::Interrupted) {
            out << QStringLiteral("%1: %2").arg(file, e.message()) << Qt::endl;
            report(err, file, Tr::tr("the file is damaged"));
            return ProblemsFound;
        }
        report(err, file, e.message());
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
    }
    return UsageOrIoError;
}

int commandLint(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(args, {QStringLiteral("format"), QStringLiteral("today")});
    const QString file = onePositional(parsed, Tr::tr("FILE"));
    const QString format = parsed.option(QStringLiteral("format")).value_or(QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        throw UsageError{Tr::tr("--format is text or json, not %1").arg(format)};
    rules::LintOptions options;
    if (const auto today = parsed.option(QStringLiteral("today"))) {
        options.today = QDate::fromString(*today, Qt::ISODate);
        if (!options.today.isValid())
            throw UsageError{Tr::tr("--today takes a date as YYYY-MM-DD, not %1").arg(*today)};
    }
    try {
        auto store = Store::open(file, Store::Mode::ReadOnly);
        // One read transaction: an editor committing meanwhile cannot give lint half of its change.
        store->beginSnapshot();
        const auto endRead = qScopeGuard([&store] { store->endSnapshot(); });
        const rules::LintInput input = rules::readLintInput(*store);
        const rules::LintResult result = rules::lint(input, options);
        if (format == QLatin1String("json"))
            out << QString::fromUtf8(lintJson(result, file, options.today));
        else
            out << lintText(result, file);
        out.flush();
        return result.count(FindingSeverity::Error) > 0 ? ProblemsFound : Success;
    } catch (const OpenError& e) {
        report(err, file, e.message());
    } catch (const std::exception& e) {
        report(err, file, QString::fromUtf8(e.what()));
    }
    return UsageOrIoError;
}

int commandDemo(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Parsed parsed = parse(args, {QStringLiteral("size"), QStringLiteral("seed"), QStringLiteral("actor")});
    const QString file = onePositional(parsed, Tr::tr("FILE"));
    if (!parsed.option(QStringLiteral("size")))
        throw UsageError{Tr::tr("demo needs --size N")};
    const qint64 size = positiveNumber(parsed, QStringLiteral("size"), 0, 10'000'000);
    const auto seed = quint32(positiveNumber(parsed, QStringLiteral("seed"), 1, 0xffffffff));
    try {
        QElapsedTimer timer;
        timer.start();
        auto store = Store::create(file, parsed.option(QStringLiteral("actor")).value_or(QString()));
        qint64 rows = 0;
        store->transaction([&] {
            templates::fillSeed(*store);
            rows = templates::fillDemo(*store, size, seed, QDate(2026, 6, 1));
        });
        out << Tr::tr("Wrote %1 rows to %2 in %3 ms.").arg(rows).arg(file).arg(timer.elapsed()) << Qt::endl;
        return Success;
    } catch (const OpenError& e) {
        report(err, file, e.message());
    } catch (const std::exception& e) { // StoreError, or anything unforeseen: no half-made file
        QFile::remove(file);
        report(err, file, QString::fromUtf8(e.what()));
    }
    return UsageOrIoError;
}

} // namespace

QString helpText()
{
    return Tr::tr("Usage: steward [FILE]\n"
                  "       steward COMMAND [ARGS]\n"
                  "\n"
                  "Keeps the governance of an AI-agent rollout (policy, workspaces, connectors, skills,\n"
                  "RACI, review cadences) in one local inventory file.\n"
                  "\n"
                  "  steward [FILE]                        open the editor (the sample inventory if none)\n"
                  "  steward new FILE [--template seed|empty|sample]\n"
                  "                                        create an inventory (default: seed)\n"
                  "  steward verify FILE                   integrity, audit-chain and tamper check\n"
                  "  steward lint FILE [--format text|json] [--today YYYY-MM-DD]\n"
                  "                                        the governance rules' findings and scorecard\n"
                  "  steward demo FILE --size N [--seed S] synthetic inventory of about N rows (at least\n"
                  "                                        about 100), the same for the same N and S\n"
                  "  steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]\n"
                  "                 [--today YYYY-MM-DD]   write the inventory in FORMAT to stdout or OUT\n"
                  "                                        (json: the whole inventory; policy-json: the\n"
                  "                                        policy config of seed 000; ics: every review due\n"
                  "                                        date as a recurring calendar event; markdown,\n"
                  "                                        html: every object, or the one --object names;\n"
                  "                                        csv: the one --object names, --excel with the\n"
                  "                                        byte-order mark Excel needs; claude-managed-\n"
                  "                                        settings [--managed-only], claude-managed-mcp:\n"
                  "                                        Claude Code's allow/deny-lists and server set\n"
                  "                                        from the approved connectors)\n"
                  "  steward import FILE --format json|policy-json [--actor NAME] INPUT\n"
                  "  steward import FILE --format csv --object NAME [--actor NAME] INPUT\n"
                  "                                        merge INPUT (- for stdin) into the inventory, all\n"
                  "                                        or nothing; the report on stdout\n"
                  "  steward reconcile FILE CONFIG... [--format text|json]\n"
                  "                                        the deployed Claude configuration (.mcp.json,\n"
                  "                                        managed-mcp.json, claude_desktop_config.json,\n"
                  "                                        managed-settings.json) against the inventory\n"
                  "  steward --help | --version\n"
                  "\n"
                  "Options:\n"
                  "  --actor NAME   (new, demo, import) the name the audit trail records for the rows\n"
                  "                 written (default: $STEWARD_ACTOR, then the operating-system user)\n"
                  "  --object NAME  (export, import) policy, workspaces, connectors, skills, people,\n"
                  "                 raci, requests, incidents, reviews; audit (export --format csv)\n"
                  "\n"
                  "Exit status: 0 success, 1 the check found problems (lint: errors), 2 usage, input or\n"
                  "I/O error. reconcile exits as lint does: 1 when a difference is an error.\n"
                  "Errors are printed to stderr as \"steward: FILE: message\"; import and reconcile name\n"
                  "the place in their input: \"steward: INPUT:LINE:COLUMN: message\".\n");
}

bool isCommand(const QStringList& args)
{
    if (args.isEmpty())
        return false;
    const QString& first = args.front();
    if (first.startsWith(QLatin1Char('-')) || availableCommands().contains(first) || laterCommands().contains(first))
        return true;
    // The editor takes one file. Anything else is a command line, so that a mistyped command
    // ("steward verfy x.steward") is a usage error rather than an editor opened on "verfy".
    if (args.size() > 1)
        return true;
    return !QFileInfo::exists(first) && !first.endsWith(QLatin1String(".steward"), Qt::CaseInsensitive);
}

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << helpText();
        return UsageOrIoError;
    }
    const QString command = args.front();
    const QStringList rest = args.mid(1);
    try {
        const bool help =
            command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help");
        if ((help || command == QLatin1String("--version")) && !rest.isEmpty())
            throw UsageError{Tr::tr("%1 takes no arguments").arg(command)};
        if (help) {
            out << helpText();
            return Success;
        }
        if (command == QLatin1String("--version")) {
            out << QStringLiteral("steward %1").arg(QStringLiteral(STEWARD_VERSION)) << Qt::endl;
            return Success;
        }
        if (command == QLatin1String("new"))
            return commandNew(rest, out, err);
        if (command == QLatin1String("verify"))
            return commandVerify(rest, out, err);
        if (command == QLatin1String("lint"))
            return commandLint(rest, out, err);
        if (command == QLatin1String("demo"))
            return commandDemo(rest, out, err);
        if (command == QLatin1String("export"))
            return commandExport(rest, out, err);
        if (command == QLatin1String("import"))
            return commandImport(rest, out, err);
        if (command == QLatin1String("reconcile"))
            return commandReconcile(rest, out, err);
        if (laterCommands().contains(command)) {
            err << Tr::tr("steward: %1: not available in Steward %2 yet; see steward --help")
                       .arg(command, QStringLiteral(STEWARD_VERSION))
                << Qt::endl;
            return UsageOrIoError;
        }
        if (command.startsWith(QLatin1Char('-')))
            throw UsageError{Tr::tr("unknown option %1").arg(command)};
        if (QFileInfo(command).isFile() || command.endsWith(QLatin1String(".steward"), Qt::CaseInsensitive))
            throw UsageError{Tr::tr("the editor opens one file at a time: steward FILE")};
        throw UsageError{Tr::tr("unknown command %1").arg(command)};
    } catch (const UsageError& e) {
        err << QStringLiteral("steward: %1\n").arg(e.message) << Tr::tr("Try 'steward --help'.") << Qt::endl;
        return UsageOrIoError;
    } catch (const std::exception& e) {
        // Anything unforeseen (out of memory, a library's exception) still ends as an error
        // message and exit status 2, never as an abort.
        err << Tr::tr("steward: %1: %2").arg(command, QString::fromUtf8(e.what())) << Qt::endl;
        return UsageOrIoError;
    }
}

} // namespace steward::cli
