#include "clirunner.h"

#include "testsupport.h"

namespace steward::test {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("STEWARD_ACTOR"), QStringLiteral("cli-test"));
    return env;
}

CliResult runSteward(const QStringList& args, const QString& workingDir, int timeoutMs)
{
    QProcess process;
    process.setProgram(stewardBinary());
    process.setArguments(args);
    process.setProcessEnvironment(cliEnvironment());
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start();

    CliResult result;
    if (!process.waitForStarted(30'000)) {
        result.err = QStringLiteral("<could not start %1: %2>").arg(stewardBinary(), process.errorString());
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(10'000);
    }
    result.status = process.exitStatus();
    result.exitCode = result.finished && result.status == QProcess::NormalExit ? process.exitCode() : -1;
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace steward::test

QByteArray describe(const steward::test::CliResult& result)
{
    return QStringLiteral("finished=%1 exit=%2\n--- stdout ---\n%3--- stderr ---\n%4")
        .arg(result.finished ? QStringLiteral("yes") : QStringLiteral("no (killed)"))
        .arg(result.exitCode)
        .arg(result.out, result.err)
        .toLocal8Bit();
}
