#include "clients/NodeCheck.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace aipex {

namespace {

QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

} // namespace

NodeCheck::NodeCheck(QObject* parent)
    : QObject(parent)
{}

NodeCheck::~NodeCheck()
{
    // A node still starting must not report to an object being destroyed.
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(100);
        delete m_process;
    }
}

NodeCheck::Result NodeCheck::interpret(bool ran, int exitCode, const QByteArray& output)
{
    const QString version = QString::fromLatin1(output).trimmed();
    static const QRegularExpression re(QStringLiteral("^v?(\\d+)\\."));
    const QRegularExpressionMatch m = re.match(version);
    if (!ran || exitCode != 0 || !m.hasMatch())
        return {State::Broken, QString()};
    return {m.captured(1).toInt() < kMinimumMajor ? State::TooOld : State::Found, version};
}

void NodeCheck::start()
{
    if (m_result.state != State::NotChecked)
        return;
    const QString node = nodeProgram();
    if (node.isEmpty()) {
        done({State::Missing, QString()});
        return;
    }
    m_result.state = State::Checking;
    auto* process = new QProcess(this);
    m_process = process;
    process->setObjectName(QStringLiteral("nodeVersionCheck"));
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        done(interpret(status == QProcess::NormalExit, code, process->readAllStandardOutput()));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // the others end in finished()
        process->deleteLater();
        done({State::Broken, QString()});
    });
    QTimer::singleShot(kTimeoutMs, process, [process] { process->kill(); });
    process->start(node, {QStringLiteral("--version")});
}

void NodeCheck::done(const Result& result)
{
    m_result = result;
    emit finished(result);
}

NodeCheck::Result NodeCheck::checkNow()
{
    const QString node = nodeProgram();
    if (node.isEmpty())
        return {State::Missing, QString()};
    QProcess p;
    p.start(node, {QStringLiteral("--version")});
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return {State::Broken, QString()};
    }
    return interpret(p.exitStatus() == QProcess::NormalExit, p.exitCode(), p.readAllStandardOutput());
}

QString NodeCheck::describe(const Result& r)
{
    switch (r.state) {
    case State::NotChecked:
    case State::Checking:
        return tr("Checking for Node.js…");
    case State::Missing:
        return tr("Node.js was not found on PATH: install Node.js %1 or later.").arg(kMinimumMajor);
    case State::TooOld:
        return tr("Node.js %1 is too old: install %2 or later.").arg(r.version).arg(kMinimumMajor);
    case State::Found:
        return tr("Node.js %1 found.").arg(r.version);
    case State::Broken:
        return tr("Node.js did not answer \"node --version\".");
    }
    return {};
}

QString NodeCheck::warning(const Result& r)
{
    switch (r.state) {
    case State::Missing:
        return tr("This editor reaches the server through mcp-remote, which needs Node.js %1 or later (node "
                  "was "
                  "not found on PATH).")
            .arg(kMinimumMajor);
    case State::TooOld:
        return tr("mcp-remote needs Node.js %1 or later; this machine has %2.")
            .arg(kMinimumMajor)
            .arg(r.version);
    default:
        return {};
    }
}

} // namespace aipex
