#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

// A Node.js program from tests/peers (installed from its lockfile by setup-deps.sh).
// Waits for its "listening <url>" line with the event loop running.
struct NodePeer
{
    static QString peersDir()
    {
        return qEnvironmentVariable("AIPEXBASE_SOURCE_DIR") + QStringLiteral("/tests/peers");
    }
    static bool available()
    {
        return QDir(peersDir() + QStringLiteral("/node_modules/@modelcontextprotocol/sdk")).exists() &&
               !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty();
    }
    static QString mcpRemote()
    {
        return peersDir() + QStringLiteral("/node_modules/mcp-remote/dist/proxy.js");
    }

    QProcess process;
    QUrl url;

    bool start(const QStringList& args)
    {
        process.setWorkingDirectory(peersDir());
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral("node"), args);
        QByteArray out;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.contains('\n') || process.state() == QProcess::NotRunning;
            },
            20000);
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!ok || !line.startsWith("listening "))
            return false;
        url = QUrl(QString::fromUtf8(line.mid(10)));
        return true;
    }
    ~NodePeer()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};
