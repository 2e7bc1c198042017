#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the built steward binary the way a shell script would and captures what it reports.
namespace steward::test {

struct CliResult
{
    bool finished = false; // exited by itself within the time limit
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes; // stdout exactly as written (a byte-order mark included, which decoding drops)
};

// Deterministic child environment: the caller's, headless, with a fixed audit actor.
QProcessEnvironment cliEnvironment();

// Runs steward with args in workingDir (the current directory if empty). A process still running
// after timeoutMs is killed and reported as not finished: the editor opening by mistake looks
// like that, as does a hang.
CliResult runSteward(const QStringList& args, const QString& workingDir = QString(), int timeoutMs = 120'000);

// The entries of a directory (hidden ones included), to show a command left nothing behind.
QStringList dirEntries(const QString& dir);

} // namespace steward::test

// For QCOMPARE/QVERIFY2 messages: the whole picture of a run that went wrong.
QByteArray describe(const steward::test::CliResult& result);
