#pragma once

#include "mcp/McpTransport.h"
#include "mcp/SseParser.h"

#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace aipex {

// MCP 2024-11-05's HTTP+SSE transport, as AIPEXBASE serves it: a GET opens an event
// stream whose first event names the URL to POST messages to; answers come back on
// the stream as "message" events.
class LegacySseTransport : public McpTransport
{
    Q_OBJECT
public:
    LegacySseTransport(QNetworkAccessManager* network, const QUrl& url, QObject* parent = nullptr);
    ~LegacySseTransport() override;

    QString name() const override { return QStringLiteral("sse"); }
    void open() override;
    void send(const QJsonObject& message) override;
    void close() override;

signals:
    // The URL answered, but not with an event stream: maybe a Streamable HTTP endpoint.
    void notAnEventStream(int httpStatus, const QString& contentType);

private:
    void onEvents(const QList<SseEvent>& events);
    void fail(const Error& e);

    QNetworkAccessManager* m_network;
    QUrl m_url;
    QUrl m_post;
    QPointer<QNetworkReply> m_stream;
    SseParser m_parser;
    std::shared_ptr<SslProblems> m_sslProblems = std::make_shared<SslProblems>();
    bool m_closing = false;
    bool m_checked = false;
};

} // namespace aipex
