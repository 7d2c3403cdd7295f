#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

// Runs the real aipexbase-setup-cli as a process, the way a script would.
struct CliRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray all() const { return out + err; }
};

inline CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QString& workDir,
                     const QByteArray& input = QByteArray())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    // The fake server usually lives in the test process: wait with the event loop running.
    QSignalSpy done(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("AIPEXBASE_BIN_DIR") + QStringLiteral("/aipexbase-setup-cli"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!done.wait(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
