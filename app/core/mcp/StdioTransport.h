#pragma once

#include "mcp/McpTransport.h"

#include <QProcess>

namespace aipex {

// MCP over a child process's stdin/stdout, one JSON message per line: how an editor
// runs the mcp-remote bridge, and so how we verify a bridged config.
class StdioTransport : public McpTransport
{
    Q_OBJECT
public:
    StdioTransport(const QString& program, const QStringList& arguments, QObject* parent = nullptr);
    ~StdioTransport() override;

    QString name() const override { return QStringLiteral("stdio"); }
    void open() override;
    void send(const QJsonObject& message) override;
    void close() override;

private:
    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    bool m_closing = false;
};

} // namespace aipex
