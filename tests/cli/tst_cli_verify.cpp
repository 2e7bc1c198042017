// steward verify: ok on a whole file, exit 1 naming table and id after tampering, exit 2 with
// the reason for anything that is not an inventory, and never a change to the file.
#include "clirunner.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

using namespace steward;

namespace {

// templateName is one of new's templates, or "demo" for a small demo inventory (the one with
// connectors, scopes and workspaces to tamper with).
bool createInventory(const QString& path, const QString& templateName)
{
    const auto result =
        templateName == QLatin1String("demo")
            ? test::runSteward({QStringLiteral("demo"), path, QStringLiteral("--size"), QStringLiteral("100"),
                                QStringLiteral("--seed"), QStringLiteral("3")})
            : test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), templateName});
    if (!result.finished || result.exitCode != 0) {
        QTest::qFail(describe(result).constData(), __FILE__, __LINE__);
        return false;
    }
    return true;
}

test::CliResult verify(const QString& path)
{
    return test::runSteward({QStringLiteral("verify"), path});
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private slots:
    void freshFile_data();
    void freshFile();
    void relativePath();
    void tampering_data();
    void tampering();
    void notAnInventory_data();
    void notAnInventory();
    void whileOpenForWriting();
    void damagedFileIsAFinding();
};

void TestCliVerify::freshFile_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::newRow("seed") << QStringLiteral("seed");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("demo") << QStringLiteral("demo");
}

void TestCliVerify::freshFile()
{
    QFETCH(QString, templateName);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    QVERIFY(createInventory(path, templateName));
    const QByteArray before = test::fileBytes(path);

    const auto result = verify(path);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.startsWith(QStringLiteral("%1: ok").arg(path)), describe(result));
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    // The entry count it reports is the real one.
    const qint64 entries = Store::open(path, Store::Mode::ReadOnly)->count(QStringLiteral("audit"));
    QVERIFY(entries > 0);
    QVERIFY2(result.out.contains(QStringLiteral("audit chain of %1 entries").arg(entries)), describe(result));
    // Read-only: not a byte changed, no lock or journal left beside it.
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::dirEntries(dir->path()), QStringList{QStringLiteral("inv.steward")});
}

void TestCliVerify::relativePath()
{
    const auto dir = test::makeTempDir();
    QVERIFY(createInventory(dir->filePath(QStringLiteral("inv.steward")), QStringLiteral("seed")));
    const auto result = test::runSteward({QStringLiteral("verify"), QStringLiteral("inv.steward")}, dir->path());
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("inv.steward: ok")), describe(result));
}

void TestCliVerify::tampering_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named"); // the table and id a problem line must name

    QTest::newRow("UPDATE on connectors")
        << QStringLiteral("demo")
        << QStringLiteral("UPDATE connectors SET access = CASE access WHEN 'read-only' THEN "
                          "'read-write' ELSE 'read-only' END WHERE id = 2")
        << QStringLiteral("connectors id 2");
    QTest::newRow("UPDATE on connector_scopes")
        << QStringLiteral("demo") << QStringLiteral("UPDATE connector_scopes SET scope = 'admin' WHERE id = 5")
        << QStringLiteral("connector_scopes id 5");
    QTest::newRow("DELETE on connectors")
        << QStringLiteral("demo") << QStringLiteral("DELETE FROM connectors WHERE id = 1")
        << QStringLiteral("connectors id 1");
    QTest::newRow("INSERT into people") << QStringLiteral("seed")
                                        << QStringLiteral("INSERT INTO people (id, name) VALUES (9999, 'Mallory')")
                                        << QStringLiteral("people id 9999");
    QTest::newRow("DELETE on audit, mid-chain")
        << QStringLiteral("seed") << QStringLiteral("DELETE FROM audit WHERE seq = 3") << QStringLiteral("audit id 4");
    QTest::newRow("UPDATE on audit") << QStringLiteral("seed")
                                     << QStringLiteral("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
                                     << QStringLiteral("audit id 2");
    QTest::newRow("DELETE on audit, last entry")
        << QStringLiteral("seed") << QStringLiteral("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)")
        << QStringLiteral("audit: the trail ends at id");
    QTest::newRow("UPDATE on policy_prohibited")
        << QStringLiteral("seed") << QStringLiteral("UPDATE policy_prohibited SET text = 'anything goes' WHERE id = 1")
        << QStringLiteral("policy_prohibited id 1");
}

void TestCliVerify::tampering()
{
    QFETCH(QString, templateName);
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    QVERIFY(createInventory(path, templateName));
    QVERIFY(test::rawSql(path, sql));
    const QByteArray tampered = test::fileBytes(path);

    const auto result = verify(path);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 1);
    // Each problem is one line on stdout, prefixed with the file, so it can be grepped.
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), describe(result));
    for (const QString& line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("%1: ").arg(path)), qPrintable(line));
    QVERIFY2(result.out.contains(named), describe(result));
    QVERIFY2(!result.out.contains(QStringLiteral(": ok")), describe(result));
    // The summary goes to stderr in the usual error form, with the count of lines above. Without a
    // translation loaded Qt leaves tr()'s plural as "problem(s)"; either spelling is fine.
    const QRegularExpression summary(
        QStringLiteral("^steward: %1: (\\d+) problem(?:s|\\(s\\))? found\\n$").arg(QRegularExpression::escape(path)));
    const auto match = summary.match(result.err);
    QVERIFY2(match.hasMatch(), describe(result));
    QCOMPARE(match.captured(1).toInt(), int(lines.size()));
    // Verify reports; it does not repair.
    QCOMPARE(test::fileBytes(path), tampered);
}

void TestCliVerify::notAnInventory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // a part of the reason the user is given
    QTest::newRow("zero bytes") << QStringLiteral("zero") << QStringLiteral("is empty (0 bytes)");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a database file");
    QTest::newRow("another app's SQLite db")
        << QStringLiteral("foreign") << QStringLiteral("another application's SQLite database (tables: notes)");
    QTest::newRow("user_version 999") << QStringLiteral("newer") << QStringLiteral("written by a newer Steward");
    QTest::newRow("older schema") << QStringLiteral("older") << QStringLiteral("older Steward");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TestCliVerify::notAnInventory()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    if (kind == QLatin1String("zero")) {
        test::writeBytes(path, QByteArray());
    } else if (kind == QLatin1String("text")) {
        test::writeBytes(path, QByteArrayLiteral("name,scope\nSlack,chat:write\n"));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(test::rawSql(path, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(createInventory(path, QStringLiteral("seed")));
        QVERIFY(test::rawSql(path, QStringLiteral("PRAGMA user_version = 999")));
    } else if (kind == QLatin1String("older")) {
        QVERIFY(createInventory(path, QStringLiteral("seed")));
        QVERIFY(test::rawSql(path, QStringLiteral("PRAGMA user_version = 1")));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir->path()).mkdir(QStringLiteral("inv.steward")));
    }
    const QByteArray before = test::fileBytes(path);
    const QStringList entriesBefore = test::dirEntries(dir->path());

    const auto result = verify(path);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("steward: %1: ").arg(path)), describe(result));
    QVERIFY2(result.err.contains(message), describe(result));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    // Nothing written, migrated, backed up or locked.
    QCOMPARE(test::fileBytes(path), before);
    QCOMPARE(test::dirEntries(dir->path()), entriesBefore);
}

void TestCliVerify::whileOpenForWriting()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    QVERIFY(createInventory(path, QStringLiteral("demo")));

    // This process plays the editor: it holds the write lock and has just saved a change.
    const auto editor = Store::open(path, Store::Mode::ReadWrite);
    editor->addPerson(Person{0, QStringLiteral("Added While Open"), {}, {}, {}, {}});
    const auto holder = lockHolder(path);
    QVERIFY(holder);
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());

    const auto result = verify(path);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.startsWith(QStringLiteral("%1: ok").arg(path)), describe(result));
    QVERIFY2(
        result.out.contains(QStringLiteral("audit chain of %1 entries").arg(editor->count(QStringLiteral("audit")))),
        describe(result));

    // The editor's lock survived the check.
    const auto after = lockHolder(path);
    QVERIFY(after);
    QCOMPARE(after->pid, QCoreApplication::applicationPid());
}

// Damage is what verify looks for, like tampering: exit 1 with the finding on stdout, not the
// exit 2 of a file that is no inventory at all.
void TestCliVerify::damagedFileIsAFinding()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("inv.steward"));
    QVERIFY(createInventory(path, QStringLiteral("demo")));
    const QByteArray whole = test::fileBytes(path);
    test::writeBytes(path, whole.left(whole.size() / 2));
    const QByteArray before = test::fileBytes(path);

    const auto result = verify(path);
    QVERIFY2(result.finished, describe(result));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith(QStringLiteral("%1: ").arg(path)), describe(result));
    QVERIFY2(result.out.contains(QStringLiteral("damaged")), describe(result));
    QCOMPARE(result.err, QStringLiteral("steward: %1: the file is damaged\n").arg(path));
    QCOMPARE(test::fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
