// The command line's front door: --help, --version, what counts as a command at all, usage
// errors, and the commands DESIGN.md names that are not implemented yet.
#include "cli/cli.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace steward;

namespace {

// Long enough for a loaded machine, short enough that an editor opened by mistake fails fast.
constexpr int quickTimeoutMs = 30'000;

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void help_data();
    void help();
    void version();
    void isCommand_data();
    void isCommand();
    void unknownCommandInProcess();
    void usageErrors_data();
    void usageErrors();
};

void TestCliUsage::help_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestCliUsage::help()
{
    QFETCH(QString, flag);
    const auto result = test::runSteward({flag}, QString(), quickTimeoutMs);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    // Every available subcommand with its arguments, so a user can work from --help alone.
    for (const QString& expected :
         {QStringLiteral("steward new FILE [--template seed|empty|sample]"), QStringLiteral("steward verify FILE"),
          QStringLiteral("steward lint FILE [--format text|json]"),
          QStringLiteral("steward demo FILE --size N [--seed S]"), QStringLiteral("--actor NAME"),
          QStringLiteral("steward --help | --version")})
        QVERIFY2(result.out.contains(expected), qPrintable(expected));
    // The exit-code convention scripts rely on.
    QVERIFY2(result.out.contains(QStringLiteral("Exit status: 0 success, 1 the check found problems (lint: errors), "
                                                "2 usage, input or\nI/O error.")),
             qPrintable(result.out));
    QVERIFY(result.out.endsWith(QLatin1Char('\n')));
}

void TestCliUsage::version()
{
    const auto result = test::runSteward({QStringLiteral("--version")}, QString(), quickTimeoutMs);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("steward " STEWARD_VERSION "\n"));
    // The form packagers and bug reports parse, whatever the version is.
    QVERIFY(QRegularExpression(QStringLiteral("^steward \\d+\\.\\d+\\.\\d+\\n$")).match(result.out).hasMatch());
}

// "steward" and "steward FILE" open the editor; the test cannot run that headless, so it checks
// main()'s routing decision directly instead of launching a window.
void TestCliUsage::isCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("command");
    QTest::newRow("no arguments") << QStringList() << false;
    QTest::newRow("a file") << QStringList{QStringLiteral("inventory.steward")} << false;
    QTest::newRow("a path") << QStringList{QStringLiteral("/tmp/x/inventory.steward")} << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << true;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << true;
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("x.steward")} << true;
    QTest::newRow("verify") << QStringList{QStringLiteral("verify")} << true;
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")} << true;
    QTest::newRow("export alone") << QStringList{QStringLiteral("export")} << true;
    QTest::newRow("import") << QStringList{QStringLiteral("import")} << true;
    QTest::newRow("lint") << QStringList{QStringLiteral("lint")} << true;
    QTest::newRow("reconcile") << QStringList{QStringLiteral("reconcile")} << true;
    QTest::newRow("a mistyped command and a file")
        << QStringList{QStringLiteral("verfy"), QStringLiteral("x.steward")} << true;
    QTest::newRow("two files") << QStringList{QStringLiteral("a.steward"), QStringLiteral("b.steward")} << true;
    QTest::newRow("a word that is neither a file nor an inventory name") << QStringList{QStringLiteral("nwe")} << true;
}

void TestCliUsage::isCommand()
{
    QFETCH(QStringList, args);
    QFETCH(bool, command);
    QCOMPARE(cli::isCommand(args), command);
}

// The binary sends a mistyped command to cli::run too (see isCommand); here the message itself.
void TestCliUsage::unknownCommandInProcess()
{
    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(cli::run({QStringLiteral("frobnicate"), QStringLiteral("x.steward")}, outStream, errStream), 2);
    }
    QCOMPARE(out, QString());
    QCOMPARE(err, QStringLiteral("steward: unknown command frobnicate\nTry 'steward --help'.\n"));
}

void TestCliUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions"); // what the message must name so the user can fix it

    auto row = [](const char* name, std::initializer_list<QString> args, const QString& mentions) {
        QTest::newRow(name) << QStringList(args) << mentions;
    };
    const QString file = QStringLiteral("inv.steward");
    const QString n = QStringLiteral("--size");
    const QString five = QStringLiteral("5");

    row("unknown top-level option", {QStringLiteral("--frobnicate")}, QStringLiteral("--frobnicate"));
    row("mistyped command", {QStringLiteral("verfy"), file}, QStringLiteral("unknown command verfy"));
    row("two files for the editor", {file, QStringLiteral("other.steward")}, QStringLiteral("one file at a time"));
    row("--version with an argument", {QStringLiteral("--version"), file}, QStringLiteral("takes no arguments"));
    row("--help with an option", {QStringLiteral("--help"), QStringLiteral("--bogus")},
        QStringLiteral("takes no arguments"));
    row("new: empty FILE", {QStringLiteral("new"), QString()}, QStringLiteral("FILE must not be empty"));
    row("new: empty --actor", {QStringLiteral("new"), file, QStringLiteral("--actor"), QString()},
        QStringLiteral("--actor needs a value"));
    row("new: --template twice",
        {QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("seed"),
         QStringLiteral("--template"), QStringLiteral("empty")},
        QStringLiteral("--template is given twice"));
    row("demo: empty FILE", {QStringLiteral("demo"), QString(), n, five}, QStringLiteral("FILE must not be empty"));
    row("unknown top-level short option", {QStringLiteral("-x")}, QStringLiteral("-x"));
    row("new: unknown option", {QStringLiteral("new"), file, QStringLiteral("--bogus")},
        QStringLiteral("unknown option --bogus"));
    row("new: unknown short option", {QStringLiteral("new"), QStringLiteral("-q"), file},
        QStringLiteral("unknown option -q"));
    row("verify: option of another command", {QStringLiteral("verify"), file, QStringLiteral("--template=seed")},
        QStringLiteral("unknown option --template"));
    row("demo: unknown option",
        {QStringLiteral("demo"), file, n, five, QStringLiteral("--colour"), QStringLiteral("red")},
        QStringLiteral("unknown option --colour"));
    row("new: missing FILE", {QStringLiteral("new")}, QStringLiteral("missing FILE"));
    row("new: only options", {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("empty")},
        QStringLiteral("missing FILE"));
    row("verify: missing FILE", {QStringLiteral("verify")}, QStringLiteral("missing FILE"));
    row("demo: missing FILE", {QStringLiteral("demo"), n, five}, QStringLiteral("missing FILE"));
    row("verify: two files", {QStringLiteral("verify"), file, QStringLiteral("other.steward")},
        QStringLiteral("unexpected argument other.steward"));
    row("new: two files", {QStringLiteral("new"), file, QStringLiteral("other.steward")},
        QStringLiteral("unexpected argument other.steward"));
    row("demo: no --size", {QStringLiteral("demo"), file}, QStringLiteral("--size"));
    row("demo: --size without value", {QStringLiteral("demo"), file, n}, QStringLiteral("--size needs a value"));
    row("demo: --size not a number", {QStringLiteral("demo"), file, n, QStringLiteral("lots")},
        QStringLiteral("\"lots\""));
    row("demo: --size negative", {QStringLiteral("demo"), file, n, QStringLiteral("-5")}, QStringLiteral("\"-5\""));
    row("demo: --size fraction", {QStringLiteral("demo"), file, n, QStringLiteral("1.5")}, QStringLiteral("\"1.5\""));
    row("demo: --size= empty", {QStringLiteral("demo"), file, QStringLiteral("--size=")}, QStringLiteral("--size"));
    row("demo: --size too large", {QStringLiteral("demo"), file, n, QStringLiteral("99999999999")},
        QStringLiteral("\"99999999999\""));
    row("demo: --seed not a number",
        {QStringLiteral("demo"), file, n, five, QStringLiteral("--seed"), QStringLiteral("banana")},
        QStringLiteral("\"banana\""));
    row("demo: --seed beyond 32 bits", {QStringLiteral("demo"), file, n, five, QStringLiteral("--seed=4294967296")},
        QStringLiteral("\"4294967296\""));
    row("new: bad --template", {QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("fancy")},
        QStringLiteral("\"fancy\""));
    row("new: --template is case-sensitive", {QStringLiteral("new"), file, QStringLiteral("--template=SEED")},
        QStringLiteral("\"SEED\""));
    row("new: --template without value", {QStringLiteral("new"), file, QStringLiteral("--template")},
        QStringLiteral("--template needs a value"));
    row("new: --actor without value", {QStringLiteral("new"), file, QStringLiteral("--actor")},
        QStringLiteral("--actor needs a value"));
}

void TestCliUsage::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const auto dir = test::makeTempDir();
    const auto result = test::runSteward(args, dir->path(), quickTimeoutMs);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'));
    // One line naming the problem, one pointing at --help, and the final newline.
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("steward: ")), describe(result));
    QVERIFY2(lines[0].contains(mentions), describe(result));
    QCOMPARE(lines[1], QStringLiteral("Try 'steward --help'."));
    QCOMPARE(lines[2], QString());
    // A usage error is caught before anything touches the disk.
    QCOMPARE(test::dirEntries(dir->path()), QStringList());
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
