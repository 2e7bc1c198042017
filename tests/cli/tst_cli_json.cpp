// steward export --format json|policy-json and steward import: the export checked against the
// shipped JSON Schema by a real validator (python3-jsonschema), round trips through the command
// line, the report, and every refused input: exit 2, "steward: INPUT:LINE:COLUMN: message" on
// stderr, and the inventory file byte for byte as it was, with nothing left beside it.
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace steward;

class TestCliJson : public QObject
{
    Q_OBJECT

private slots:
    void exportToStdoutOrFile_data();
    void exportToStdoutOrFile();
    void exportFollowsTheSchema_data();
    void exportFollowsTheSchema();
    void schemaRefusesWhatItDoesNotDescribe();
    void roundTripThroughTheCommandLine();
    void ownExportLeavesTheFileAsItWas();
    void seedExample();
    void inputFromStdin();
    void refusedInput_data();
    void refusedInput();
    void unreadableInput_data();
    void unreadableInput();
    void inputTooLarge();
    void inventoryProblems_data();
    void inventoryProblems();
    void inventoryOpenInTheEditor();
    void usageErrors_data();
    void usageErrors();
    void csvNeedsAnObject();
    void helpListsImport();
};

namespace {

const QString Schema = QStringLiteral(STEWARD_FIXTURES_DIR "/../../resources/schema/inventory.schema.json");

// Seed 000's policy config, as the post prints it.
const QByteArray SeedExample = R"({
"connectors": {
"crm": { "access": "read-write", "tier": 3, "approved_by": "VP Ops" },
"knowledge_base":{ "access": "read-only", "tier": 1, "approved_by": "Team Lead" },
"billing": { "access": "read-only", "tier": 3, "approved_by": "Finance" }
},
"review_tiers": {
"1": { "rule": "internal, non-sensitive", "control": "spot-check" },
"2": { "rule": "leaves org, non-sensitive", "control": "named-reviewer" },
"3": { "rule": "sensitive-data or system-write", "control": "dual-review + audit" }
},
"prohibited": [
"auto-send external commitments without review",
"connector scope expansion without re-approval",
"PII export to unapproved destinations"
],
"audit": { "log": ["actor", "connector", "data_scope", "approver", "output_hash"] }
}
)";

QString make(const QTemporaryDir& dir, const QString& kind)
{
    const QString path = dir.filePath(kind + QStringLiteral(".steward"));
    const auto made =
        kind == QLatin1String("demo")
            ? test::runSteward({QStringLiteral("demo"), path, QStringLiteral("--size"), QStringLiteral("2000")})
            : test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), kind});
    if (made.exitCode != 0)
        QTest::qFail(describe(made).constData(), __FILE__, __LINE__);
    return path;
}

test::CliResult exportJson(const QString& path, const QString& format = QStringLiteral("json"),
                           const QStringList& more = {})
{
    return test::runSteward(QStringList{QStringLiteral("export"), path, QStringLiteral("--format"), format} + more);
}

test::CliResult import(const QString& path, const QString& format, const QString& input, const QStringList& more = {})
{
    return test::runSteward(QStringList{QStringLiteral("import"), path, QStringLiteral("--format"), format} + more +
                            QStringList{input});
}

// The schema check of json_schema_check.py: empty when the document passes (or fails, as expected).
QString schemaProblems(const QString& json, bool expectInvalid = false)
{
    QProcess checker;
    QStringList args{QStringLiteral(JSON_SCHEMA_CHECK_SCRIPT), Schema, json};
    if (expectInvalid)
        args << QStringLiteral("--expect-invalid");
    checker.start(QStringLiteral("/usr/bin/python3"), args);
    if (!checker.waitForFinished(60'000))
        return QStringLiteral("json_schema_check.py did not finish");
    if (checker.exitStatus() != QProcess::NormalExit || checker.exitCode() != 0)
        return QString::fromUtf8(checker.readAllStandardError());
    return {};
}

} // namespace

void TestCliJson::exportToStdoutOrFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("written");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("the inventory");
    QTest::newRow("policy-json") << QStringLiteral("policy-json") << QStringLiteral("the policy config");
}

void TestCliJson::exportToStdoutOrFile()
{
    QFETCH(QString, format);
    QFETCH(QString, written);
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("sample"));
    const QByteArray inventory = test::fileBytes(path);
    const auto toStdout = exportJson(path, format);
    QVERIFY2(toStdout.exitCode == 0, describe(toStdout));
    QCOMPARE(toStdout.err, QString());
    QVERIFY(toStdout.out.startsWith(QStringLiteral("{\n  \"")));
    const QString out = dir->filePath(QStringLiteral("out.json"));
    const auto toFile = exportJson(path, format, {QStringLiteral("-o"), out});
    QVERIFY2(toFile.exitCode == 0, describe(toFile));
    QCOMPARE(toFile.out, QStringLiteral("Wrote %1 to %2.\n").arg(written, out));
    QCOMPARE(test::fileBytes(out), toStdout.out.toUtf8());
    QCOMPARE(exportJson(path, format).out, toStdout.out); // the same bytes every time
    QCOMPARE(test::fileBytes(path), inventory);           // opened read-only
}

void TestCliJson::exportFollowsTheSchema_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("seed") << QStringLiteral("seed");
    QTest::newRow("empty") << QStringLiteral("empty");
}

void TestCliJson::exportFollowsTheSchema()
{
    QFETCH(QString, kind);
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, kind);
    const QString json = dir->filePath(QStringLiteral("export.json"));
    const auto result = exportJson(path, QStringLiteral("json"), {QStringLiteral("-o"), json});
    QVERIFY2(result.exitCode == 0, describe(result));
    const QString problems = schemaProblems(json);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCliJson::schemaRefusesWhatItDoesNotDescribe()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("sample"));
    const QByteArray json = exportJson(path).out.toUtf8();
    const QString edited = dir->filePath(QStringLiteral("edited.json"));
    const QList<std::pair<QByteArray, QByteArray>> edits{
        {"\"access\": \"read-only\"", "\"access\": \"read-only\", \"typo\": 1"},
        {"\"schema_version\": 2", "\"schema_version\": 3"},
        {"\"tier\": 3", "\"tier\": 4"},
        {"\"cadence_days\": null", "\"cadence_days\": 7"},
        {"\"status\": \"approved\"", "\"status\": \"ok\""},
        {"\"approved_on\": \"", "\"approved_on\": \"x"},
    };
    for (const auto& [from, to] : edits) {
        QVERIFY2(json.contains(from), from.constData());
        test::writeBytes(edited, QByteArray(json).replace(json.indexOf(from), from.size(), to));
        const QString problems = schemaProblems(edited, true);
        QVERIFY2(problems.isEmpty(), qPrintable(QString::fromUtf8(to) + QStringLiteral(": ") + problems));
    }
}

void TestCliJson::roundTripThroughTheCommandLine()
{
    const auto dir = test::makeTempDir();
    const QString source = make(*dir, QStringLiteral("demo"));
    const QString json = dir->filePath(QStringLiteral("demo.json"));
    QCOMPARE(exportJson(source, QStringLiteral("json"), {QStringLiteral("-o"), json}).exitCode, 0);
    const QString target = make(*dir, QStringLiteral("empty"));
    const auto imported =
        import(target, QStringLiteral("json"), json, {QStringLiteral("--actor"), QStringLiteral("Ops")});
    QVERIFY2(imported.exitCode == 0, describe(imported));
    QCOMPARE(imported.err, QString());
    QVERIFY2(imported.out.startsWith(QStringLiteral("Imported %1 into %2: added ").arg(json, target)),
             describe(imported));
    QVERIFY2(imported.out.contains(QStringLiteral("\n  connectors: added 240, updated 0, unchanged 0\n")),
             describe(imported));
    const auto again = exportJson(target);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.toUtf8() == test::fileBytes(json));
    const auto verified = test::runSteward({QStringLiteral("verify"), target});
    QVERIFY2(verified.exitCode == 0, describe(verified));
}

void TestCliJson::ownExportLeavesTheFileAsItWas()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("demo"));
    const QString json = dir->filePath(QStringLiteral("demo.json"));
    QCOMPARE(exportJson(path, QStringLiteral("json"), {QStringLiteral("-o"), json}).exitCode, 0);
    const QByteArray bytes = test::fileBytes(path);
    const auto result = import(path, QStringLiteral("json"), json);
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QStringLiteral(": added 0, updated 0, unchanged ")), describe(result));
    QCOMPARE(test::fileBytes(path), bytes);
}

void TestCliJson::seedExample()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QString seed = dir->filePath(QStringLiteral("seed000.json"));
    test::writeBytes(seed, SeedExample);
    const auto result = import(path, QStringLiteral("policy-json"), seed);
    QVERIFY2(result.exitCode == 0, describe(result));
    QVERIFY2(result.out.contains(QStringLiteral("\n  connectors: added 3, updated 0, unchanged 0\n")),
             describe(result));
    QVERIFY2(result.out.contains(
                 QStringLiteral(
                     "\n%1:3:60: warning: record connectors \u201ccrm\u201d, field approved_by: \u201cVP Ops\u201d "
                     "was not in the people directory and has been added to it.\n")
                     .arg(seed)),
             describe(result));
    const auto config = exportJson(path, QStringLiteral("policy-json"));
    QVERIFY(config.out.contains(QStringLiteral("\"crm\": {\n      \"access\": \"read-write\",\n      \"approved_by\": "
                                               "\"VP Ops\",\n      \"status\": \"approved\",\n      \"tier\": 3\n")));
    QVERIFY(config.out.contains(QStringLiteral("\"output_hash\"")));
    QVERIFY(config.out.contains(QStringLiteral("\"PII export to unapproved destinations\"")));
}

void TestCliJson::inputFromStdin()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    QProcess process;
    process.setProcessEnvironment(test::cliEnvironment());
    process.start(test::stewardBinary(), {QStringLiteral("import"), path, QStringLiteral("--format"),
                                          QStringLiteral("policy-json"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write(SeedExample);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("Imported - into %1: added 6,").arg(path)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\n-:3:60: warning: ")), qPrintable(out));
}

void TestCliJson::refusedInput_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("firstError"); // after "steward: INPUT"
    QTest::newRow("syntax") << QStringLiteral("json") << QByteArray("{\"schema_version\": 1,\n  \"people\": [,]}")
                            << QStringLiteral(":2:14: this is not valid JSON: syntax error while parsing value - "
                                              "unexpected ','; expected '[', '{', or a literal");
    QTest::newRow("not JSON at all") << QStringLiteral("json") << QByteArray("SQLite format 3")
                                     << QStringLiteral(":1:1: this is not valid JSON");
    QTest::newRow("empty") << QStringLiteral("policy-json") << QByteArray()
                           << QStringLiteral(":1:1: this is not valid JSON");
    QTest::newRow("wrong type")
        << QStringLiteral("json")
        << QByteArray("{\"schema_version\": 1,\n \"connectors\": [{\"name\": \"X\", \"tier\": \"3\"}]}")
        << QStringLiteral(":2:39: record connectors[0] \u201cX\u201d, field tier: expected a whole "
                          "number, not text");
    QTest::newRow("unknown enumeration value")
        << QStringLiteral("policy-json") << QByteArray("{\"connectors\": {\"crm\": {\"access\": \"all\"}}}")
        << QStringLiteral(
               ":1:35: record connectors \u201ccrm\u201d, field access: \u201call\u201d is not one of read-only, "
               "read-write.");
    QTest::newRow("duplicate name")
        << QStringLiteral("json")
        << QByteArray("{\"schema_version\": 1, \"skills\": [{\"name\": \"S\"}, {\"name\": \"S\"}]}")
        << QStringLiteral(
               ":1:58: record skills[1] \u201cS\u201d, field name: \u201cS\u201d is already at skills[0]; each "
               "skill appears once.");
    QTest::newRow("duplicate connector key")
        << QStringLiteral("policy-json") << QByteArray("{\"connectors\": {\"crm\": {},\n \"crm\": {}}}")
        << QStringLiteral(
               ":2:2: field connectors: \u201ccrm\u201d is given twice in one object; each name may appear once.");
    QTest::newRow("absurd nesting") << QStringLiteral("json") << QByteArray(200'000, '[')
                                    << QStringLiteral(":1:33: the data is nested more than 32 levels deep");
    QTest::newRow("not an export") << QStringLiteral("json") << SeedExample
                                   << QStringLiteral(
                                          ":1:1: this is no Steward inventory export: schema_version is missing.");
}

void TestCliJson::refusedInput()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, input);
    QFETCH(QString, firstError);
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("sample"));
    const QString file = dir->filePath(QStringLiteral("input.json"));
    test::writeBytes(file, input);
    const QByteArray bytes = test::fileBytes(path);
    const QString exported = exportJson(path).out;
    const QStringList entries = test::dirEntries(dir->path());

    const auto result = import(path, format, file);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, describe(result));
    QVERIFY2(lines.front().startsWith(QStringLiteral("steward: ") + file + firstError), describe(result));
    QCOMPARE(lines.back(), QStringLiteral("steward: %1: nothing was imported; the inventory is as it was").arg(path));
    // Nothing written: the same bytes, the same inventory, and no lock, journal or backup beside it.
    QCOMPARE(test::fileBytes(path), bytes);
    QCOMPARE(exportJson(path).out, exported);
    QCOMPARE(test::dirEntries(dir->path()), entries);
}

void TestCliJson::unreadableInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing.json") << QStringLiteral("cannot read it");
    QTest::newRow("a folder") << QStringLiteral(".") << QStringLiteral("is a folder");
}

void TestCliJson::unreadableInput()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QString input = dir->filePath(name);
    const QByteArray bytes = test::fileBytes(path);
    const QStringList entries = test::dirEntries(dir->path());
    const auto result = import(path, QStringLiteral("json"), input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: %2").arg(input, message)), describe(result));
    QCOMPARE(test::fileBytes(path), bytes);
    QCOMPARE(test::dirEntries(dir->path()), entries);
}

void TestCliJson::inputTooLarge()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QString input = dir->filePath(QStringLiteral("huge.json"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize((qint64(256) << 20) + 1)); // sparse: no disk, one byte too many
    }
    const QByteArray bytes = test::fileBytes(path);
    const auto result = import(path, QStringLiteral("json"), input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("larger than 256 MiB")), describe(result));
    QCOMPARE(test::fileBytes(path), bytes);
}

void TestCliJson::inventoryProblems_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("missing") << false << QByteArray();
    QTest::newRow("not an inventory") << true << QByteArray("{\"schema_version\": 1}");
}

void TestCliJson::inventoryProblems()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, bytes);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inventory.steward"));
    if (exists)
        test::writeBytes(path, bytes);
    const QString input = dir->filePath(QStringLiteral("in.json"));
    test::writeBytes(input, "{\"schema_version\": 1}");
    const auto result = import(path, QStringLiteral("json"), input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(path)), describe(result));
    if (exists)
        QCOMPARE(test::fileBytes(path), bytes);
    QCOMPARE(test::dirEntries(dir->path()).size(), exists ? 2 : 1);
}

void TestCliJson::inventoryOpenInTheEditor()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QString input = dir->filePath(QStringLiteral("seed.json"));
    test::writeBytes(input, SeedExample);
    const auto editor = Store::open(path); // holds the write lock, as the editor does
    const auto result = import(path, QStringLiteral("policy-json"), input);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("open for editing")), describe(result));
    QCOMPARE(editor->connectors().size(), std::size_t(0));
}

void TestCliJson::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("inv.steward");
    const QString format = QStringLiteral("--format");
    const QString import = QStringLiteral("import");
    QTest::newRow("nothing") << QStringList{import} << QStringLiteral("missing FILE");
    QTest::newRow("no input") << QStringList{import, file, format, QStringLiteral("json")}
                              << QStringLiteral("missing INPUT");
    QTest::newRow("no format") << QStringList{import, file, QStringLiteral("in.json")}
                               << QStringLiteral("import needs --format FORMAT, one of json, policy-json, csv");
    QTest::newRow("unknown format") << QStringList{import, file, format, QStringLiteral("yaml"), QStringLiteral("in")}
                                    << QStringLiteral("--format is one of json, policy-json, csv, not \"yaml\"");
    QTest::newRow("three files")
        << QStringList{import, file, format, QStringLiteral("json"), QStringLiteral("a"), QStringLiteral("b")}
        << QStringLiteral("unexpected argument b");
    QTest::newRow("object") << QStringList{import,
                                           file,
                                           format,
                                           QStringLiteral("json"),
                                           QStringLiteral("--object"),
                                           QStringLiteral("people"),
                                           QStringLiteral("in")}
                            << QStringLiteral("--object does not apply to --format json");
    QTest::newRow("export json --object")
        << QStringList{QStringLiteral("export"), file, format, QStringLiteral("json"), QStringLiteral("--object"),
                       QStringLiteral("people")}
        << QStringLiteral("--object does not apply to --format json");
}

void TestCliJson::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const auto result = test::runSteward(args, dir->path());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: ") + message), describe(result));
    QVERIFY2(result.err.contains(QStringLiteral("Try 'steward --help'.")), describe(result));
    QCOMPARE(test::dirEntries(dir->path()), QStringList());
}

void TestCliJson::csvNeedsAnObject()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QByteArray bytes = test::fileBytes(path);
    const auto result = import(path, QStringLiteral("csv"), dir->filePath(QStringLiteral("in.csv")));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: --format csv needs --object NAME, one of policy, ")),
             describe(result));
    QCOMPARE(test::fileBytes(path), bytes);
}

void TestCliJson::helpListsImport()
{
    const auto result = test::runSteward({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("steward import FILE --format json|policy-json [--actor NAME] INPUT")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("json: the whole inventory")));
    for (const QString& line : result.out.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
