#include "mcp/StdioTransport.h"

#include <QJsonDocument>
#include <QTimer>

namespace aipex {

namespace {
constexpr qsizetype kStderrTail = 2048;
}

StdioTransport::StdioTransport(const QString& program, const QStringList& arguments, QObject* parent)
    : McpTransport(parent)
    , m_program(program)
    , m_arguments(arguments)
{}

StdioTransport::~StdioTransport()
{
    close();
    if (m_process.state() != QProcess::NotRunning) {
        // Going away for good (e.g. the CLI is exiting): do not leave the bridge behind.
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void StdioTransport::open()
{
    connect(&m_process, &QProcess::started, this, &McpTransport::ready);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (m_closing || e != QProcess::FailedToStart)
            return;
        Error err(
            Error::ConnectionError,
            tr("The bridge command \"%1\" could not be started: %2").arg(m_program, m_process.errorString()));
        err.addContext(QStringLiteral("command"), m_program);
        emit failed(err);
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > kStderrTail)
            m_stderrTail = m_stderrTail.right(kStderrTail);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(nl).trimmed();
            m_buffer.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                emit message(doc.object());
            // Other lines are the bridge's own chatter; its logs go to stderr, but be lenient.
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_closing)
            return;
        // The bridge's last words usually say what went wrong (refused, 401, TLS...).
        QString tail = QString::fromUtf8(m_stderrTail).trimmed();
        if (tail.size() > 600)
            tail = QStringLiteral("…") + tail.right(600);
        Error err(Error::ConnectionError,
                  tr("The bridge exited (code %1) before the check was complete.").arg(code));
        if (!tail.isEmpty())
            err.addDetail(QStringLiteral("bridge_output"), tail);
        emit failed(err);
    });
    m_process.start(m_program, m_arguments);
}

void StdioTransport::send(const QJsonObject& message)
{
    m_process.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void StdioTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_process.state() != QProcess::NotRunning) {
        // Closing stdin is how a stdio MCP server is asked to leave; no waiting here, the
        // event loop goes on, and a bridge that lingers is killed a moment later.
        m_process.closeWriteChannel();
        m_process.terminate();
        QTimer::singleShot(2000, &m_process, &QProcess::kill);
    }
}

} // namespace aipex
