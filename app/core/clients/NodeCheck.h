#pragma once

#include "mcp/BridgeCommand.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProcess;

namespace aipex {

// Whether Node.js is there for the mcp-remote bridge: `node --version`, read once with
// one rule for both front ends. start() runs it in the background and reports finished();
// checkNow() waits for it, for the command line, which has no window to keep alive.
class NodeCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimumMajor = BridgeCommand::kMinimumNodeMajor;
    static constexpr int kTimeoutMs = 5000;

    enum class State
    {
        NotChecked,
        Checking,
        Missing, // no node on PATH
        TooOld,
        Found,
        Broken // node is there but did not answer --version
    };
    struct Result
    {
        State state = State::NotChecked;
        QString version; // as node printed it, e.g. v20.11.1
    };

    explicit NodeCheck(QObject* parent = nullptr);
    ~NodeCheck() override;

    void start();
    Result result() const { return m_result; }
    static Result checkNow();

    // What `node --version` printed, read by the one rule.
    static Result interpret(bool ran, int exitCode, const QByteArray& output);
    // One line for the user: the state of Node.js and what to do about it.
    static QString describe(const Result& result);
    // A warning before writing a bridge entry; empty when Node.js is fine or was not checked.
    static QString warning(const Result& result);

signals:
    void finished(const aipex::NodeCheck::Result& result);

private:
    void done(const Result& result);

    QPointer<QProcess> m_process;
    Result m_result;
};

} // namespace aipex
