#include "mcp/StreamableHttpTransport.h"

#include "mcp/SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace aipex {

StreamableHttpTransport::StreamableHttpTransport(QNetworkAccessManager* network, const QUrl& url,
                                                 QObject* parent)
    : McpTransport(parent)
    , m_network(network)
    , m_url(url)
{}

void StreamableHttpTransport::open()
{
    // Nothing to connect first: the initialize POST opens the session.
    QTimer::singleShot(0, this, &McpTransport::ready);
}

void StreamableHttpTransport::send(const QJsonObject& message)
{
    QNetworkRequest req(m_url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/event-stream"));
    prepare(&req);
    if (!m_session.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Mcp-Session-Id"), m_session);
    if (!m_protocolVersion.isEmpty())
        req.setRawHeader(QByteArrayLiteral("MCP-Protocol-Version"), m_protocolVersion.toLatin1());
    QNetworkReply* reply = m_network->post(req, QJsonDocument(message).toJson(QJsonDocument::Compact));
    const auto problems = watchSsl(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, problems] {
        reply->deleteLater();
        if (m_closing)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            emit failed(replyError(reply, m_url, *problems));
            return;
        }
        const QByteArray session = reply->rawHeader(QByteArrayLiteral("Mcp-Session-Id"));
        if (!session.isEmpty())
            m_session = session;
        if (status == 202)
            return; // a notification or response accepted, nothing to read
        deliver(reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toString());
    });
}

void StreamableHttpTransport::deliver(const QByteArray& body, const QString& contentType)
{
    QList<QByteArray> payloads;
    if (contentType.startsWith(QLatin1String("text/event-stream"), Qt::CaseInsensitive)) {
        SseParser parser;
        for (const SseEvent& ev : parser.feed(body + "\n\n")) {
            if (ev.event == QLatin1String("message"))
                payloads << ev.data.toUtf8();
        }
    } else if (!body.trimmed().isEmpty()) {
        payloads << body;
    }
    for (const QByteArray& p : std::as_const(payloads)) {
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(p, &perr);
        if (perr.error != QJsonParseError::NoError) {
            emit failed(Error(
                Error::InvalidResponse,
                tr("The MCP endpoint answered something that is not JSON: %1").arg(perr.errorString())));
            return;
        }
        // A batch is an array of messages.
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue& v : items)
            emit message(v.toObject());
    }
}

void StreamableHttpTransport::close()
{
    m_closing = true;
}

} // namespace aipex
