// Two Steward processes on one file: while one writes, a second cannot (the editor's lock, and
// `steward import` refuses), readers (`steward export`, `steward verify`) see one consistent state
// each time, and after 1,000 edits interleaved with those reads the file is whole.
#include "clirunner.h"
#include "store/errors.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace steward;

namespace {

int lastCommitted(const QByteArray& out)
{
    int last = -1;
    static const QRegularExpression line(QStringLiteral("^committed (\\d+)$"), QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(out));
    while (it.hasNext())
        last = it.next().captured(1).toInt();
    return last;
}

// The crash-N people of an export: always 0…K without a gap, since each is added in a transaction
// of its own and a reader sees whole transactions or none.
bool contiguousCrashPeople(const QString& json, int& count, QString& why)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject()) {
        why = QStringLiteral("the export is no JSON object: %1").arg(error.errorString());
        return false;
    }
    QSet<int> numbers;
    for (const QJsonValue& person : document.object().value(QStringLiteral("people")).toArray()) {
        const QString name = person.toObject().value(QStringLiteral("name")).toString();
        if (name.startsWith(QLatin1String("crash-")))
            numbers.insert(name.mid(6).toInt());
    }
    count = int(numbers.size());
    for (int n = 0; n < count; ++n) {
        if (!numbers.contains(n)) {
            why = QStringLiteral("crash-%1 is missing among %2").arg(n).arg(count);
            return false;
        }
    }
    return true;
}

} // namespace

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secondWriterIsRefused();
    void readersSeeConsistentStatesWhileOneWrites();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliConcurrency::init()
{
    m_dir = test::makeTempDir();
    m_path = m_dir->filePath(QStringLiteral("shared.steward"));
    const auto made =
        test::runSteward({QStringLiteral("new"), m_path, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(made.finished && made.exitCode == 0, describe(made));
}

void TestCliConcurrency::secondWriterIsRefused()
{
    QProcess writer;
    writer.start(QStringLiteral(STEWARD_CRASHCHILD), {m_path});
    QVERIFY(writer.waitForStarted());
    QByteArray out;
    while (lastCommitted(out) < 5 && writer.state() == QProcess::Running && writer.waitForReadyRead(5000))
        out += writer.readAllStandardOutput();
    QVERIFY2(lastCommitted(out) >= 5, writer.readAllStandardError().constData());

    // Another Steward in this process: refused, with a message that says why.
    try {
        auto second = Store::open(m_path, Store::Mode::ReadWrite);
        QFAIL("a second writer opened the file");
    } catch (const OpenError& e) {
        QVERIFY2(!e.message().isEmpty(), "no reason given");
    }
    // The command line: an import is refused (exit 2) and writes nothing.
    const QString input = m_dir->filePath(QStringLiteral("people.csv"));
    test::writeBytes(input, "name\r\nMallory\r\n");
    const auto imported =
        test::runSteward({QStringLiteral("import"), m_path, QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--object"), QStringLiteral("people"), input});
    QVERIFY2(imported.finished, describe(imported));
    QCOMPARE(imported.exitCode, 2);

    writer.kill();
    writer.waitForFinished();
    // Killed perhaps mid-edit: opening for editing rolls that back (tst_cli_crash).
    const auto store = Store::open(m_path, Store::Mode::ReadWrite);
    for (const Person& person : store->people())
        QVERIFY(person.name != QLatin1String("Mallory"));
}

void TestCliConcurrency::readersSeeConsistentStatesWhileOneWrites()
{
    constexpr int edits = 1000;
    // A few milliseconds between the writer's steps, as between a person's edits. Committing back to
    // back without pause it would starve the readers: in a rollback-journal file a reader needs a
    // moment without a write lock to begin, which a writer in a tight loop never leaves (they wait
    // their five seconds and give up with "being changed right now").
    constexpr int pauseMs = 5;
    QProcess writer;
    writer.start(QStringLiteral(STEWARD_CRASHCHILD), {m_path, QString::number(edits), QString::number(pauseMs)});
    QVERIFY(writer.waitForStarted());

    int reads = 0;
    int lastSeen = 0;
    int states = 0; // distinct counts seen: the reads did fall between the writes
    QByteArray written;
    // waitForFinished, not state(): a QProcess learns of its child's end only when asked.
    while (!writer.waitForFinished(10)) {
        written += writer.readAllStandardOutput();
        const auto exported =
            test::runSteward({QStringLiteral("export"), m_path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(exported.finished && exported.exitCode == 0, describe(exported));
        int count = 0;
        QString why;
        QVERIFY2(contiguousCrashPeople(exported.out, count, why), qPrintable(why));
        QVERIFY2(count >= lastSeen, "a later read saw fewer edits than an earlier one");
        if (count != lastSeen)
            ++states;
        lastSeen = count;
        const auto verified = test::runSteward({QStringLiteral("verify"), m_path});
        QVERIFY2(verified.finished && verified.exitCode == 0, describe(verified));
        reads += 2;
    }
    written += writer.readAllStandardOutput();
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QCOMPARE(lastCommitted(written), edits - 1);
    qInfo("%d reads between %d edits, %d distinct states seen", reads, edits, states);
    QVERIFY(states >= 2);

    const auto verified = test::runSteward({QStringLiteral("verify"), m_path});
    QVERIFY2(verified.finished && verified.exitCode == 0, describe(verified));
    const auto store = Store::open(m_path, Store::Mode::ReadOnly);
    int crashPeople = 0;
    for (const Person& person : store->people())
        crashPeople += person.name.startsWith(QLatin1String("crash-")) ? 1 : 0;
    QCOMPARE(crashPeople, edits);
}

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"
