// steward export --format csv|markdown|html and steward import --format csv as users and scripts meet
// them: --object and --excel, the bytes on stdout and in -o OUT, a round trip through the command
// line into an empty inventory, the report, and every refused input: exit 2, "steward:
// INPUT:LINE:COLUMN: message" on stderr, and the inventory file byte for byte as it was.
#include "clirunner.h"
#include "testsupport.h"

#include <QtTest>

using namespace steward;

class TestCliCsv : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void excelAddsTheByteOrderMark();
    void formulasAreNeutralised();
    void roundTripIntoAnEmptyInventory();
    void reportOnStdout();
    void refusedInput_data();
    void refusedInput();
    void inputFromStdin();
    void helpListsTheFormats();
};

namespace {

QString make(const QTemporaryDir& dir, const QString& kind, const QString& name = {})
{
    const QString path = dir.filePath((name.isEmpty() ? kind : name) + QStringLiteral(".steward"));
    const auto made = test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), kind});
    if (made.exitCode != 0)
        QTest::qFail(describe(made).constData(), __FILE__, __LINE__);
    return path;
}

test::CliResult exportCsv(const QString& path, const QString& object, const QStringList& more = {})
{
    return test::runSteward(QStringList{QStringLiteral("export"), path, QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--object"), object} +
                            more);
}

test::CliResult importCsv(const QString& path, const QString& object, const QString& input)
{
    return test::runSteward({QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--object"), object, input});
}

} // namespace

void TestCliCsv::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("inv.steward");
    const QString format = QStringLiteral("--format");
    const QString object = QStringLiteral("--object");
    const QString exportCommand = QStringLiteral("export");
    const QString importCommand = QStringLiteral("import");
    QTest::newRow("csv without --object") << QStringList{exportCommand, file, format, QStringLiteral("csv")}
                                          << QStringLiteral("--format csv needs --object NAME, one of policy, "
                                                            "workspaces, connectors, skills, people, raci, "
                                                            "requests, incidents, reviews, audit");
    QTest::newRow("--excel with markdown")
        << QStringList{exportCommand, file, format, QStringLiteral("markdown"), QStringLiteral("--excel")}
        << QStringLiteral("--excel applies to --format csv only");
    QTest::newRow("--excel with a value") << QStringList{exportCommand,
                                                         file,
                                                         format,
                                                         QStringLiteral("csv"),
                                                         object,
                                                         QStringLiteral("people"),
                                                         QStringLiteral("--excel=yes")}
                                          << QStringLiteral("--excel takes no value");
    QTest::newRow("--excel twice") << QStringList{exportCommand,
                                                  file,
                                                  format,
                                                  QStringLiteral("csv"),
                                                  object,
                                                  QStringLiteral("people"),
                                                  QStringLiteral("--excel"),
                                                  QStringLiteral("--excel")}
                                   << QStringLiteral("--excel is given twice");
    QTest::newRow("--excel elsewhere") << QStringList{QStringLiteral("lint"), file, QStringLiteral("--excel")}
                                       << QStringLiteral("unknown option --excel");
    QTest::newRow("audit as markdown") << QStringList{exportCommand,          file,   format,
                                                      QStringLiteral("html"), object, QStringLiteral("audit")}
                                       << QStringLiteral("--object audit is written with --format csv only");
    QTest::newRow("unknown object") << QStringList{exportCommand, file,
                                                   format,        QStringLiteral("markdown"),
                                                   object,        QStringLiteral("things")}
                                    << QStringLiteral("--object is one of policy, workspaces");
    QTest::newRow("import csv without --object")
        << QStringList{importCommand, file, format, QStringLiteral("csv"), QStringLiteral("in.csv")}
        << QStringLiteral("--format csv needs --object NAME, one of policy, workspaces, connectors, skills, people, "
                          "raci, requests, incidents, reviews:");
    QTest::newRow("import the audit trail")
        << QStringList{importCommand,           file, format, QStringLiteral("csv"), object, QStringLiteral("audit"),
                       QStringLiteral("in.csv")}
        << QStringLiteral("--object audit cannot be imported");
    QTest::newRow("import an unknown object")
        << QStringList{importCommand,           file,   format,
                       QStringLiteral("csv"),   object, QStringLiteral("Connectors"),
                       QStringLiteral("in.csv")}
        << QStringLiteral("--object is one of policy, workspaces");
    QTest::newRow("import json with --object") << QStringList{importCommand,
                                                              file,
                                                              format,
                                                              QStringLiteral("json"),
                                                              object,
                                                              QStringLiteral("people"),
                                                              QStringLiteral("in.json")}
                                               << QStringLiteral("--object does not apply to --format json");
}

void TestCliCsv::usageErrors()
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

void TestCliCsv::excelAddsTheByteOrderMark()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("sample"));
    const QByteArray inventory = test::fileBytes(path);
    const auto plain = exportCsv(path, QStringLiteral("connectors"));
    QVERIFY2(plain.exitCode == 0, describe(plain));
    const QByteArray bytes = plain.outBytes;
    QVERIFY(bytes.startsWith("name,system,access,read_scopes,write_scopes,sensitivity,external,tier,owner,"
                             "approved_by,approved_on,status,cadence,last_reviewed,transport,endpoint,notes\r\n"));
    const auto excel = exportCsv(path, QStringLiteral("connectors"), {QStringLiteral("--excel")});
    QVERIFY2(excel.exitCode == 0, describe(excel));
    QCOMPARE(excel.outBytes, QByteArray("\xEF\xBB\xBF") + bytes);
    const QString out = dir->filePath(QStringLiteral("connectors.csv"));
    const auto toFile =
        exportCsv(path, QStringLiteral("connectors"), {QStringLiteral("--excel"), QStringLiteral("-o"), out});
    QVERIFY2(toFile.exitCode == 0, describe(toFile));
    QCOMPARE(toFile.out, QStringLiteral("Wrote connectors as CSV to %1.\n").arg(out));
    QCOMPARE(test::fileBytes(out), QByteArray("\xEF\xBB\xBF") + bytes);
    QCOMPARE(test::fileBytes(path), inventory); // opened read-only
    // What Excel reads, Steward reads: the file with its mark imports as it is.
    const auto back = importCsv(path, QStringLiteral("connectors"), out);
    QVERIFY2(back.exitCode == 0, describe(back));
}

void TestCliCsv::formulasAreNeutralised()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QString input = dir->filePath(QStringLiteral("people.csv"));
    // A formula as a spreadsheet saves a text cell; and one neutralised already, as Steward writes it.
    test::writeBytes(input, "name,notes\r\nAda,\"=HYPERLINK(\"\"http://x\"\")\"\r\nBo,'-1\r\n");
    QCOMPARE(importCsv(path, QStringLiteral("people"), input).exitCode, 0);
    const auto exported = exportCsv(path, QStringLiteral("people"));
    QCOMPARE(exported.outBytes, QByteArray("name,email,title,team,notes\r\n"
                                           "Ada,,,,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                                           "Bo,,,,'-1\r\n"));
    // Imported again, the apostrophes come off: the notes are what they were.
    const QString again = dir->filePath(QStringLiteral("again.csv"));
    test::writeBytes(again, exported.outBytes);
    const auto reimported = importCsv(path, QStringLiteral("people"), again);
    QVERIFY2(reimported.out.contains(QStringLiteral("people: added 0, updated 0, unchanged 2")), describe(reimported));
}

void TestCliCsv::roundTripIntoAnEmptyInventory()
{
    const auto dir = test::makeTempDir();
    const QString source = make(*dir, QStringLiteral("seed"), QStringLiteral("source"));
    const QString target = make(*dir, QStringLiteral("empty"), QStringLiteral("target"));
    const QStringList order{QStringLiteral("people"),     QStringLiteral("connectors"), QStringLiteral("skills"),
                            QStringLiteral("workspaces"), QStringLiteral("raci"),       QStringLiteral("requests"),
                            QStringLiteral("incidents"),  QStringLiteral("reviews"),    QStringLiteral("policy")};
    for (const QString& object : order) {
        const QString csv = dir->filePath(object + QStringLiteral(".csv"));
        const auto exported = exportCsv(source, object, {QStringLiteral("-o"), csv});
        QVERIFY2(exported.exitCode == 0, describe(exported));
        const auto imported = importCsv(target, object, csv);
        QVERIFY2(imported.exitCode == 0, describe(imported));
        QCOMPARE(imported.err, QString());
        const auto again = exportCsv(target, object);
        QVERIFY2(again.outBytes == test::fileBytes(csv), qPrintable(object));
    }
    const auto verified = test::runSteward({QStringLiteral("verify"), target});
    QVERIFY2(verified.exitCode == 0, describe(verified));
}

void TestCliCsv::reportOnStdout()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    const QString input = dir->filePath(QStringLiteral("connectors.csv"));
    test::writeBytes(input, "\xEF\xBB\xBFName,Access,Tier,Owner,Colour\r\nCRM,READ-WRITE,1,VP Ops,red\r\n");
    const auto result = importCsv(path, QStringLiteral("connectors"), input);
    QVERIFY2(result.exitCode == 0, describe(result));
    QCOMPARE(result.err, QString());
    QCOMPARE(
        result.out,
        QStringLiteral("Imported %1 into %2: added 2, updated 0, unchanged 0; warnings: 3\n"
                       "  people: added 1, updated 0, unchanged 0\n"
                       "  connectors: added 1, updated 0, unchanged 0\n"
                       "%1:1:24: warning: record header, field Colour (column E): Steward does not know this "
                       "column; its values were ignored.\n"
                       "%1:2:1: warning: record row 2 \u201cCRM\u201d: tier 1 is below the floor for this "
                       "connector, tier 3 (it writes to a system): raised to 3.\n"
                       "%1:2:18: warning: record row 2 \u201cCRM\u201d, field Owner (column D): \u201cVP Ops\u201d "
                       "was not in the people directory and has been added to it.\n")
            .arg(input, path));
}

void TestCliCsv::refusedInput_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("a tier out of range")
        << QStringLiteral("connectors") << QByteArray("name,tier\r\nSlack,9\r\n")
        << QStringLiteral("IN:2:7: record row 2 \u201cSlack\u201d, field tier (column B): 9 is outside 1 to 3.");
    QTest::newRow("a name twice") << QStringLiteral("people") << QByteArray("name\nAda\nAda\n")
                                  << QStringLiteral("IN:3:1: record row 3 \u201cAda\u201d, field name (column A): "
                                                    "\u201cAda\u201d is already in row 2; each person appears once.");
    QTest::newRow("a quote never closed")
        << QStringLiteral("people") << QByteArray("name,notes\nAda,\"never\nclosed\n")
        << QStringLiteral("IN:2:5: the quoted value that starts here is never closed");
    QTest::newRow("not UTF-8") << QStringLiteral("people") << QByteArray("name\nZ\xFCrich\n")
                               << QStringLiteral("IN:2:2: this is not UTF-8 text (the byte 0xFC)");
    QTest::newRow("an unknown connector") << QStringLiteral("skills") << QByteArray("name,connectors\nDigest,Nope\n")
                                          << QStringLiteral("IN:2:8: record row 2 \u201cDigest\u201d, field connectors "
                                                            "(column B): there is no connector named \u201cNope\u201d");
}

void TestCliCsv::refusedInput()
{
    QFETCH(QString, object);
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("sample"));
    const QString input = dir->filePath(QStringLiteral("in.csv"));
    test::writeBytes(input, csv);
    const QByteArray bytes = test::fileBytes(path);
    const QStringList before = test::dirEntries(dir->path());
    const auto result = importCsv(path, object, input);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, describe(result));
    QVERIFY2(
        lines.front().startsWith(QStringLiteral("steward: ") + QString(error).replace(QStringLiteral("IN"), input)),
        describe(result));
    QCOMPARE(lines.back(), QStringLiteral("steward: %1: nothing was imported; the inventory is as it was").arg(path));
    QCOMPARE(test::fileBytes(path), bytes);
    QCOMPARE(test::dirEntries(dir->path()), before);
}

void TestCliCsv::inputFromStdin()
{
    const auto dir = test::makeTempDir();
    const QString path = make(*dir, QStringLiteral("empty"));
    QProcess process;
    process.setProgram(test::stewardBinary());
    process.setArguments({QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--object"), QStringLiteral("people"), QStringLiteral("-")});
    process.setProcessEnvironment(test::cliEnvironment());
    process.start();
    process.write("name,team\r\nAda,Security\r\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const auto exported = exportCsv(path, QStringLiteral("people"));
    QCOMPARE(exported.out, QStringLiteral("name,email,title,team,notes\r\nAda,,,Security,\r\n"));
}

void TestCliCsv::helpListsTheFormats()
{
    const auto result = test::runSteward({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const QString& expected :
         {QStringLiteral("steward export FILE --format FORMAT [--object NAME] [-o OUT] [--excel]"),
          QStringLiteral("steward import FILE --format csv --object NAME [--actor NAME] INPUT"),
          QStringLiteral("--object NAME  (export, import) policy, workspaces, connectors, skills, people,")})
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    for (const QString& line : result.out.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
