#pragma once

#include "mcp/McpTransport.h"

class QNetworkAccessManager;

namespace aipex {

// MCP's Streamable HTTP transport (2025-03-26 on): every message is a POST; the answer
// is JSON or a short event stream; the server may name a session in Mcp-Session-Id.
class StreamableHttpTransport : public McpTransport
{
    Q_OBJECT
public:
    StreamableHttpTransport(QNetworkAccessManager* network, const QUrl& url, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("streamable-http"); }
    void open() override;
    void send(const QJsonObject& message) override;
    void close() override;
    void setProtocolVersion(const QString& version) { m_protocolVersion = version; }

private:
    void deliver(const QByteArray& body, const QString& contentType);

    QNetworkAccessManager* m_network;
    QUrl m_url;
    QByteArray m_session;
    QString m_protocolVersion;
    bool m_closing = false;
};

} // namespace aipex
