// Crash consistency: a child process edits the inventory without pause and is killed with SIGKILL
// at random moments, many times. After every kill the file passes SQLite's integrity check, holds
// every edit the child reported committed, opens in Steward (which rolls an interrupted
// transaction back: a read-only connection cannot even check a file left with a hot journal) and
// passes `steward verify`.
#include "clirunner.h"
#include "store/store.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

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

QString integrity(const QString& path)
{
    const QString name = QStringLiteral("crash-integrity");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            result = QStringLiteral("cannot check");
        while (q.next())
            result += q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomMoments();
};

void TestCliCrash::killedAtRandomMoments()
{
    const auto dir = test::makeTempDir();
    const QString path = dir->filePath(QStringLiteral("crash.steward"));
    const auto made =
        test::runSteward({QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("sample")});
    QVERIFY2(made.finished && made.exitCode == 0, describe(made));

    // Random moments, but the same ones for a given seed: a failure names its seed to replay it.
    const quint32 seed = qEnvironmentVariableIsSet("STEWARD_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("STEWARD_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (STEWARD_CRASH_SEED replays it)", seed);
    QRandomGenerator random(seed);
    const int kills =
        qEnvironmentVariableIsSet("STEWARD_CRASH_KILLS") ? qEnvironmentVariableIntValue("STEWARD_CRASH_KILLS") : 25;

    int committed = -1;
    int killedMidStep = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(STEWARD_CRASHCHILD), {path});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Let it get going (opening the file, the first edits), then a moment anywhere in the edits.
        QByteArray out;
        QElapsedTimer started;
        started.start();
        while (lastCommitted(out) < committed + 1 && started.elapsed() < 20000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            out += child.readAllStandardOutput();
        }
        QTest::qWait(int(random.bounded(1, 150)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        out += child.readAllStandardOutput();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("the child stopped by itself: %1")
                                .arg(QString::fromUtf8(child.readAllStandardError()))));
        const int reported = lastCommitted(out);
        QVERIFY2(reported >= committed, qPrintable(QStringLiteral("seed %1, kill %2").arg(seed).arg(kill)));
        committed = reported;
        if (QFileInfo::exists(path + QStringLiteral("-journal")))
            ++killedMidStep;

        // Steward opens it (an interrupted transaction is rolled back here) and every reported edit is in.
        {
            auto store = Store::open(path);
            QSet<QString> names;
            for (const Person& person : store->people())
                names.insert(person.name);
            for (int n = 0; n <= committed; ++n)
                QVERIFY2(names.contains(QStringLiteral("crash-%1").arg(n)),
                         qPrintable(QStringLiteral("seed %1, kill %2: crash-%3 was reported committed but is missing")
                                        .arg(seed)
                                        .arg(kill)
                                        .arg(n)));
        }
        // After Steward's open, which rolled back any transaction the kill interrupted.
        const QString check = integrity(path);
        QVERIFY2(check == QLatin1String("ok"),
                 qPrintable(QStringLiteral("seed %1, kill %2: %3").arg(seed).arg(kill).arg(check)));

        const auto verified = test::runSteward({QStringLiteral("verify"), path});
        QVERIFY2(
            verified.finished && verified.exitCode == 0,
            qPrintable(
                QStringLiteral("seed %1, kill %2: %3").arg(seed).arg(kill).arg(QString::fromUtf8(describe(verified)))));
    }
    qInfo("%d kills, %d edits committed, %d kills left an interrupted transaction", kills, committed + 1,
          killedMidStep);
    QVERIFY(committed >= kills); // the child did make progress between kills
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
